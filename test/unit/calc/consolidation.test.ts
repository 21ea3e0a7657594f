/** Consolidation over units (zielplanung.md D.2, D.3): summed bases, never the mean of the rates. */
import { describe, expect, it } from 'vitest';
import {
  consolidateCap,
  consolidateChange,
  consolidateCount,
  consolidateRate,
  consolidateTargetRate,
  countReached,
} from '../../../shared/calc/consolidation';
import { computeAll } from '../../../shared/calc/engine';
import { IQ, zf } from '../../../shared/calc/ziele';
import { formatPercent } from '../../../shared/format/numberFormat';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';

describe('D.3: segments as a two-unit consolidation', () => {
  const units = [
    { name: 'ohne Asyl/Flucht', zaehler: 8_264, nenner: 38_259 },
    { name: 'Asyl/Flucht', zaehler: 1_548, nenner: 9_000 },
  ];

  it('regional IQ = 9.812 ÷ 47.259 = 20,76 %, not the unweighted mean 19,4 %', () => {
    const r = consolidateRate(units);
    expect(r.value).toBeCloseTo(9_812 / 47_259, 15);
    expect(formatPercent(r.value, 2)).toBe('20,76 %');
    expect(formatPercent((0.216 + 0.172) / 2, 1)).toBe('19,4 %');
    expect(formatPercent(r.value, 1)).not.toBe('19,4 %');
    expect(r.leftOut).toEqual([]);
  });

  it('agrees with the plan’s own total (F5) of the Düsseldorf sample', () => {
    const all = computeAll(zielvereinbarungDuesseldorf2018());
    const r = consolidateRate([
      {
        name: 'ohne',
        zaehler: all[zf('zl-iq-oaf', 'integrationenBasis')]!,
        nenner: all[zf('zl-iq-oaf', 'elbBasis')]!,
      },
      {
        name: 'AF',
        zaehler: all[zf('zl-iq-af', 'integrationenBasis')]!,
        nenner: all[zf('zl-iq-af', 'elbBasis')]!,
      },
    ]);
    expect(r.value).toBe(all[IQ.quote]);
  });

  it('a unit without its base is left out and named', () => {
    const r = consolidateRate([...units, { name: 'Kreis ohne Basis', zaehler: 100, nenner: null }]);
    expect(r.value).toBeCloseTo(9_812 / 47_259, 15);
    expect(r.leftOut).toEqual(['Kreis ohne Basis']);
    expect(consolidateRate([])).toEqual({ value: null, leftOut: [] });
  });
});

describe('D.3: the cascade of a Kreis (Borken, invented stocks)', () => {
  it('passing c = 0 down gives ceilings 2.000 / 1.500 / 2.700, summing to the Kreis ceiling 6.200', () => {
    const r = consolidateCap([
      { name: 'Jobcenter A', vorjahr: 2_000, cap: 0 },
      { name: 'Jobcenter B', vorjahr: 1_500, cap: 0 },
      { name: 'Jobcenter C', vorjahr: 2_700, cap: 0 },
    ]);
    expect(r.ceiling).toBe(6_200);
    expect(r.value).toBe(0);
  });

  it('different caps are weighted by the Vorjahr stock, not averaged', () => {
    const r = consolidateCap([
      { name: 'A', vorjahr: 1_000, cap: 0.1 },
      { name: 'B', vorjahr: 3_000, cap: -0.02 },
    ]);
    expect(r.value).toBeCloseTo((1_000 * 1.1 + 3_000 * 0.98) / 4_000 - 1, 15); // +1,0 %, not +4,0 %
    expect(r.value).not.toBeCloseTo((0.1 - 0.02) / 2, 6);
  });

  it('the regional change of stocks compares their sums', () => {
    const r = consolidateChange([
      { name: 'A', jetzt: 1_100, vorjahr: 1_000 },
      { name: 'B', jetzt: 2_940, vorjahr: 3_000 },
      { name: 'C', jetzt: 10, vorjahr: null },
    ]);
    expect(r.value).toBeCloseTo(4_040 / 4_000 - 1, 15);
    expect(r.leftOut).toEqual(['C']);
  });
});

describe('D.2: targets, counts and milestones over units', () => {
  it('the regional IQ target weights each local target by its planned eLb', () => {
    const r = consolidateTargetRate([
      { name: 'ohne Asyl/Flucht', basis: 38_259, ziel: 0.216 },
      { name: 'Asyl/Flucht', basis: 9_000, ziel: 0.172 },
      { name: 'ohne Plan', basis: null, ziel: 0.2 },
    ]);
    expect(r.value).toBeCloseTo((38_259 * 0.216 + 9_000 * 0.172) / 47_259, 15);
    expect(formatPercent(r.value, 2)).toBe('20,76 %');
    expect(r.leftOut).toEqual(['ohne Plan']);
  });

  it('counts add up plainly; nothing known is empty, not 0', () => {
    expect(
      consolidateCount([
        { name: 'A', wert: 8_264 },
        { name: 'B', wert: 1_548 },
        { name: 'C', wert: null },
      ]),
    ).toEqual({ value: 9_812, leftOut: ['C'] });
    expect(consolidateCount([{ name: 'C', wert: null }]).value).toBeNull();
  });

  it('milestones are counted: n of m reached, the open ones apart', () => {
    expect(
      countReached([{ erreicht: true }, { erreicht: false }, { erreicht: null }, { erreicht: true }]),
    ).toEqual({
      erreicht: 2,
      von: 4,
      offen: 1,
    });
  });
});

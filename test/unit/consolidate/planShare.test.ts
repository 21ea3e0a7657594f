import { afterEach, describe, expect, it } from 'vitest';
import { consolidate, mergeShares } from '../../../shared/consolidate/consolidate';
import { CONSOLIDATION_PARTS, consolidationPart } from '../../../shared/consolidate/parts';
import { planShare, shareFromText } from '../../../shared/consolidate/planShare';
import type { LandSource, PlanShare } from '../../../shared/consolidate/types';
import { ZIELE_PART_ID } from '../../../shared/consolidate/zielePart';
import { serializePlanFile } from '../../../shared/file/planFile';
import type { Plan } from '../../../shared/model/plan';
import { generateLand } from '../../support/generateLand';

const land = generateLand({ count: 24, meanRows: 30, seed: 11 });
/** The Land with a duplicate and a plan of another year among them. */
const inputs: LandSource[] = [
  ...land.map((plan) => ({ source: `${plan.id}.amip.json`, plan })),
  { source: 'doppelt.amip.json', plan: { ...land[4]!, id: 'doppelt' } },
  {
    source: 'vorjahr.amip.json',
    plan: { ...land[6]!, id: 'vorjahr', header: { ...land[6]!.header, year: 2015, vorjahr: 2014 } },
  },
];

/** Each share made on its own and sent as a worker sends it (structured clone). */
const sent = (sources: readonly LandSource[]): PlanShare[] =>
  sources.map((s) => structuredClone(planShare(s)));

describe('consolidation in two steps: each plan’s share, then the merge', () => {
  it('the shares sent across and merged equal the whole consolidation, parts included', () => {
    const whole = consolidate(inputs);
    const merged = mergeShares(sent(inputs));
    expect(merged).toEqual(whole);
    expect(merged.duplicates.map((d) => d.source)).toEqual(['doppelt.amip.json']);
    expect(merged.groups.map((g) => g.label)).toEqual(['2015 · gE', '2016 · gE', '2016 · zkT']);
    const ziele = merged.groups[1]!.parts.find((p) => p.id === ZIELE_PART_ID)!;
    expect(ziele.rows!.length).toBeGreaterThan(merged.groups[1]!.jobcenter.length);
  });

  it('a share is a few KB, not the plan of some 300 rows', () => {
    const plan = generateLand({ count: 1, meanRows: 300, seed: 2 })[0]!;
    const share = JSON.stringify(planShare({ source: 'a.amip.json', plan })).length;
    expect(share).toBeLessThan(JSON.stringify(plan).length / 10);
  });

  it('a file’s share is that of its plan; a bad file is refused with the reason', () => {
    const plan = land[2]!;
    const read = shareFromText(serializePlanFile(plan), 'p.amip.json');
    expect(read).toEqual({ ok: true, share: planShare({ source: 'p.amip.json', plan }) });
    const bad = shareFromText('{"format": "amip-planer-plan"', 'kaputt.amip.json');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^kein gültiger Plan/);
  });
});

describe('a consolidation part goes through both steps', () => {
  afterEach(
    () =>
      void CONSOLIDATION_PARTS.splice(
        CONSOLIDATION_PARTS.findIndex((p) => p.id === 'probe'),
        1,
      ),
  );
  const rowsOf = (plan: Plan) => plan.schwerpunkte.reduce((n, s) => n + s.rows.length, 0);

  it('what a part reads of each plan reaches its table; a share without it is not merged', () => {
    CONSOLIDATION_PARTS.push(
      consolidationPart<{ rows: number }>({
        id: 'probe',
        read: (plan) => ({ rows: rowsOf(plan) }),
        consolidate: (members) => ({
          id: 'probe',
          title: 'Probe',
          lines: [],
          figures: { 'probe.rows': members.reduce((n, m) => n + m.data.rows, 0) },
        }),
      }),
    );
    const gE = land.filter((p) => p.header.traegerform === 'gE' && p.header.year === 2016);
    const shares = sent(inputs);
    const g = mergeShares(shares).groups.find((x) => x.label === '2016 · gE')!;
    expect(g.parts.find((p) => p.id === 'probe')!.figures['probe.rows']).toBe(
      gE.reduce((n, p) => n + rowsOf(p), 0),
    );
    const dropped = shares.map((s, i) => {
      if (i !== 3) return s;
      const parts = { ...s.parts };
      delete parts.probe;
      return { ...s, parts };
    });
    expect(() => mergeShares(dropped)).toThrow(/„probe“ fehlt/);
  });
});

/**
 * The derivations F1–F14 of zielplanung.md A.4, each a figure of the calculation core: values
 * against the worked examples, half-up rounding without binary-float slips, the Rechenbasis
 * switch, empty (never NaN or Infinity) results, and the incremental engine.
 */
import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { IQ, zdf, zf } from '../../../shared/calc/ziele';
import { cellKey } from '../../../shared/model/cellKey';
import type { ZielField } from '../../../shared/model/ziele';
import { writeInputRef } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import type { Ziel, Zielvereinbarung } from '../../../shared/model/ziele';
import { emptyZielvereinbarung } from '../../../shared/model/ziele';
import { planFrame, ziel } from '../../../shared/sample/planFrame';
import { zielvereinbarungBorken2014 } from '../../../shared/sample/zielvereinbarungBorken2014';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';

function planWith(ziele: Ziel[], extra: Partial<Zielvereinbarung> = {}, year = 2018): Plan {
  return planFrame(
    'p-test',
    {
      jobcenter: 'Jobcenter Test',
      year,
      status: 'Entwurf',
      variante: 'Test',
      author: 'Test',
      changedAt: '2018-01-01T00:00:00.000Z',
    },
    { ...emptyZielvereinbarung(), ziele, ...extra },
  );
}

const set = (plan: Plan, id: string, field: ZielField, value: number | null): Plan =>
  writeInputRef(plan, { kind: 'ziel', id, field }, value);

describe('F1 and F7: target = Vorjahr × (1 + g), half-up at the shown precision', () => {
  it('Borken 2014: 18,0 % × 1,005 = 18,09 % → 18,1 % (+0,1 Pp. from the rounded target), not 18,5 %', () => {
    const calc = new Calculation(zielvereinbarungBorken2014());
    expect(calc.get(zf('zl-k2', 'zielwert'))).toBe(0.181);
    expect(calc.get(zf('zl-k2', 'aenderungPp'))).toBe(0.1);
  });

  it('25,0 % × 1,003 with two decimals is 25,08 % (0.25075 is 0.2507499… in binary)', () => {
    const z = ziel('z', {
      zielart: 'relChangeMin',
      stellen: 2,
      werte: { vorjahrQuote: 0.25, aenderung: 0.003 },
    });
    // the slip a naive rounding makes: 0.25 × 1.003 × 10000 is 2507.4999999999995
    expect(Math.round(0.25 * 1.003 * 10_000) / 10_000).toBe(0.2507);
    const calc = new Calculation(planWith([z]));
    expect(calc.get(zf('z', 'zielwert'))).toBe(0.2508);
  });

  it('"volle Genauigkeit" keeps the unrounded target; "gedruckter Zielwert" rounds before anything uses it', () => {
    const z = ziel('z', { zielart: 'relChangeMin', werte: { vorjahrQuote: 0.18, aenderung: 0.005 } });
    const voll = new Calculation(planWith([z], { rechenbasis: 'voll' }));
    expect(voll.get(zf('z', 'zielwert'))).toBeCloseTo(0.1809, 12);
    expect(voll.get(zf('z', 'aenderungPp'))).toBeCloseTo(0.09, 12); // +0,09 Pp.
    const gedruckt = new Calculation(planWith([z], { rechenbasis: 'gedruckt' }));
    expect(gedruckt.get(zf('z', 'zielwert'))).toBe(0.181);
  });

  it('F7 Borken: the K3 ceiling Ø LZB × (1 + 0) = 6.200, the sum of the cascade 2.000 + 1.500 + 2.700', () => {
    expect(computeAll(zielvereinbarungBorken2014())[zf('zl-k3', 'zielwert')]).toBe(6_200);
  });

  it('a stock ceiling rounds to whole people with the printed basis', () => {
    const z = ziel('z', {
      zielart: 'relChangeMax',
      einheit: 'anzahl',
      polaritaet: 'lowerIsBetter',
      werte: { vorjahrAnzahl: 1_001, aenderung: 0.025 },
    });
    expect(new Calculation(planWith([z])).get(zf('z', 'zielwert'))).toBe(1_026); // 1.026,025
  });
});

describe('Düsseldorf 2018: F2–F6, F8–F14 as the worked example A.5 and D.3 give them', () => {
  const plan = zielvereinbarungDuesseldorf2018();
  const all = computeAll(plan);

  it('F3: 8.264 ÷ 21,6 % = 38.259,26 eLb, ≈ 38.259 as the basis of the total', () => {
    expect(all[zf('zl-iq-oaf', 'elbAbgeleitet')]).toBeCloseTo(38_259.259259, 5);
    expect(all[zf('zl-iq-oaf', 'elbBasis')]).toBe(38_259);
  });

  it('F4: 21,6 % ÷ 1,02 = 21,176 %, the printed rounding allows 21,127 % … 21,225 %', () => {
    expect(all[zf('zl-iq-oaf', 'vorjahrAbgeleitet')]).toBeCloseTo(0.211765, 6);
    expect(all[zf('zl-iq-oaf', 'vorjahrVon')]).toBeCloseTo(0.211275, 6);
    expect(all[zf('zl-iq-oaf', 'vorjahrBis')]).toBeCloseTo(0.212255, 6);
  });

  it('F2: round(9.000 × 17,2 %) = 1.548, although 9000 * 0.172 is 1547.9999999999998 in binary', () => {
    expect(9000 * 0.172).not.toBe(1548);
    expect(all[zf('zl-iq-af', 'integrationen')]).toBe(1_548);
  });

  it('F5: Σ Integrationen ÷ Σ eLb = 9.812 ÷ 47.259 = 20,76 %, not the mean 19,4 % of the segment rates', () => {
    expect(all[IQ.integrationen]).toBe(9_812);
    expect(all[IQ.elb]).toBe(47_259);
    expect(all[IQ.quote]).toBeCloseTo(9_812 / 47_259, 15);
    expect(all[IQ.quote]).not.toBeCloseTo((0.216 + 0.172) / 2, 3);
  });

  it('F6 is an output of the segments (mix effect): the Vorjahr total from the invented 15 % share is 20,58 %', () => {
    expect(all[IQ.quoteVorjahr]).toBeCloseTo(9_055 / 44_000, 15);
    expect(all[IQ.aenderung]).toBeCloseTo(9_812 / 47_259 / (9_055 / 44_000) - 1, 15);
    // The total target shows the computed values, its typed +0,8 % is only a check.
    expect(all[zf('zl-iq-gesamt', 'veraenderung')]).toBe(all[IQ.aenderung]);
    expect(all[zf('zl-iq-gesamt', 'zielwert')]).toBe(all[IQ.quote]);
  });

  it('F8: K3E1 follows the change of the total Integrationsquote', () => {
    expect(all[zf('zl-k3e1', 'veraenderung')]).toBe(all[IQ.aenderung]);
  });

  it('F9: Aktivierungsquote LZB 9,5 % against 9,1 %: +0,4 Pp. and +4,4 % relative', () => {
    expect(all[zf('zl-k3e2', 'aenderungPp')]).toBe(0.4);
    expect(all[zf('zl-k3e2', 'aenderungRel')]).toBeCloseTo(0.095 / 0.091 - 1, 12);
  });

  it('F10: 350 ÷ 300 − 1 = +16,67 %', () => {
    expect(all[zf('zl-fbw', 'aenderungRel')]).toBeCloseTo(350 / 300 - 1, 12);
  });

  it('F12 for 2017: K2 +3,6 % − (+1,5 %) = +2,1 Pp.; K3 −1,4 % − (−1,0 %) = −0,4 Pp.', () => {
    expect(all[zf('zl-iq-oaf', 'vorjahrAbweichung')]).toBe(2.1);
    expect(all[zf('zl-k3', 'vorjahrAbweichung')]).toBe(-0.4);
  });

  it('F13: 48 Eintritte ÷ 100 Neuzugänge = 48 % against the target 60 %: −12 Pp., not reached', () => {
    expect(all[zdf('zd-2018-1', 'zl-akq-fluechtlinge', 'istWert')]).toBe(0.48);
    expect(all[zdf('zd-2018-1', 'zl-akq-fluechtlinge', 'abweichung')]).toBe(-12);
    expect(all[zdf('zd-2018-1', 'zl-akq-fluechtlinge', 'erreicht')]).toBe(0);
  });

  it('F14: 13 % of the EGT for 5 % of the clients = factor 2,6', () => {
    expect(all[zf('zl-u25', 'faktor')]).toBe(2.6);
  });

  it('F7 cannot be computed without the printed LZB stock: empty, not 0', () => {
    expect(all[zf('zl-k3', 'zielwert')]).toBeNull();
  });

  it('no figure of the plan is NaN or infinite', () => {
    for (const [id, v] of Object.entries(all)) expect(v === null || Number.isFinite(v), id).toBe(true);
  });
});

describe('F11 and a target in a dialogue', () => {
  const iq = ziel('iq', {
    kennzahl: 'K2',
    zielart: 'relChangeMin',
    werte: { aenderung: 0.02, vorjahrQuote: 0.2 },
  });
  const int = ziel('int', {
    kennzahl: 'INT',
    zielart: 'relChangeMin',
    einheit: 'anzahl',
    werte: { aenderung: 0.05, vorjahrAnzahl: 8_000 },
  });

  it('F11: Integrationen +5 % and IQ +2 % imply eLb (1,05 ÷ 1,02) − 1 = +2,94 %', () => {
    const calc = new Calculation(planWith([iq, int]));
    expect(calc.get(zf('int', 'elbAenderungImpliziert'))).toBeCloseTo(1.05 / 1.02 - 1, 12);
    expect(calc.has(zf('iq', 'elbAenderungImpliziert'))).toBe(false);
  });

  it('F12 in a dialogue: Ist +1,4 % against +2 % is −0,6 Pp., not reached; the Ist-Niveau is 20,28 %', () => {
    const plan = planWith([iq], {
      dialoge: [{ id: 'd1', datum: '2018-05-01', datenstand: '', notizen: '', massnahmen: '', werte: [] }],
    });
    const edited = writeInputRef(
      plan,
      { kind: 'zielIst', dialogId: 'd1', zielId: 'iq', field: 'istAenderung' },
      0.014,
    );
    const calc = new Calculation(edited);
    expect(calc.get(zdf('d1', 'iq', 'abweichung'))).toBe(-0.6);
    expect(calc.get(zdf('d1', 'iq', 'erreicht'))).toBe(0);
    expect(calc.get(zdf('d1', 'iq', 'istNiveau'))).toBeCloseTo(0.2028, 12);
    // reached exactly at the target
    const exact = writeInputRef(
      edited,
      { kind: 'zielIst', dialogId: 'd1', zielId: 'iq', field: 'istAenderung' },
      0.02,
    );
    expect(new Calculation(exact).get(zdf('d1', 'iq', 'erreicht'))).toBe(1);
  });

  it('a cap is reached at or below it (K3 c = +2,5 %)', () => {
    const k3 = ziel('k3', {
      kennzahl: 'K3',
      zielart: 'relChangeMax',
      einheit: 'anzahl',
      polaritaet: 'lowerIsBetter',
      werte: { aenderung: 0.025, vorjahrAnzahl: 10_000 },
    });
    const plan = planWith([k3], {
      dialoge: [{ id: 'd1', datum: null, datenstand: '2018-06', notizen: '', massnahmen: '', werte: [] }],
    });
    const ist = (v: number) =>
      new Calculation(
        writeInputRef(plan, { kind: 'zielIst', dialogId: 'd1', zielId: 'k3', field: 'istAenderung' }, v),
      ).get(zdf('d1', 'k3', 'erreicht'));
    expect(ist(0.03)).toBe(0);
    expect(ist(0.025)).toBe(1);
    expect(ist(-0.01)).toBe(1);
  });
});

describe('bad input leaves results empty, never NaN or Infinity', () => {
  it('a Vorjahr of 0: F9/F10 are empty; g = −100 % leaves F4 empty', () => {
    const fbw = ziel('fbw', {
      zielart: 'countMin',
      einheit: 'anzahl',
      werte: { anzahl: 350, vorjahrAnzahl: 0 },
    });
    const q = ziel('q', { zielart: 'levelMin', werte: { quote: 0.1, vorjahrQuote: 0 } });
    const r = ziel('r', { zielart: 'relChangeMin', werte: { aenderung: -1, quote: 0.2 } });
    const all = computeAll(planWith([fbw, q, r]));
    expect(all[zf('fbw', 'aenderungRel')]).toBeNull();
    expect(all[zf('q', 'aenderungRel')]).toBeNull();
    expect(all[zf('q', 'aenderungPp')]).toBe(10);
    expect(all[zf('r', 'vorjahrAbgeleitet')]).toBeNull();
    for (const v of Object.values(all)) expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it('an empty Vorjahr leaves the target empty (not 0 × (1 + g))', () => {
    const z = ziel('z', { zielart: 'relChangeMin', werte: { aenderung: 0.02 } });
    expect(new Calculation(planWith([z])).get(zf('z', 'zielwert'))).toBeNull();
  });
});

describe('the incremental engine', () => {
  it('a typed value of a target recalculates F1, F2, F5, F6 and the dialogue like a rebuild', () => {
    const plan = zielvereinbarungDuesseldorf2018();
    const calc = new Calculation(plan);
    const edits: [string, ZielField, number][] = [
      ['zl-iq-af', 'elb', 9_500],
      ['zl-iq-oaf', 'quote', 0.22],
      ['zl-iq-oaf', 'elbVorjahr', 38_000],
    ];
    let edited = plan;
    for (const [id, field, value] of edits) edited = set(edited, id, field, value);
    const keys = edits.map(([id, field]) => cellKey({ kind: 'ziel', id, field }));
    const changed = calc.updateInputs(edited, keys);
    expect(changed).toContain(IQ.quote);
    expect(changed).toContain(IQ.aenderung);
    expect(changed).toContain(zf('zl-k3e1', 'veraenderung'));
    const fresh = computeAll(edited);
    for (const d of calc.definitions()) expect(calc.get(d.id), d.id).toBe(fresh[d.id]);
    expect(fresh[zf('zl-iq-af', 'integrationen')]).toBe(1_634); // 9.500 × 17,2 % = 1.634
  });
});

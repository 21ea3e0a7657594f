/** Fortschreibung of the Zielvereinbarung: this year's targets and Ist values become next year's Vorjahr values. */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { zf } from '../../../shared/calc/ziele';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { validatePlan } from '../../../shared/file/planFile';
import type { Plan } from '../../../shared/model/plan';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';
import { fortschreiben } from '../../../shared/storage/fortschreibung';

const opts = (keepInputs: boolean) => ({
  newId: 'plan-2019',
  now: '2018-10-01T08:00:00.000Z',
  author: 'Frau P',
  keepInputs,
});

const run = (plan: Plan, cmds: Command[]): Plan => cmds.reduce((p, c) => applyCommand(p, c).plan, plan);

/** The 2018 plan with a second dialogue in December that recorded results. */
function source(): Plan {
  return run(zielvereinbarungDuesseldorf2018(), [
    {
      type: 'insertZieldialog',
      dialog: {
        id: 'zd-dez',
        datum: '2018-12-10',
        datenstand: '2018-11',
        notizen: '',
        massnahmen: '',
        werte: [],
      },
      index: 1,
    },
    {
      type: 'setInputs',
      changes: [
        { key: 'zi.zd-dez.zl-iq-oaf.istAenderung', value: 0.03 },
        { key: 'zi.zd-dez.zl-k3e2.istQuote', value: 0.097 },
        { key: 'zi.zd-dez.zl-fbw.istAnzahl', value: 341 },
        { key: 'zi.zd-dez.zl-akq-fluechtlinge.zaehler', value: 61 },
        { key: 'zi.zd-dez.zl-akq-fluechtlinge.nenner', value: 100 },
        { key: 'zl.zl-iq-oaf.vorjahrQuote', value: 0.21176, formula: '=21,176' },
        { key: 'zl.zl-iq-af.elb', value: 9_000, formula: '=9000' },
      ],
    },
    { type: 'setZielErreicht', dialogId: 'zd-dez', zielId: 'zl-kontakt', erreicht: true },
  ]);
}

describe('Fortschreibung of the Zielvereinbarung', () => {
  const src = source();
  const calc = new Calculation(src);
  const next = fortschreiben(src, opts(false));
  const z = (id: string) => next.zielvereinbarung.ziele.find((x) => x.id === id)!;

  it('the last dialogue’s Ist becomes the Vorjahr, source Statistik', () => {
    // a relative change: its Ist-Niveau 21,176 % × 1,03
    expect(z('zl-iq-oaf').werte.vorjahrQuote).toBeCloseTo(0.21176 * 1.03, 12);
    expect(z('zl-iq-oaf').vorjahrQuelle).toBe('statistik');
    expect(z('zl-k3e2').werte.vorjahrQuote).toBe(0.097);
    expect(z('zl-fbw').werte.vorjahrAnzahl).toBe(341);
    // F13: counted by hand, 61 ÷ 100
    expect(z('zl-akq-fluechtlinge').werte.vorjahrQuote).toBe(0.61);
  });

  it('without an Ist the year’s target stands in, source Prognose; nothing known stays empty', () => {
    expect(z('zl-iq-af').werte.vorjahrQuote).toBe(0.172);
    expect(z('zl-iq-af').vorjahrQuelle).toBe('prognose');
    expect(z('zl-k3').werte.vorjahrAnzahl).toBeNull();
    expect(z('zl-k3').vorjahrQuelle).toBeNull();
  });

  it('the Vorjahr target and result of a change feed F12 next year', () => {
    expect(z('zl-iq-oaf').werte.vorjahrZiel).toBe(0.02);
    expect(z('zl-iq-oaf').werte.vorjahrIst).toBe(0.03);
    expect(new Calculation(next).get(zf('zl-iq-oaf', 'vorjahrAbweichung'))).toBeCloseTo(1, 12); // +1,0 Pp.
    // a linked target carries the change it actually had (F8: the total's F6)
    expect(z('zl-k3e1').werte.vorjahrZiel).toBe(calc.get(zf('zl-k3e1', 'veraenderung')));
  });

  it('this year’s eLb become the Vorjahr eLb; the new year’s agreed values are empty', () => {
    expect(z('zl-iq-af').werte.elbVorjahr).toBe(9_000);
    expect(z('zl-iq-oaf').werte.elbVorjahr).toBe(38_259); // F3, the eLb the total was built from
    for (const ziel of next.zielvereinbarung.ziele) {
      expect(ziel.werte.aenderung).toBeNull();
      expect(ziel.werte.quote).toBeNull();
      expect(ziel.werte.elb).toBeNull();
    }
  });

  it('parties stay unsigned, dialogues start empty, formulas of moved values are dropped; the plan is valid', () => {
    expect(next.zielvereinbarung.parteien.map((p) => p.datum)).toEqual([null, null, null]);
    expect(next.zielvereinbarung.dialoge).toEqual([]);
    expect(next.zielvereinbarung.dialogeProJahr).toBe(3);
    expect(Object.keys(next.formeln)).toEqual([]);
    expect(validatePlan(next)).toEqual({ ok: true, plan: next });
  });

  it('keeping the inputs keeps the agreed values and their formulas as a starting point', () => {
    const kept = fortschreiben(src, opts(true));
    const k = (id: string) => kept.zielvereinbarung.ziele.find((x) => x.id === id)!;
    expect(k('zl-iq-oaf').werte.aenderung).toBe(0.02);
    expect(k('zl-iq-af').werte.elb).toBe(9_000);
    expect(kept.formeln).toEqual({ 'zl.zl-iq-af.elb': '=9000' });
    expect(validatePlan(kept).ok).toBe(true);
  });

  it('does not change its source', () => {
    const before = JSON.stringify(src);
    fortschreiben(src, opts(false));
    expect(JSON.stringify(src)).toBe(before);
  });
});

/**
 * Target groups and kommunale Leistungen in the calculation core (issue 15): a group's figures
 * across all areas, each instrument once, the parts that follow at the row's Kosten je Eintritt,
 * nothing counted twice in an EGT total, ranges summed as ranges.
 */
import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { zg } from '../../../shared/calc/zielgruppen';
import { writeInputRef } from '../../../shared/model/inputs';
import { parseCellKey } from '../../../shared/model/cellKey';
import type { InstrumentRow, Plan, ZielgruppenAnteil } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

const row = (id: string, over: Partial<InstrumentRow> = {}): InstrumentRow => ({
  kind: 'instrument',
  id,
  instrument: id,
  kategorie: 'I',
  eintritte: 100,
  mittelansatz: 300_000,
  finanzierung: { art: 'EGT' },
  nachrichtlich: false,
  vorjahrEintritte: null,
  vorjahrMittel: null,
  funktion: '',
  fbw: false,
  ...over,
});

/** The Beispielplan's Haushalt with one area of the given rows and U25 evaluated. */
function planWith(rows: InstrumentRow[], kundenbestand: number | null = null): Plan {
  const base = beispielplan();
  return {
    ...base,
    drittmittel: [...base.drittmittel],
    schwerpunkte: [{ id: 'a', name: 'A', rows }],
    zielgruppen: [{ zielgruppeId: 'u25', anteilKundenbestand: kundenbestand }],
  };
}
type Part = ZielgruppenAnteil extends infer A
  ? A extends ZielgruppenAnteil
    ? Omit<A, 'zielgruppeId'>
    : never
  : never;
const u25 = (a: Part): ZielgruppenAnteil[] => [{ zielgruppeId: 'u25', ...a }] as ZielgruppenAnteil[];

describe('a row’s part for a target group', () => {
  it('ganz: all of it; Prozent: whole places (half away from zero) and cents; Teil: the part typed', () => {
    const plan = planWith([
      row('ganz', { zielgruppen: u25({ art: 'ganz' }) }),
      row('prozent', {
        eintritte: 125,
        mittelansatz: 100_001,
        zielgruppen: u25({ art: 'prozent', anteil: 0.3 }),
      }),
      row('teil', { zielgruppen: u25({ art: 'teil', eintritte: 40, betrag: 90_000 }) }),
      row('ohne'),
    ]);
    const c = new Calculation(plan);
    expect([c.get('zg.u25.ganz.eintritte'), c.get('zg.u25.ganz.mittel')]).toEqual([100, 300_000]);
    // 30 % of 125 = 37,5 → 38 places; of 100.001 € = 30.000,30 €
    expect([c.get('zg.u25.prozent.eintritte'), c.get('zg.u25.prozent.mittel')]).toEqual([38, 30_000.3]);
    expect([c.get('zg.u25.teil.eintritte'), c.get('zg.u25.teil.mittel')]).toEqual([40, 90_000]);
    expect(c.has('zg.u25.ohne.eintritte')).toBe(false);
    expect(c.get(zg('u25', 'eintritte'))).toBe(100 + 38 + 40);
    expect(c.get(zg('u25', 'mittelEgt'))).toBe(300_000 + 30_000.3 + 90_000);
  });

  it('Teil with one side typed: the other follows at the row’s Kosten je Eintritt (3.000 €)', () => {
    const plan = planWith([
      row('nur-eintritte', { zielgruppen: u25({ art: 'teil', eintritte: 25, betrag: null }) }),
      row('nur-betrag', { zielgruppen: u25({ art: 'teil', eintritte: null, betrag: 100_000 }) }),
      row('nichts', { zielgruppen: u25({ art: 'teil', eintritte: null, betrag: null }) }),
      row('ohne-eintritte', {
        eintritte: null,
        zielgruppen: u25({ art: 'teil', eintritte: 5, betrag: null }),
      }),
    ]);
    const c = new Calculation(plan);
    expect(c.get('zg.u25.nur-eintritte.mittel')).toBe(75_000);
    // 100.000 € ÷ 3.000 € = 33,3 → 33 places
    expect(c.get('zg.u25.nur-betrag.eintritte')).toBe(33);
    expect([c.get('zg.u25.nichts.eintritte'), c.get('zg.u25.nichts.mittel')]).toEqual([0, 0]);
    // No Eintritte in the row: no Kosten je Eintritt, the money cannot follow.
    expect(c.get('zg.u25.ohne-eintritte.mittel')).toBeNull();
  });

  it('money by financing: EGT, Drittmittel and kommunal apart; "enthalten in" has none; nachrichtlich counts nowhere', () => {
    const plan = planWith([
      row('egt', { zielgruppen: u25({ art: 'ganz' }) }),
      row('dm', {
        finanzierung: { art: 'Drittmittel', programmId: 'dm-esf-lza' },
        mittelansatz: 50_000,
        zielgruppen: u25({ art: 'ganz' }),
      }),
      row('in', {
        finanzierung: { art: 'enthalten', inRowId: 'egt' },
        mittelansatz: null,
        zielgruppen: u25({ art: 'ganz' }),
      }),
      row('nachr', { nachrichtlich: true, zielgruppen: u25({ art: 'ganz' }) }),
      row('kita', {
        finanzierung: { art: 'kommunal' },
        eintritte: 800,
        eintritteBis: 1_200,
        mittelansatz: 1_000_000,
        zielgruppen: u25({ art: 'prozent', anteil: 0.5 }),
      }),
    ]);
    const c = new Calculation(plan);
    expect(c.get('zg.u25.in.mittel')).toBeNull();
    expect(c.get(zg('u25', 'eintritte'))).toBe(100 + 100 + 100); // egt, dm, in: not nachrichtlich, not kommunal
    expect(c.get(zg('u25', 'mittelEgt'))).toBe(300_000);
    expect(c.get(zg('u25', 'mittelDrittmittel'))).toBe(50_000);
    expect(c.get(zg('u25', 'mittelKommunal'))).toBe(500_000);
    expect([c.get(zg('u25', 'faelleKommunalVon')), c.get(zg('u25', 'faelleKommunalBis'))]).toEqual([
      400, 600,
    ]);
  });

  it('Anteil am verfügbaren EGT of the plan year, labelled with that year; Faktor only with the Kundenbestand', () => {
    const plan = zielgruppenBeispiel();
    const c = new Calculation(plan);
    // U25: 5.141.000 € of 39.530.000 € verfügbares EGT = 13,0 %; ÷ 5 % of the clients = 2,6 (F14)
    expect(c.get(zg('u25', 'mittelEgt'))).toBe(5_141_000);
    expect(c.get('haushalt.plan.verfuegbaresEgt')).toBe(39_530_000);
    expect(c.get(zg('u25', 'anteilEgt'))).toBeCloseTo(5_141_000 / 39_530_000, 12);
    expect(c.get(zg('u25', 'faktor'))).toBeCloseTo(5_141_000 / 39_530_000 / 0.05, 12);
    expect(c.def(zg('u25', 'anteilEgt'))).toMatchObject({
      label: 'Zielgruppe „U25“: Anteil am verfügbaren EGT',
      year: 2016,
    });
    expect(c.get(zg('gefluechtete', 'faktor'))).toBeNull();
    expect(c.def(zg('u25', 'faktor'))?.unit).toBe('factor');
  });

  it('never counted twice: every EGT figure of the sample equals the Beispielplan’s (shares, references with parts and kommunal rows add nothing)', () => {
    const plain = computeAll(beispielplan());
    const groups = computeAll(zielgruppenBeispiel());
    const egt = Object.keys(plain).filter(
      (id) =>
        id.startsWith('haushalt.') ||
        id.startsWith('portfolio.') ||
        id.startsWith('deckel.') ||
        id === 'mittelAktiveAmp',
    );
    expect(egt.length).toBeGreaterThan(20);
    for (const id of egt) expect(groups[id], id).toBe(plain[id]);
  });

  it('typing a share’s part recalculates incrementally to what a rebuild computes', () => {
    let plan = zielgruppenBeispiel();
    const calc = new Calculation(plan);
    for (const [key, value] of [
      ['za.u25.r-optima.betrag', 300_000],
      ['za.u25.r-mag.eintritte', null],
      ['za.u25.r-agh.anteil', 0.35],
      ['zk.u25', 0.08],
      ['row.r-optima.eintritte', 800],
      ['eb.r-kita', 1_300],
      ['vt.ref-u25-fbw.eintritte', 200],
    ] as const) {
      plan = writeInputRef(plan, parseCellKey(key)!, value);
      calc.updateInputs(plan, [key]);
      const fresh = computeAll(plan);
      for (const [id, v] of Object.entries(fresh)) expect(calc.get(id), `${key} → ${id}`).toBe(v);
    }
  });
});

describe('kommunale Leistungen: a range summed as a range, outside every SGB II total', () => {
  it('area and overall von/bis, money kommunal; no Eintritte, Plätze or Kosten je Eintritt', () => {
    const c = new Calculation(zielgruppenBeispiel());
    // Kinderbetreuung 800–1.200, Schuldnerberatung 600–900, psychosoziale Betreuung 150–250, Sucht 120
    expect([
      c.get('area.hs-kommunal.faelleKommunalVon'),
      c.get('area.hs-kommunal.faelleKommunalBis'),
    ]).toEqual([1_670, 2_470]);
    expect(c.get('portfolio.mittelansatzKommunal')).toBe(2_595_000);
    expect(c.get('area.hs-kommunal.eintritte')).toBe(0);
    expect(c.get('area.hs-kommunal.mittelansatzEgt')).toBe(0);
    expect(c.get('row.r-kita.kostenJeEintritt')).toBeNull();
    expect(c.get('row.r-kita.aenderungEintritte')).toBeNull();
    expect(c.get('kennzahlen.gesamt.plaetze')).toBe(
      new Calculation(beispielplan()).get('kennzahlen.gesamt.plaetze'),
    );
  });

  it('a plan without kommunal rows has no kommunal figures (its workbook keeps its columns)', () => {
    const c = new Calculation(beispielplan());
    expect(c.has('portfolio.mittelansatzKommunal')).toBe(false);
    expect(c.has('area.hs-integration.faelleKommunalVon')).toBe(false);
  });
});

describe('a reference’s own part of its owner', () => {
  it('counts in its area’s share of the EGT instead of the owner’s full amount; the other side follows', () => {
    const c = new Calculation(zielgruppenBeispiel());
    // EQ (100.000) and BaE (2.750.000) whole; EGZ 60 places (240.000), FbW 170 (850.000), AGH 284 (680.000)
    expect(c.get('ref.ref-u25-egz.mittelansatz')).toBe(240_000);
    expect(c.get('area.hs-u25.mittelansatzEgtInklVerweise')).toBe(
      100_000 + 2_750_000 + 240_000 + 850_000 + 680_000,
    );
    expect(c.get('area.hs-u25.eintritte')).toBe(0);
  });

  it('an amount typed alone gives the places (whole), both typed need no figure', () => {
    const base = zielgruppenBeispiel();
    const plan: Plan = {
      ...base,
      schwerpunkte: base.schwerpunkte.map((a) =>
        a.id !== 'hs-u25'
          ? a
          : {
              ...a,
              rows: a.rows.map((r) =>
                r.id === 'ref-u25-egz'
                  ? { kind: 'reference' as const, id: r.id, ownerRowId: 'r-egz', teilBetrag: 100_000 }
                  : r.id === 'ref-u25-fbw'
                    ? { ...r, teilBetrag: 900_000 }
                    : r,
              ),
            },
      ),
    };
    const c = new Calculation(plan);
    expect(c.get('ref.ref-u25-egz.eintritte')).toBe(25); // 100.000 € ÷ 4.000 €
    expect(c.has('ref.ref-u25-fbw.mittelansatz')).toBe(false);
    expect(c.get('area.hs-u25.mittelansatzEgtInklVerweise')).toBe(
      100_000 + 2_750_000 + 100_000 + 900_000 + 680_000,
    );
  });
});

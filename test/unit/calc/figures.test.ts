import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { constant, fig, sum } from '../../../shared/calc/expr';
import type { FigureDef } from '../../../shared/calc/figureDef';
import { figure, lazyFigure } from '../../../shared/calc/figureDef';
import { cellKey } from '../../../shared/model/cellKey';
import { writeInputRef } from '../../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { applyCommand } from '../../../shared/commands/applyCommand';

const row = (plan: Plan, id: string) =>
  plan.schwerpunkte.flatMap((a) => a.rows).find((r) => r.id === id) as InstrumentRow;

describe('EGT chain (fachkonzept 2.1)', () => {
  it('Summe Eingliederungsmittel = Mittelausstattung + Rückeinnahmen + Σ zusätzliche Zuweisungen', () => {
    const p = beispielplan();
    const v = computeAll(p);
    const h = p.haushalt;
    const zw = h.zuweisungen.reduce((s, z) => s + (z.betrag.plan ?? 0), 0);
    expect(v['haushalt.plan.summeEingliederungsmittel']).toBe(
      h.mittelausstattung.plan! + h.rueckeinnahmen.plan! + zw,
    );
  });

  it('verfügbares EGT = Summe − Umschichtung; Mittel für Neufälle = verfügbares EGT − Vorbindungen', () => {
    const p = beispielplan();
    const v = computeAll(p);
    expect(v['haushalt.plan.verfuegbaresEgt']).toBe(v['haushalt.plan.summeEingliederungsmittel']! - 830_000);
    expect(v['haushalt.plan.mittelFuerNeufaelle']).toBe(v['haushalt.plan.verfuegbaresEgt']! - 13_430_000);
  });

  it('Umschichtung entered as a percentage: the amount follows and the chain with it', () => {
    const p = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.05 }],
    }).plan;
    const v = computeAll(p);
    expect(v['haushalt.plan.umschichtung']).toBe(2_018_000); // 5 % of 40.360.000
    expect(v['haushalt.plan.umschichtungsquote']).toBe(0.05);
    expect(v['haushalt.plan.verfuegbaresEgt']).toBe(40_360_000 - 2_018_000);
    expect(v['haushalt.plan.mittelFuerNeufaelle']).toBe(40_360_000 - 2_018_000 - 13_430_000);
  });

  it('Umschichtung by percentage is rounded to the cent', () => {
    const p = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.0123456 }],
    }).plan;
    expect(computeAll(p)['haushalt.plan.umschichtung']).toBe(498_268.42); // 40.360.000 × 1,23456 % = 498.268,4160
  });

  it('EGT-Auslastung is empty, never Infinity, when Mittel für Neufälle is 0', () => {
    let p = beispielplan();
    p = writeInputRef(p, { kind: 'haushalt', field: 'vorbindungen', col: 'plan' }, 39_530_000);
    const v = computeAll(p);
    expect(v['haushalt.plan.mittelFuerNeufaelle']).toBe(0);
    expect(v['haushalt.plan.egtAuslastung']).toBeNull();
  });

  it('money sums are exact to the cent (no binary float remainders)', () => {
    let p = beispielplan();
    p = writeInputRef(p, { kind: 'row', id: 'r-mag', field: 'mittelansatz' }, 0.1);
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'mittelansatz' }, 0.2);
    for (const id of ['r-esg', 'r-eq', 'r-mia', 'r-ftec'])
      p = writeInputRef(p, { kind: 'row', id, field: 'mittelansatz' }, null);
    expect(computeAll(p)['area.hs-integration.mittelansatzEgt']).toBe(0.3);
  });
});

describe('Maßnahmeportfolio (fachkonzept 2.2)', () => {
  it('Kosten je Eintritt = Mittelansatz ÷ Eintritte; empty when Eintritte = 0 and for "enthalten in" rows', () => {
    let p = beispielplan();
    let v = computeAll(p);
    expect(v['row.r-egz.kostenJeEintritt']).toBe(2_200_000 / 550);
    expect(v['row.r-abh.kostenJeEintritt']).toBeNull();
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'eintritte' }, 0);
    v = computeAll(p);
    expect(v['row.r-egz.kostenJeEintritt']).toBeNull();
  });

  it('change vs Vorjahr in %; empty without Vorjahr', () => {
    let p = beispielplan();
    expect(computeAll(p)['row.r-egz.aenderungEintritte']).toBeNull();
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'vorjahrEintritte' }, 500);
    expect(computeAll(p)['row.r-egz.aenderungEintritte']).toBeCloseTo(0.1, 12);
  });

  it('raising one Eintritte raises the area, the grand total and the Kennzahlen category by the same amount', () => {
    const before = computeAll(beispielplan());
    const p = applyCommand(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'row.r-egz.eintritte', value: 600 }],
    }).plan;
    const after = computeAll(p);
    expect(after['area.hs-integration.eintritte']! - before['area.hs-integration.eintritte']!).toBe(50);
    expect(after['portfolio.eintritte']! - before['portfolio.eintritte']!).toBe(50);
    expect(after['kennzahl.III.plaetze']! - before['kennzahl.III.plaetze']!).toBe(50);
    expect(after['kennzahl.III.1.plaetze']! - before['kennzahl.III.1.plaetze']!).toBe(50);
    expect(after['portfolio.mittelansatzEgt']).toBe(before['portfolio.mittelansatzEgt']);
  });

  it('moving a row to nachrichtlich takes it out of every sum', () => {
    const before = computeAll(beispielplan());
    const p = applyCommand(beispielplan(), {
      type: 'patchRow',
      rowId: 'r-egz',
      patch: { nachrichtlich: true },
    }).plan;
    const after = computeAll(p);
    expect(
      before['area.hs-integration.mittelansatzEgt']! - after['area.hs-integration.mittelansatzEgt']!,
    ).toBe(2_200_000);
    expect(before['portfolio.eintritte']! - after['portfolio.eintritte']!).toBe(550);
    expect(
      before['haushalt.plan.geplanterMitteleinsatz']! - after['haushalt.plan.geplanterMitteleinsatz']!,
    ).toBe(2_200_000);
    expect(after['haushalt.plan.egtAuslastung']).toBeCloseTo((26_121_070 - 2_200_000) / 26_100_000, 12);
    expect(after['portfolio.nachrichtlichMittel']).toBe(610_000 + 2_200_000);
  });

  it('a reference adds to its area share but never to the grand total', () => {
    const base = beispielplan();
    const p = applyCommand(base, {
      type: 'insertRows',
      rows: [
        {
          areaId: 'hs-alleinerziehende',
          index: 0,
          row: { kind: 'reference', id: 'ref-bae', ownerRowId: 'r-bae' },
        },
      ],
    }).plan;
    const before = computeAll(base);
    const after = computeAll(p);
    expect(after['portfolio.mittelansatzEgt']).toBe(before['portfolio.mittelansatzEgt']);
    expect(after['area.hs-alleinerziehende.mittelansatzEgt']).toBe(
      before['area.hs-alleinerziehende.mittelansatzEgt'],
    );
    expect(after['area.hs-alleinerziehende.mittelansatzEgtInklVerweise']).toBe(1_066_400 + 2_750_000);
    expect(after['area.hs-alleinerziehende.anteilEgt']).toBeCloseTo((1_066_400 + 2_750_000) / 39_530_000, 12);
  });

  it('Drittmittel-financed rows count in Eintritte but not in the EGT Mittelansatz', () => {
    let p = beispielplan();
    p = writeInputRef(p, { kind: 'row', id: 'r-tep', field: 'mittelansatz' }, 50_000);
    const v = computeAll(p);
    expect(v['area.hs-alleinerziehende.mittelansatzEgt']).toBe(1_066_400);
    expect(v['area.hs-alleinerziehende.mittelansatzDrittmittel']).toBe(50_000);
    expect(v['area.hs-alleinerziehende.eintritte']).toBe(443);
    expect(row(p, 'r-tep').finanzierung.art).toBe('Drittmittel');
  });
});

describe('Vorjahr sums of the portfolio', () => {
  it('stay empty, like their rows, while no row records a Vorjahr value; 0 once one records 0', () => {
    let p = beispielplan();
    const area = p.schwerpunkte[0]!;
    const v0 = computeAll(p);
    expect(area.rows.some((r) => r.kind === 'instrument' && r.vorjahrEintritte !== null)).toBe(false);
    expect(v0[`area.${area.id}.vorjahrEintritte`]).toBeNull();
    expect(v0[`area.${area.id}.vorjahrMittelEgt`]).toBeNull();
    expect(v0['portfolio.vorjahrMittelEgt']).toBeNull();
    expect(v0['portfolio.eintritte']).toBeGreaterThan(0);
    p = writeInputRef(p, { kind: 'row', id: 'r-egz', field: 'vorjahrMittel' }, 0);
    const v1 = computeAll(p);
    expect(v1[`area.${area.id}.vorjahrMittelEgt`]).toBe(0);
    expect(v1['portfolio.vorjahrMittelEgt']).toBe(0);
    expect(v1[`area.${area.id}.vorjahrEintritte`]).toBeNull();
  });
});

describe('Kennzahlen (fachkonzept 2.4)', () => {
  it('Vergleich = Plätze ÷ Ergebnis Vorjahr − 1; empty when the Vorjahr is 0 or missing', () => {
    let p = beispielplan();
    expect(computeAll(p)['kennzahl.VI.vergleich']).toBeNull();
    p = writeInputRef(p, { kind: 'kennzahl', key: 'VI', field: 'ergebnisVorjahr' }, 1600);
    expect(computeAll(p)['kennzahl.VI.vergleich']).toBeCloseTo(1520 / 1600 - 1, 12);
    p = writeInputRef(p, { kind: 'kennzahl', key: 'VI', field: 'ergebnisVorjahr' }, 0);
    expect(computeAll(p)['kennzahl.VI.vergleich']).toBeNull();
  });

  it('the Summe compares only when every category with places has an Ergebnis Vorjahr', () => {
    let p = beispielplan();
    const v0 = computeAll(p);
    const withPlaces = p.stammdaten.foerderkategorien.filter((c) => v0[`kennzahl.${c.key}.plaetze`]! > 0);
    expect(withPlaces.length).toBeGreaterThan(2);
    const set = (key: string, value: number | null) =>
      (p = writeInputRef(p, { kind: 'kennzahl', key, field: 'ergebnisVorjahr' }, value));
    // one category with a result: the total used to compare that one result with all places
    set(withPlaces[0]!.key, 1000);
    let v = computeAll(p);
    expect(v['kennzahlen.gesamt.ohneErgebnis']).toBe(withPlaces.length - 1);
    expect(v['kennzahlen.gesamt.ergebnisVorjahr']).toBe(1000);
    expect(v['kennzahlen.gesamt.vergleich']).toBeNull();
    // every category with places has one (a category without places needs none)
    for (const c of withPlaces) set(c.key, 1000);
    v = computeAll(p);
    expect(v['kennzahlen.gesamt.ohneErgebnis']).toBe(0);
    expect(v['kennzahlen.gesamt.vergleich']).toBeCloseTo(
      v['kennzahlen.gesamt.plaetze']! / (1000 * withPlaces.length) - 1,
      12,
    );
    // incremental: clearing one result empties the total's comparison again
    const calc = new Calculation(p);
    const key = cellKey({ kind: 'kennzahl', key: withPlaces[1]!.key, field: 'ergebnisVorjahr' });
    const cleared = writeInputRef(
      p,
      { kind: 'kennzahl', key: withPlaces[1]!.key, field: 'ergebnisVorjahr' },
      null,
    );
    calc.updateInputs(cleared, [key]);
    expect(calc.get('kennzahlen.gesamt.ohneErgebnis')).toBe(1);
    expect(calc.get('kennzahlen.gesamt.vergleich')).toBeNull();
  });
});

describe('legal caps (fachkonzept 2.5)', () => {
  it('the rule in force follows the plan year', () => {
    const p2016 = beispielplan();
    expect(new Calculation(p2016).has('deckel.deckel-16e-16f-2012-2018.anteil')).toBe(true);
    const p2019: Plan = { ...p2016, header: { ...p2016.header, year: 2019, vorjahr: 2018 } };
    const ids = new Calculation(p2019).definitions().map((d) => d.id);
    expect(ids.some((id) => id.startsWith('deckel.'))).toBe(false);
    const p2011: Plan = { ...p2016, header: { ...p2016.header, year: 2011, vorjahr: 2010 } };
    expect(new Calculation(p2011).has('deckel.deckel-16f-bis-2012.anteil')).toBe(true);
  });

  it('§ 16e + § 16f share = their Mittelansatz ÷ Summe Eingliederungsmittel', () => {
    expect(computeAll(beispielplan())['deckel.deckel-16e-16f-2012-2018.anteil']).toBeCloseTo(
      2_200_000 / 40_360_000,
      12,
    );
  });
});

describe('incremental recalculation', () => {
  it('after one input edit only its dependents are recomputed, and they equal a full recomputation', () => {
    const p0 = beispielplan();
    const calc = new Calculation(p0);
    const key = cellKey({ kind: 'row', id: 'r-egz', field: 'mittelansatz' });
    const p1 = writeInputRef(p0, { kind: 'row', id: 'r-egz', field: 'mittelansatz' }, 2_500_000);
    const changed = calc.updateInputs(p1, [key]);
    expect(changed).toEqual(
      expect.arrayContaining([
        'row.r-egz.kostenJeEintritt',
        'area.hs-integration.mittelansatzEgt',
        'portfolio.mittelansatzEgt',
        'haushalt.plan.egtAuslastung',
      ]),
    );
    expect(changed).not.toContain('area.hs-lzb.mittelansatzEgt');
    expect(changed).not.toContain('portfolio.eintritte');
    const full = computeAll(p1);
    for (const [id, value] of Object.entries(full)) expect(calc.get(id), id).toBe(value);
  });

  it('rebuild after a structural edit reports new and vanished figures', () => {
    const p0 = beispielplan();
    const calc = new Calculation(p0);
    const p1 = applyCommand(p0, { type: 'deleteRows', rowIds: ['r-mag'] }).plan;
    const changed = calc.rebuild(p1);
    expect(changed).toContain('row.r-mag.kostenJeEintritt');
    expect(changed).toContain('area.hs-integration.eintritte');
    expect(calc.has('row.r-mag.kostenJeEintritt')).toBe(false);
  });
});

describe('a lazy figure (sums over rows built when read)', () => {
  it('builds its expression once, on the first read, and holds what figure() holds', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return sum([constant(1), fig('haushalt.plan.umschichtung')]);
    };
    const lazy = lazyFigure('area.a.eintritte', 'Eintritte „A“', 'count', 'portfolio', build, {
      areaId: 'a',
    });
    expect(builds).toBe(0);
    expect(lazy.expr).toBe(lazy.expr);
    expect(builds).toBe(1);
    const eager = figure('area.a.eintritte', 'Eintritte „A“', 'count', 'portfolio', build(), { areaId: 'a' });
    const fields = (d: FigureDef) => [
      d.id,
      d.label,
      d.unit,
      d.sheet,
      d.areaId,
      d.rowId,
      d.definedName,
      d.year,
      d.expr,
    ];
    expect(fields(lazy)).toEqual(fields(eager));
  });
});

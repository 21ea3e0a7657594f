/**
 * The Beispielplan against the published figures (test/fixtures/sample-plan-2016.json,
 * the `expected` block): every figure is computed by the core, none is typed in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeAll } from '../../../shared/calc/engine';
import { beispielplan } from '../../../shared/sample/beispielplan';

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/sample-plan-2016.json', import.meta.url), 'utf8'),
);
const expected = reference.expected;
const tol = expected.ratio_tolerance as number;
const plan = beispielplan();
const v = computeAll(plan);

describe('Beispielplan Düsseldorf 2016', () => {
  it('Σ Eintritte and Σ Mittelansatz (EGT) per Handlungsschwerpunkt', () => {
    for (const area of plan.schwerpunkte) {
      const exp = expected.schwerpunkte[area.name];
      expect(exp, area.name).toBeDefined();
      expect(v[`area.${area.id}.eintritte`]).toBe(exp.eintritte);
      expect(v[`area.${area.id}.mittelansatzEgt`]).toBe(exp.mittelansatz_egt);
    }
  });

  it('grand total counts each instrument once, without nachrichtlich rows', () => {
    expect(v['portfolio.eintritte']).toBe(expected.portfolio_gesamt.eintritte);
    expect(v['portfolio.mittelansatzEgt']).toBe(expected.portfolio_gesamt.mittelansatz_egt);
    expect(v['portfolio.nachrichtlichEintritte']).toBe(2500);
  });

  for (const [col, key] of [
    ['plan', 'haushalt_2016'],
    ['vorjahr', 'haushalt_2015'],
  ] as const) {
    it(`EGT chain ${key}`, () => {
      const e = expected[key];
      expect(v[`haushalt.${col}.summeEingliederungsmittel`]).toBe(e.summe_eingliederungsmittel);
      expect(v[`haushalt.${col}.verfuegbaresEgt`]).toBe(e.verfuegbares_egt);
      expect(v[`haushalt.${col}.mittelFuerNeufaelle`]).toBe(e.mittel_fuer_neufaelle);
      expect(v[`haushalt.${col}.umschichtungsquote`]).toBeCloseTo(e.umschichtungsquote, 6);
      if (e.egt_auslastung !== undefined) {
        expect(Math.abs(v[`haushalt.${col}.egtAuslastung`]! - e.egt_auslastung)).toBeLessThan(tol);
        expect(v[`haushalt.${col}.restMittelFuerNeufaelle`]).toBe(e.rest_mittel_fuer_neufaelle);
      }
    });
  }

  it('Drittmittel and Mittel für aktive Arbeitsmarktpolitik', () => {
    expect(v['drittmittel.summe']).toBe(expected.drittmittel.summe);
    expect(v['drittmittel.davonPersonal']).toBe(expected.drittmittel.davon_personal);
    expect(v['drittmittel.fuerAmdl']).toBe(expected.drittmittel.fuer_amdl);
    expect(v['mittelAktiveAmp']).toBe(expected.mittel_fuer_aktive_arbeitsmarktpolitik);
    expect(v['mittelAktiveAmpMitAusserhalbEgt']).toBe(
      expected.mittel_fuer_aktive_arbeitsmarktpolitik_mit_ausserhalb_egt,
    );
  });

  it('Bildungszielplanung sums, share and the FbW comparison', () => {
    const b = expected.bildungszielplanung;
    expect(v['bildung.foerderungBgs']).toBe(b.foerderung_bgs);
    expect(v['bildung.davonAbschluss']).toBe(b.davon_abschlussorientiert);
    expect(Math.abs(v['bildung.anteilAbschluss']! - b.anteil_abschlussorientiert)).toBeLessThan(tol);
    expect(v['bildung.differenzFbw'] === 0).toBe(b.equals_fbw_eintritte);
  });

  it('Kennzahlen: the first row sums all categories and equals the portfolio Eintritte', () => {
    expect(v['kennzahlen.gesamt.plaetze']).toBe(expected.portfolio_gesamt.eintritte);
    const rows = plan.schwerpunkte
      .flatMap((a) => a.rows)
      .filter((r) => r.kind === 'instrument' && !r.nachrichtlich);
    const inCategoryI = rows.reduce(
      (s, r) => s + (r.kind === 'instrument' && r.kategorie === 'I' ? (r.eintritte ?? 0) : 0),
      0,
    );
    expect(v['kennzahl.I.plaetze']).toBe(inCategoryI);
  });

  it('no figure is NaN or Infinity', () => {
    for (const [id, value] of Object.entries(v)) {
      if (value !== null) expect(Number.isFinite(value), id).toBe(true);
    }
  });
});

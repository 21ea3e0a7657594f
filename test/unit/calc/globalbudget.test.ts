/**
 * The worked examples of zielplanung.md B.1 (Globalbudget under two estimates), B.2
 * (Umschichtung as amount and %) and B.3 (contacts per Integrationsfachkraft), computed by the
 * calculation core from the named sample `globalbudget-beispiel` and from plans built here.
 */
import { describe, expect, it } from 'vitest';
import { Calculation, computeAll } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { gb, gs, ps } from '../../../shared/calc/globalbudget';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import {
  formatEur,
  formatMioEur,
  formatPercent,
  formatSchluessel,
} from '../../../shared/format/numberFormat';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';

const run = (plan: Plan, ...cmds: Command[]): Plan => cmds.reduce((p, c) => applyCommand(p, c).plan, plan);

describe('B.1 Globalbudget and its two estimates (worked example, invented figures)', () => {
  const calc = new Calculation(globalbudgetBeispiel());

  it('Gesamt per estimate: 19.000.000 € (BA, Stand 09) and 18.900.000 € (BMAS, Stand 11)', () => {
    expect(calc.get(gs('gs-ba', 'gesamt'))).toBe(19_000_000);
    expect(calc.get(gs('gs-bmas', 'gesamt'))).toBe(18_900_000);
  });

  it('Differenz per line and in total, checked both ways: 300.000 €, −400.000 €, −100.000 €', () => {
    expect(calc.get(gs('gs-bmas', 'diffVwb'))).toBe(300_000);
    expect(calc.get(gs('gs-bmas', 'diffEgm'))).toBe(-400_000);
    expect(calc.get(gs('gs-bmas', 'diffGesamt'))).toBe(-100_000);
    expect(calc.get(gs('gs-bmas', 'diffProbe'))).toBe(-100_000);
    // The first estimate has nothing to compare with; the empty Verordnung shows no Differenz.
    expect(calc.has(gs('gs-ba', 'diffGesamt'))).toBe(false);
    expect(calc.get(gs('gs-einglmv', 'diffGesamt'))).toBeNull();
  });

  it("the VWB's share per estimate and of the Grundlage (BMAS): 52,6 % and 54,5 %", () => {
    expect(formatPercent(calc.get(gs('gs-ba', 'vwbAnteil')))).toBe('52,6 %');
    expect(formatPercent(calc.get(gs('gs-bmas', 'vwbAnteil')))).toBe('54,5 %');
    expect(calc.get(gb('grundlage.gesamt'))).toBe(18_900_000);
    expect(calc.get(gb('grundlage.vwbAnteil'))).toBeCloseTo(10_300_000 / 18_900_000, 12);
  });

  it("the EGT chain's Mittelausstattung follows the Grundlage: 8.600.000 €, and says where it comes from", () => {
    expect(calc.get(hh('plan', 'mittelausstattung'))).toBe(8_600_000);
    expect(calc.get(hh('plan', 'summeEingliederungsmittel'))).toBe(8_600_000);
    // The option off: the typed figure counts again (the sample typed none for 2016).
    const typed = run(
      globalbudgetBeispiel(),
      { type: 'setBudgetOptions', patch: { mittelausstattungAusGrundlage: false } },
      { type: 'setInputs', changes: [{ key: 'hh.mittelausstattung.plan', value: 8_000_000 }] },
    );
    expect(new Calculation(typed).get(hh('plan', 'mittelausstattung'))).toBe(8_000_000);
  });

  it('once the final figure of the Verordnung is entered it becomes the Grundlage; the estimates stay', () => {
    const final = applyCommand(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [
        { key: 'gs.gs-einglmv.vwb', value: 10_350_000 },
        { key: 'gs.gs-einglmv.egm', value: 8_700_000 },
      ],
    });
    expect(final.structural).toBe(true);
    const c = new Calculation(final.plan);
    expect(c.get(gb('grundlage.egm'))).toBe(8_700_000);
    expect(c.get(hh('plan', 'mittelausstattung'))).toBe(8_700_000);
    expect(c.get(gs('gs-bmas', 'gesamt'))).toBe(18_900_000);
    expect(c.get(gs('gs-einglmv', 'diffEgm'))).toBe(100_000);
    expect(final.plan.globalbudget.grundlageId).toBe('gs-bmas');
    // Undo brings the chosen estimate back as Grundlage.
    const undone = applyCommand(final.plan, final.inverse);
    expect(undone.structural).toBe(true);
    expect(new Calculation(undone.plan).get(gb('grundlage.egm'))).toBe(8_600_000);
  });
});

describe('B.2 Umschichtung as amount and as % (worked example, continuing B.1)', () => {
  const calc = new Calculation(globalbudgetBeispiel());

  it('planned administrative spending 11.500.000 € from 150 VZÄ × 70.000 € + 1.000.000 €', () => {
    expect(calc.get(ps('personalkosten'))).toBe(10_500_000);
    expect(calc.get(gb('verwaltungsausgaben'))).toBe(11_500_000);
  });

  it('Umschichtung = 11.500.000 − 10.300.000 = 1.200.000 € = 1,20 Mio. €', () => {
    expect(calc.get(gb('umschichtungBrutto'))).toBe(1_200_000);
    expect(calc.get(gb('umschichtungNetto'))).toBe(1_200_000);
    expect(formatMioEur(calc.get(hh('plan', 'umschichtung')))).toBe('1,20 Mio. €');
  });

  it('quota on the BMAS EGM: 1.200.000 / 8.600.000 = 13,95 % → 14,0 %, and the base is named', () => {
    const quote = calc.get(hh('plan', 'umschichtungsquote'))!;
    expect(quote).toBeCloseTo(1_200_000 / 8_600_000, 12);
    expect(formatPercent(quote, 2)).toBe('13,95 %');
    expect(formatPercent(quote)).toBe('14,0 %');
    expect(calc.def(hh('plan', 'umschichtungsbasis'))!.label).toBe(
      'Eingliederungsmittel laut Vorläufige Schätzwerte des BMAS (Stand 11.2015)',
    );
  });

  it('EGM left after the Umschichtung = 8.600.000 − 1.200.000 = 7.400.000 €', () => {
    expect(calc.get(gb('egmNachUmschichtung'))).toBe(7_400_000);
    expect(calc.get(hh('plan', 'verfuegbaresEgt'))).toBe(7_400_000);
  });

  it('one-off effects lower the need (A16: about 4,83 Mio. € gross, 4 Mio. € refund, 0,83 net)', () => {
    const plan = run(
      globalbudgetBeispiel(),
      { type: 'setInputs', changes: [{ key: 'gb.sachkosten', value: 4_630_000 }] },
      { type: 'setInputs', changes: [{ key: 'gb.einmaleffekte', value: 4_000_000 }] },
    );
    const c = new Calculation(plan);
    expect(c.get(gb('umschichtungBrutto'))).toBe(4_830_000);
    expect(c.get(gb('umschichtungNetto'))).toBe(830_000);
  });

  it('the base is a choice: typed as 14 %, the amount follows from the base chosen', () => {
    const base = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.14 }],
    });
    expect(new Calculation(base).get(hh('plan', 'umschichtung'))).toBe(1_204_000);
    const zuweisung = run(base, { type: 'setBudgetOptions', patch: { umschichtungsbasis: 'egmZuweisung' } });
    const c = new Calculation(zuweisung);
    expect(c.def(hh('plan', 'umschichtungsbasis'))!.label).toBe('Zuweisung (Mittelausstattung)');
    expect(c.get(hh('plan', 'umschichtung'))).toBe(1_204_000); // the Zuweisung is the same 8,6 Mio. € here
    const summe = run(
      zuweisung,
      {
        type: 'setBudgetOptions',
        patch: { umschichtungsbasis: 'summeEGM', mittelausstattungAusGrundlage: false },
      },
      { type: 'setInputs', changes: [{ key: 'hh.mittelausstattung.plan', value: 9_000_000 }] },
    );
    expect(new Calculation(summe).get(hh('plan', 'umschichtung'))).toBe(1_260_000);
  });

  it('the Vorjahr ceiling "bis zu 12 %" of its own base 8.400.000 € is 1.008.000 €', () => {
    expect(calc.get(gb('obergrenzeVorjahrBetrag'))).toBe(1_008_000);
    expect(calc.def(gb('obergrenzeVorjahrBetrag'))!.year).toBe(2015);
  });

  it('the Beispielplan keeps its figures: the default base is the Summe Eingliederungsmittel', () => {
    const all = computeAll(beispielplan());
    expect(all[hh('plan', 'umschichtungsquote')]).toBeCloseTo(830_000 / 40_360_000, 12);
    expect(all[hh('plan', 'umschichtungsbasis')]).toBe(40_360_000);
    expect(all[hh('plan', 'mittelausstattung')]).toBe(37_620_000);
  });
});

describe('B.3 staff resources', () => {
  const calc = new Calculation(globalbudgetBeispiel());

  it('25 conversations a week × 45 weeks = 1.125 a year per Integrationsfachkraft', () => {
    expect(calc.get(ps('gespraecheJeIfk'))).toBe(1_125);
  });

  it('VZÄ gesamt = Soll-VZÄ + Σ Projekt-VZÄ; only the VWB-funded ones cost the VWB', () => {
    expect(calc.get(ps('projektVzae'))).toBe(6.5);
    expect(calc.get(ps('vzaeGesamt'))).toBe(156.5);
    expect(calc.get(ps('vzaeVwb'))).toBe(150);
    const vwbProjekt = run(globalbudgetBeispiel(), {
      type: 'patchBudgetItem',
      target: { list: 'projekte', id: 'pj-coaching', patch: { finanzierung: { art: 'VWB' } } },
    });
    const c = new Calculation(vwbProjekt);
    expect(c.get(ps('personalkosten'))).toBe(152.5 * 70_000);
    expect(c.get(gb('umschichtungNetto'))).toBe(1_375_000);
  });

  it('Betreuungsschlüssel Kunden ÷ VZÄ, shown 1:n, and contacts per client', () => {
    expect(formatSchluessel(calc.get(ps('kg-marktnah.schluessel')))).toBe('1:200');
    expect(formatSchluessel(calc.get(ps('schluessel')))).toBe('1:196');
    expect(calc.get(ps('kg-ep.gespraeche'))).toBe(18_000);
    expect(calc.get(ps('kg-ep.kontakteJeKunde'))).toBe(7.5);
  });

  it('without a cost per VZÄ there are no staff costs: all spending is typed', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'ps.kostenJeVzae', value: null }],
    });
    const c = new Calculation(plan);
    expect(c.get(ps('personalkosten'))).toBeNull();
    expect(c.get(gb('verwaltungsausgaben'))).toBe(1_000_000);
    expect(formatEur(c.get(gb('umschichtungBrutto')))).toBe('-9.300.000 €');
  });
});

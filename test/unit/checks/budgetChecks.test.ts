/**
 * The checks of the Globalbudget and Verpflichtungen sheets: each finding with its German
 * message at the cell it is about, and none where the plan is in order.
 */
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { budgetChecks } from '../../../shared/checks/budgetChecks';
import { textCellKey } from '../../../shared/checks/pruefung';
import { runChecks } from '../../../shared/checks/runChecks';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import type { Num, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';

const run = (plan: Plan, ...cmds: Command[]): Plan => cmds.reduce((p, c) => applyCommand(p, c).plan, plan);
const ids = (plan: Plan) => runChecks(plan).map((c) => c.id);
const find = (plan: Plan, id: string) => runChecks(plan).find((c) => c.id === id);

describe('budget checks', () => {
  it('the sample has one Hinweis only: the Verpflichtungsermächtigung 2017 is exceeded', () => {
    const checks = budgetChecks(globalbudgetBeispiel(), new Calculation(globalbudgetBeispiel()));
    expect(checks.map((c) => [c.severity, c.id, c.message])).toEqual([
      [
        'Hinweis',
        've-ueberschritten:2017',
        'Verpflichtungen › Folgejahresbelastung 2017: 870.000 € übersteigen die Verpflichtungsermächtigung 2017 (800.000 €).',
      ],
    ]);
    expect(checks[0]!.location.cellKey).toBe('ve.2017');
  });

  it('the Beispielplan has none of them', () => {
    expect(budgetChecks(beispielplan(), new Calculation(beispielplan()))).toEqual([]);
  });

  it('an Umschichtung above the Eingliederungsmittel is a Fehler at the Umschichtung', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtung.plan', value: 9_000_000 }],
    });
    const c = find(plan, 'umschichtung-ueber:plan:haushalt.plan.summeEingliederungsmittel')!;
    expect(c.severity).toBe('Fehler');
    expect(c.message).toBe(
      'Haushalt (EGT) › Umschichtung in das VWB 2016: 9.000.000 € ist mehr als Summe Eingliederungsmittel 2016 (8.600.000 €).',
    );
    expect(c.location).toMatchObject({
      cellKey: 'hh.umschichtung.plan',
      figureId: 'haushalt.plan.umschichtung',
    });
  });

  it('the rounding pair: 1.200.000 € and 14,0 % agree; 13,0 % typed afterwards does not (Warnung)', () => {
    expect(ids(globalbudgetBeispiel())).not.toContain('umschichtung-paar:plan');
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtungsquote.plan', value: 0.13 }],
    });
    const c = find(plan, 'umschichtung-paar:plan')!;
    expect(c.severity).toBe('Warnung');
    expect(c.message).toBe(
      'Haushalt (EGT) › Umschichtung 2016: eingegeben sind 1.200.000 € und 13,0 %; 1.200.000 € sind 14,0 % der Basis „Eingliederungsmittel laut Vorläufige Schätzwerte des BMAS (Stand 11.2015)“. Es gilt der Anteil (zuletzt eingegeben); Entf im anderen Feld verwirft die frühere Angabe.',
    );
    // At the cell that holds the older entry: the amount, which now follows the share.
    expect(c.location.cellKey).toBe('hh.umschichtung.plan');
    // Delete in that cell drops the older entry, and with it the warning.
    const cleared = run(plan, { type: 'setInputs', changes: [{ key: 'hh.umschichtung.plan', value: null }] });
    expect(ids(cleared)).not.toContain('umschichtung-paar:plan');
  });

  it('a Vorjahr quota without a Vorjahr EGT warns instead of silently showing 0 €', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'hh.mittelausstattung.vorjahr', value: null }],
    });
    const c = find(plan, 'umschichtung-ohne-basis:vorjahr')!;
    expect(c.severity).toBe('Warnung');
    expect(c.message).toBe(
      'Haushalt (EGT) › Umschichtungsquote 2015: 10,0 % eingegeben, aber die Basis „Summe Eingliederungsmittel“ 2015 fehlt; der Betrag ergibt so 0 €. Bitte die Basis oder den Betrag eingeben.',
    );
    expect(c.location.cellKey).toBe('hh.umschichtungsquote.vorjahr');
  });

  it('the Vorjahr Umschichtung above its planned ceiling is a Hinweis', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'gb.obergrenzeVorjahr', value: 0.09 }],
    });
    expect(find(plan, 'umschichtung-obergrenze-vorjahr')?.message).toBe(
      'Globalbudget › Obergrenze der Umschichtung im Vorjahr 2015: die Umschichtung 2015 (830.000 €) liegt über der geplanten Obergrenze von 9,0 % (756.000 €).',
    );
  });

  it('payments above the total of a commitment are a Fehler at its total', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'vp.vp-teilhabe.gesamt', value: 250_000 }],
    });
    const c = find(plan, 'vp-ueber-gesamt:vp-teilhabe')!;
    expect(c.severity).toBe('Fehler');
    expect(c.message).toBe(
      'Verpflichtungen › Lohnkostenzuschüsse 2015 bis 2017: die Jahresbeträge (300.000 €) übersteigen den Gesamtbetrag (250.000 €).',
    );
    expect(c.location.cellKey).toBe('vp.vp-teilhabe.gesamt');
  });

  it('an explicit amount outside the run is a Warnung at that year', () => {
    const plan = run(globalbudgetBeispiel(), {
      type: 'setInputs',
      changes: [{ key: 'vj.vp-teilhabe.2019', value: 10_000 }],
    });
    expect(find(plan, 'vp-ausserhalb:vp-teilhabe:2019')?.location.cellKey).toBe('vj.vp-teilhabe.2019');
  });

  it('an end before the start (a file can hold one) is a Fehler at the Ende cell', () => {
    const plan = globalbudgetBeispiel();
    plan.verpflichtungen.eintraege[0]!.ende = '2015-06';
    const c = find(plan, 'vp-ende-vor-beginn:vp-bae-2015')!;
    expect(c.severity).toBe('Fehler');
    expect(c.message).toBe(
      'Verpflichtungen › BaE 2015 (Träger A): das Ende 06.2015 liegt vor dem Beginn 08.2015; die Verpflichtung zahlt so nichts.',
    );
    expect(c.location.textKey).toBe(textCellKey({ kind: 'verpflichtung', id: 'vp-bae-2015', field: 'ende' }));
    expect(new Calculation(plan).get('vp.vp-bae-2015.kasse.2016')).toBeNull();
  });

  it('a grant overspent is a Fehler; a commitment entered into later than the plan year a Hinweis', () => {
    const plan = run(beispielplan(), {
      type: 'setInputs',
      changes: [{ key: 'dm.dm-soziale-teilhabe.verwendetVorjahre', value: 3_500_000 }],
    });
    expect(find(plan, 'drittmittel-rest:dm-soziale-teilhabe')?.message).toBe(
      'Drittmittel › Bundesprogramm „Soziale Teilhabe am Arbeitsmarkt“: Vorjahre und Planjahr zusammen übersteigen die Gesamtbewilligung (4.300.000 €) um 300.000 €.',
    );
    const later = run(globalbudgetBeispiel(), {
      type: 'patchBudgetItem',
      target: { list: 'verpflichtungen', id: 'vp-coaching-2016', patch: { jahr: 2017 } },
    });
    expect(find(later, 'vp-spaeter:vp-coaching-2016')?.severity).toBe('Hinweis');
  });

  it('no Grundlage while the Mittelausstattung should follow it: Warnung', () => {
    const plan = run(globalbudgetBeispiel(), { type: 'setBudgetOptions', patch: { grundlageId: null } });
    expect(find(plan, 'gb-ohne-grundlage')?.severity).toBe('Warnung');
  });

  it('the Differenz Gesamt checked both ways: a mismatch of the two is a Fehler', () => {
    // The core adds in cents, so both ways agree; a calculation that disagrees must be reported.
    const plan = globalbudgetBeispiel();
    const real = new Calculation(plan);
    const broken = Object.assign(Object.create(real) as Calculation, {
      get: (id: string): Num => (id === 'gb.gs-bmas.diffProbe' ? -99_999 : real.get(id)),
    });
    const c = budgetChecks(plan, broken).find((x) => x.id === 'gb-differenz:gs-bmas')!;
    expect(c.message).toBe(
      'Globalbudget › Vorläufige Schätzwerte des BMAS (Stand 11.2015): Differenz Gesamt: -100.000 € entspricht nicht der Summe der Differenzen von Verwaltungsbudget und Eingliederungsmitteln (-99.999 €).',
    );
    expect(budgetChecks(plan, real).some((x) => x.id.startsWith('gb-differenz'))).toBe(false);
  });
});

/**
 * The commands of the Globalbudget and Verpflichtungen sheets: each has its exact inverse and a
 * German label, bad input is refused with a German message that names what and where.
 */
import { describe, expect, it } from 'vitest';
import * as actions from '../../../shared/actions/budget';
import { budgetChoice } from '../../../shared/actions/budgetChoices';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import { budgetText, textProblem } from '../../../shared/commands/budgetCommands';
import type { Command } from '../../../shared/commands/command';
import { describeChanges } from '../../../shared/commands/describeChanges';
import type { Plan } from '../../../shared/model/plan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';

/** Applies, undoes and redoes: the plan comes back exactly, then the command again. */
function roundTrip(plan: Plan, cmd: Command) {
  const a = applyCommand(plan, cmd);
  const back = applyCommand(a.plan, a.inverse);
  const strip = (p: Plan) => ({ ...p, header: { ...p.header, changedAt: '' } });
  expect(strip(back.plan)).toEqual(strip(plan));
  const again = applyCommand(back.plan, back.inverse);
  expect(strip(again.plan)).toEqual(strip(a.plan));
  return a;
}

const refused = (plan: Plan, cmd: Command): string => {
  try {
    applyCommand(plan, cmd);
  } catch (e) {
    if (e instanceof CommandError) return e.message;
    throw e;
  }
  throw new Error('nicht abgelehnt');
};

describe('budget commands: exact inverses', () => {
  const plan = globalbudgetBeispiel();

  it('toolbar actions add an estimate, a Projekt-VZÄ line, a client group and a commitment; remove them', () => {
    for (const r of [
      actions.addSchaetzung(plan),
      actions.addProjekt(plan),
      actions.addGruppe(plan),
      actions.addVerpflichtung(plan, 'r-bae'),
    ]) {
      if (!r?.ok) throw new Error('keine Aktion');
      const a = roundTrip(plan, r.command);
      expect(a.structural).toBe(true);
      expect(a.label).toMatch(/„.*“ einfügen$/);
      const id = r.cursor!.target.rowId!;
      const list = r.command.type === 'insertBudgetItem' ? r.command.entry.list : 'verpflichtungen';
      const removed = actions.removeBudgetItem(list, id);
      if (!removed?.ok) throw new Error('keine Aktion');
      roundTrip(a.plan, removed.command);
    }
    expect(actions.removeBudgetItem('projekte', undefined)).toBeNull();
    const vp = actions.addVerpflichtung(plan, 'r-bae');
    expect(vp?.ok && vp.command.type === 'insertBudgetItem' && vp.command.entry.item).toMatchObject({
      rowId: 'r-bae',
    });
  });

  it('removing a commitment takes its formulas with it, and the undo brings them back', () => {
    const typed = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'vp.vp-teilhabe.gesamt', value: 450_000, formula: '=3*150000' }],
    }).plan;
    const a = roundTrip(typed, { type: 'deleteBudgetItem', list: 'verpflichtungen', id: 'vp-teilhabe' });
    expect(a.plan.formeln).not.toHaveProperty('vp.vp-teilhabe.gesamt');
  });

  it('choices: Art, Finanzierung, Maßnahme, Profil, Jahr, Grundlage, Basis and the two options', () => {
    const cmds: Command[] = [
      { type: 'patchBudgetItem', target: { list: 'schaetzungen', id: 'gs-ba', patch: { art: 'sonstige' } } },
      {
        type: 'patchBudgetItem',
        target: { list: 'projekte', id: 'pj-coaching', patch: { finanzierung: { art: 'VWB' } } },
      },
      {
        type: 'patchBudgetItem',
        target: { list: 'verpflichtungen', id: 'vp-bae-2015', patch: { rowId: null } },
      },
      {
        type: 'patchBudgetItem',
        target: {
          list: 'verpflichtungen',
          id: 'vp-bae-2015',
          patch: { profil: 'jahresbetraege', jahr: 2014 },
        },
      },
      { type: 'setBudgetOptions', patch: { grundlageId: 'gs-ba', umschichtungsbasis: 'summeEGM' } },
      {
        type: 'setBudgetOptions',
        patch: { mittelausstattungAusGrundlage: false, vorbindungenAusRegister: false },
      },
      { type: 'setBudgetOptions', patch: { umschichtungsbasisVorjahr: 'egmZuweisung' } },
      { type: 'patchRow', rowId: 'r-bae', patch: { beginn: null, laufzeit: null } },
      { type: 'patchRow', rowId: 'r-mag', patch: { beginn: 3, laufzeit: 12 } },
    ];
    for (const cmd of cmds) expect(roundTrip(plan, cmd).structural).toBe(true);
    const removed = applyCommand(plan, cmds[7]!).plan;
    expect(removed.schwerpunkte[2]!.rows[0]).not.toHaveProperty('beginn');
  });

  it('names and months as text: a month is stored as YYYY-MM and shown as MM.YYYY', () => {
    const a = roundTrip(plan, {
      type: 'setText',
      target: { kind: 'verpflichtung', id: 'vp-coaching-2016', field: 'beginn' },
      value: '1.5.2016',
    });
    expect(a.plan.verpflichtungen.eintraege[3]!.beginn).toBe('2016-05');
    expect(budgetText(a.plan, { kind: 'verpflichtung', id: 'vp-coaching-2016', field: 'beginn' })).toBe(
      '05.2016',
    );
    roundTrip(plan, {
      type: 'setText',
      target: { kind: 'schaetzung', id: 'gs-einglmv', field: 'stand' },
      value: '12/2015',
    });
    roundTrip(plan, { type: 'setText', target: { kind: 'gruppe', id: 'kg-ep', field: 'name' }, value: 'EP' });
    roundTrip(plan, {
      type: 'setText',
      target: { kind: 'projekt', id: 'pj-akquise', field: 'bezeichnung' },
      value: 'X',
    });
  });

  it('typing over the derived side of the Umschichtung: the pair, its formulas and mode come back by undo', () => {
    const withFormula = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'hh.umschichtung.plan', value: 1_200_000, formula: '=1200000' }],
    }).plan;
    const a = roundTrip(withFormula, {
      type: 'setInputs',
      changes: [
        { key: 'hh.umschichtungsquote.plan', value: 0.15 },
        { key: 'row.r-mag.eintritte', value: 900 },
      ],
    });
    expect(a.structural).toBe(true);
    expect(a.plan.haushalt.umschichtung.plan).toEqual({ mode: 'quote', quote: 0.15, betrag: 1_200_000 });
    expect(a.plan.formeln['hh.umschichtung.plan']).toBe('=1200000');
    expect(a.label).toBe('2 Zellen ändern');
  });

  it('the change log names the new cells in German', () => {
    const cmd: Command = { type: 'setInputs', changes: [{ key: 'gs.gs-ba.egm', value: 9_100_000 }] };
    const a = applyCommand(plan, cmd);
    expect(describeChanges(plan, a.plan, cmd)).toEqual([
      {
        sheet: 'globalbudget',
        what: 'Globalbudget › Vorläufige Schätzwerte der BA (Stand 09.2015) › Eingliederungsmittel',
        cellKey: 'gs.gs-ba.egm',
        before: '9.000.000 €',
        after: '9.100.000 €',
      },
    ]);
    expect(a.label).toBe(
      'Globalbudget › Vorläufige Schätzwerte der BA (Stand 09.2015) › Eingliederungsmittel ändern',
    );
  });
});

describe('budget commands: refused with a German message', () => {
  const plan = globalbudgetBeispiel();

  it('an end before the start, at the cell and in the command', () => {
    const target = { kind: 'verpflichtung', id: 'vp-bae-2015', field: 'ende' } as const;
    expect(textProblem(plan, target, '06.2015')).toBe('Das Ende 06.2015 liegt vor dem Beginn 08.2015.');
    expect(refused(plan, { type: 'setText', target, value: '06.2015' })).toBe(
      'Das Ende 06.2015 liegt vor dem Beginn 08.2015.',
    );
    expect(textProblem(plan, { ...target, field: 'beginn' }, '13.2016')).toBe(
      'Beginn: „13.2016“: Monat 13 gibt es nicht (1 bis 12).',
    );
    expect(textProblem(plan, { kind: 'schaetzung', id: 'gs-ba', field: 'stand' }, 'Herbst')).toBe(
      'Stand: „Herbst“ ist kein Monat; erwartet z. B. 09.2016.',
    );
    expect(textProblem(plan, { kind: 'row', rowId: 'r-bae', field: 'instrument' }, 'x')).toBeNull();
  });

  it('a negative estimate and a VZÄ with three decimals', () => {
    expect(refused(plan, { type: 'setInputs', changes: [{ key: 'gs.gs-ba.vwb', value: -1 }] })).toBe(
      'Globalbudget › Vorläufige Schätzwerte der BA (Stand 09.2015) › Verwaltungsbudget: negative Beträge sind nicht erlaubt.',
    );
    expect(refused(plan, { type: 'setInputs', changes: [{ key: 'ps.sollVzae', value: 1.125 }] })).toBe(
      'Globalbudget › Personal › Soll-VZÄ: nur Zahlen von 0 bis 99.999.999 mit höchstens zwei Nachkommastellen.',
    );
  });

  it('typing a figure that comes from elsewhere says where it comes from and how to type it', () => {
    expect(refused(plan, { type: 'setInputs', changes: [{ key: 'hh.vorbindungen.plan', value: 1 }] })).toBe(
      'Haushalt (EGT) › Vorbindungen 2016: die Vorbindungen 2016 kommen aus dem Verpflichtungsregister. Zum Eingeben schalten Sie auf dem Blatt Verpflichtungen „Vorbindungen aus dem Register“ aus.',
    );
    expect(
      refused(plan, { type: 'setInputs', changes: [{ key: 'hh.mittelausstattung.plan', value: 1 }] }),
    ).toMatch(/kommt aus der Grundlage des Globalbudgets/);
  });

  it('the Grundlage and the last two estimates stay; a linked portfolio row or programme cannot go', () => {
    expect(refused(plan, { type: 'deleteBudgetItem', list: 'schaetzungen', id: 'gs-bmas' })).toBe(
      '„Vorläufige Schätzwerte des BMAS (Stand 11.2015)“ ist die Grundlage. Wählen Sie zuerst eine andere Schätzung als Grundlage.',
    );
    const two = applyCommand(plan, { type: 'deleteBudgetItem', list: 'schaetzungen', id: 'gs-einglmv' }).plan;
    expect(refused(two, { type: 'deleteBudgetItem', list: 'schaetzungen', id: 'gs-ba' })).toBe(
      'Das Globalbudget braucht mindestens zwei Schätzungen.',
    );
    expect(refused(plan, { type: 'deleteRows', rowIds: ['r-bae'] })).toBe(
      '„Berufsausbildung in außerbetrieblichen Einrichtungen (BaE)“ ist mit der Verpflichtung „BaE 2015 (Träger A)“ verknüpft. Lösen Sie zuerst die Verknüpfung auf dem Blatt Verpflichtungen.',
    );
    expect(refused(plan, { type: 'deleteDrittmittel', id: 'dm-esf' })).toBe(
      '„Betriebsakquisiteure (ESF)“ (Projekt-VZÄ) wird aus diesem Programm bezahlt. Ändern Sie zuerst deren Finanzierung.',
    );
    expect(
      refused(plan, {
        type: 'patchBudgetItem',
        target: { list: 'verpflichtungen', id: 'vp-bae-2015', patch: { rowId: 'gibt-es-nicht' } },
      }),
    ).toBe('Diese Maßnahme gibt es im Maßnahmeportfolio nicht.');
    expect(refused(plan, { type: 'patchRow', rowId: 'r-mag', patch: { laufzeit: 73 } })).toBe(
      'Laufzeit „Maßnahmen bei einem Arbeitgeber (MAG)“: 1 bis 72 Monate.',
    );
  });
});

describe('the dropdowns (shared/actions/budgetChoices.ts)', () => {
  const plan = globalbudgetBeispiel();

  it('say what is chosen and give the command for another value', () => {
    expect(budgetChoice(plan, 'grundlage', '').text).toBe('Vorläufige Schätzwerte des BMAS (Stand 11.2015)');
    expect(budgetChoice(plan, 'grundlage', '').command('gs-bmas')).toBeNull();
    expect(budgetChoice(plan, 'grundlage', '').command('gs-ba')).toEqual({
      type: 'setBudgetOptions',
      patch: { grundlageId: 'gs-ba' },
    });
    expect(
      budgetChoice(plan, 'umschichtungsbasisVorjahr', '')
        .options()
        .map((o) => o.value),
    ).toEqual(['summeEGM', 'egmZuweisung']);
    expect(budgetChoice(plan, 'beginn', 'r-umschulung').text).toBe('09.2016');
    expect(budgetChoice(plan, 'laufzeit', 'r-umschulung').text).toBe('24 Monate');
    expect(budgetChoice(plan, 'vpRow', 'vp-bae-2015').text).toBe(
      'Berufsausbildung in außerbetrieblichen Einrichtungen (BaE)',
    );
    expect(budgetChoice(plan, 'vpJahr', 'vp-bae-2015').command('')).toEqual({
      type: 'patchBudgetItem',
      target: { list: 'verpflichtungen', id: 'vp-bae-2015', patch: { jahr: null } },
    });
    expect(budgetChoice(plan, 'projektFinanzierung', 'pj-akquise').text).toBe(
      'Drittmittel: ESF-Programm Betriebsakquise',
    );
  });

  it('the final figure entered: the Grundlage says it replaced the chosen one', () => {
    const final = applyCommand(plan, {
      type: 'setInputs',
      changes: [{ key: 'gs.gs-einglmv.egm', value: 8_700_000 }],
    }).plan;
    expect(budgetChoice(final, 'grundlage', '').text).toBe(
      'Eingliederungsmittel-Verordnung (endgültig); ersetzt die gewählte „Vorläufige Schätzwerte des BMAS (Stand 11.2015)“',
    );
  });
});

/**
 * The commands of the Zielvereinbarung: each with its exact inverse (undo), the rules they keep
 * (German refusals), the undo history, the change log and a replayed journal.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { describeChanges } from '../../../shared/commands/describeChanges';
import { emptyHistory, execute, redo, undo } from '../../../shared/commands/history';
import { Calculation } from '../../../shared/calc/engine';
import { zf } from '../../../shared/calc/ziele';
import { readInput } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { newPartei, newZiel, newZieldialog } from '../../../shared/model/newLines';
import { zielvereinbarungDuesseldorf2018 } from '../../../shared/sample/zielvereinbarungDuesseldorf2018';

const content = (p: Plan) => ({ ...p, header: { ...p.header, changedAt: '' } });
const base = () => zielvereinbarungDuesseldorf2018();

function roundTrip(cmd: Command, plan = base()) {
  const a = applyCommand(plan, cmd);
  expect(content(a.plan)).not.toEqual(content(plan));
  const back = applyCommand(a.plan, a.inverse);
  expect(content(back.plan)).toEqual(content(plan));
  return a;
}

describe('every command of the Zielvereinbarung has an exact inverse', () => {
  const cases: [string, Command][] = [
    ['header', { type: 'setZielvereinbarung', patch: { rechtsgrundlage: '§ 48b', dialogeProJahr: 4 } }],
    ['Rechenbasis', { type: 'setZielvereinbarung', patch: { rechenbasis: 'voll' } }],
    ['insert target', { type: 'insertZiel', ziel: newZiel('II', 'Neu'), index: 2 }],
    ['move target', { type: 'moveZiel', id: 'zl-fbw', toIndex: 0 }],
    ['Zielart', { type: 'patchZiel', id: 'zl-k2e4', patch: { zielart: 'relChangeMin' } }],
    ['link', { type: 'patchZiel', id: 'zl-k3e1', patch: { gekoppeltAn: null } }],
    [
      'text',
      { type: 'setText', target: { kind: 'ziel', id: 'zl-fbw', field: 'erreichtWenn' }, value: 'neu' },
    ],
    [
      'number',
      { type: 'setInputs', changes: [{ key: 'zl.zl-iq-af.elb', value: 9_500, formula: '=9000+500' }] },
    ],
    ['Ist', { type: 'setInputs', changes: [{ key: 'zi.zd-2018-1.zl-fbw.istAnzahl', value: 330 }] }],
    ['party in', { type: 'insertPartei', partei: newPartei('Land'), index: 1 }],
    ['party out', { type: 'deletePartei', id: 'p-agentur' }],
    [
      'party patch',
      { type: 'patchPartei', id: 'p-stadt', patch: { datum: '2018-02-01', ort: 'Düsseldorf' } },
    ],
    ['dialogue in', { type: 'insertZieldialog', dialog: newZieldialog('2018-09-01'), index: 1 }],
    ['dialogue out', { type: 'deleteZieldialog', id: 'zd-2018-1' }],
    ['dialogue patch', { type: 'patchZieldialog', id: 'zd-2018-1', patch: { massnahmen: 'Kurse' } }],
    ['judged', { type: 'setZielErreicht', dialogId: 'zd-2018-1', zielId: 'zl-kontakt', erreicht: true }],
  ];
  it.each(cases)('%s', (_name, cmd) => {
    const a = roundTrip(cmd);
    expect(a.label).toMatch(/[a-zäöü]/);
    expect(a.focus?.sheet).toBe('ziele');
  });

  it('deleting a target takes its Ist values and formula texts along, and undo brings all back', () => {
    const withFormula = applyCommand(base(), {
      type: 'setInputs',
      changes: [{ key: 'zi.zd-2018-1.zl-akq-fluechtlinge.nenner', value: 100, formula: '=50+50' }],
    }).plan;
    const a = roundTrip({ type: 'deleteZiel', id: 'zl-akq-fluechtlinge' }, withFormula);
    expect(a.plan.zielvereinbarung.dialoge[0]!.werte).toEqual([]);
    expect(Object.keys(a.plan.formeln)).toEqual([]);
    expect(a.structural).toBe(true);
  });

  it('deleting a dialogue takes its formulas along; undo restores them', () => {
    const withFormula = applyCommand(base(), {
      type: 'setInputs',
      changes: [{ key: 'zi.zd-2018-1.zl-fbw.istAnzahl', value: 20, formula: '=4*5' }],
    }).plan;
    const a = roundTrip({ type: 'deleteZieldialog', id: 'zd-2018-1' }, withFormula);
    expect(a.plan.formeln).toEqual({});
  });
});

describe('the rules the commands keep, with German messages', () => {
  const refused = (cmd: Command, message: RegExp, plan = base()) => {
    expect(() => applyCommand(plan, cmd)).toThrow(CommandError);
    expect(() => applyCommand(plan, cmd)).toThrow(message);
  };

  it('a kind must fit the unit', () => {
    refused(
      { type: 'patchZiel', id: 'zl-iq-af', patch: { zielart: 'countMin' } },
      /Zielart passt nicht zur Einheit/,
    );
  });

  it('links: no chains, no cycle through the total, no unknown target', () => {
    refused(
      { type: 'patchZiel', id: 'zl-k3', patch: { gekoppeltAn: 'zl-k3e1' } },
      /folgt selbst einem anderen Ziel; Kopplungen lassen sich nicht verketten/,
    );
    refused(
      { type: 'patchZiel', id: 'zl-iq-oaf', patch: { gekoppeltAn: 'iqGesamt' } },
      /Segment der Integrationsquote kann nicht der Gesamtquote folgen/,
    );
    refused(
      { type: 'patchZiel', id: 'zl-iq-oaf', patch: { gekoppeltAn: 'zl-iq-gesamt' } },
      /Segment der Integrationsquote kann nicht der Gesamtquote folgen/,
    );
    refused(
      { type: 'patchZiel', id: 'zl-k3', patch: { gekoppeltAn: 'gibt-es-nicht' } },
      /gekoppelte Ziel gibt es nicht/,
    );
  });

  it('a target others follow cannot go, nor stop being a change', () => {
    const linked = applyCommand(base(), {
      type: 'patchZiel',
      id: 'zl-k3e1',
      patch: { gekoppeltAn: 'zl-k3' },
    }).plan;
    refused({ type: 'deleteZiel', id: 'zl-k3' }, /folgt diesem Ziel \(gekoppelt\)/, linked);
    refused(
      { type: 'patchZiel', id: 'zl-k3', patch: { zielart: 'monitoring' } },
      /Lösen Sie zuerst die Kopplung/,
      linked,
    );
  });

  it('numbers keep their unit: a change may be negative, a rate not; bounds are German', () => {
    expect(
      readInput(
        applyCommand(base(), { type: 'setInputs', changes: [{ key: 'zl.zl-k3.aenderung', value: -0.05 }] })
          .plan,
        'zl.zl-k3.aenderung',
      ),
    ).toBe(-0.05);
    refused(
      { type: 'setInputs', changes: [{ key: 'zl.zl-k3.aenderung', value: -1.5 }] },
      /Veränderungen zwischen −100 % und \+1\.000 %/,
    );
    refused({ type: 'setInputs', changes: [{ key: 'zl.zl-iq-af.elb', value: -1 }] }, /nur ganze Zahlen ab 0/);
    refused(
      { type: 'setInputs', changes: [{ key: 'zl.zl-iq-af.quote', value: 1.2 }] },
      /zwischen 0 und 100 %/,
    );
    refused(
      { type: 'setInputs', changes: [{ key: 'zl.gibt-es-nicht.quote', value: 0.2 }] },
      /gibt es in diesem Plan nicht mehr/,
    );
  });

  it('dates are dates; lists are bounded', () => {
    refused(
      { type: 'patchPartei', id: 'p-stadt', patch: { datum: '1.2.2018' } },
      /kein Datum \(JJJJ-MM-TT\)/,
    );
    refused({ type: 'patchZiel', id: 'zl-fbw', patch: { stichtage: ['morgen'] } }, /Stichtag ist kein Datum/);
    refused({ type: 'setZielvereinbarung', patch: { dialogeProJahr: 1.5 } }, /ganze Zahl von 0 bis 52/);
  });
});

describe('undo history, change log and figures follow the commands', () => {
  it('typing an Ist, undo and redo move the figures with them', () => {
    const cmd: Command = { type: 'setInputs', changes: [{ key: 'zl.zl-iq-af.elb', value: 10_000 }] };
    const done = execute(emptyHistory, base(), cmd);
    expect(new Calculation(done.applied.plan).get(zf('zl-iq-af', 'integrationen'))).toBe(1_720);
    const undone = undo(done.history, done.applied.plan)!;
    expect(new Calculation(undone.applied.plan).get(zf('zl-iq-af', 'integrationen'))).toBe(1_548);
    expect(content(undone.applied.plan)).toEqual(content(base()));
    const redone = redo(undone.history, undone.applied.plan)!;
    expect(readInput(redone.applied.plan, 'zl.zl-iq-af.elb')).toBe(10_000);
  });

  it('the change log names the cell German and shows a change with its sign', () => {
    const before = base();
    const cmd: Command = { type: 'setInputs', changes: [{ key: 'zl.zl-k3.vorjahrIst', value: -0.02 }] };
    const after = applyCommand(before, cmd).plan;
    expect(describeChanges(before, after, cmd)).toEqual([
      {
        sheet: 'ziele',
        what: 'Ziele › K3 Veränderung des Bestands an Langzeitleistungsbeziehenden › Ergebnis Vorjahr (Veränderung)',
        cellKey: 'zl.zl-k3.vorjahrIst',
        before: '-1,40 %',
        after: '-2,00 %',
      },
    ]);
    const text: Command = {
      type: 'setText',
      target: { kind: 'ziel', id: 'zl-fbw', field: 'notiz' },
      value: 'x',
    };
    expect(describeChanges(before, applyCommand(before, text).plan, text, 'Anmerkung ändern')[0]!.sheet).toBe(
      'ziele',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { describeChanges } from '../../../shared/commands/describeChanges';
import { emptyHistory, execute, undo } from '../../../shared/commands/history';
import { parsePlanFile, serializePlanFile } from '../../../shared/file/planFile';
import { MAX_TEXT_ZEICHEN } from '../../../shared/input/limits';
import type { Text } from '../../../shared/model/dokument';
import { freiesKapitel, readText } from '../../../shared/model/dokument';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { comparePlans } from '../../../shared/storage/comparePlans';

const content = (p: Plan) => ({ ...p, header: { ...p.header, changedAt: '' } });
const para = (text: string): Text => [{ t: 'p', content: [{ t: 'text', text }] }];

function roundTrip(cmd: Command, plan = beispielplan()) {
  const a = applyCommand(plan, cmd);
  expect(content(a.plan)).not.toEqual(content(plan));
  const back = applyCommand(a.plan, a.inverse);
  expect(content(back.plan)).toEqual(content(plan));
  return a;
}

describe('Programmtext commands: exact inverses', () => {
  const cases: [string, Command][] = [
    [
      'text of a chapter section',
      {
        type: 'setDokumentText',
        ref: { kind: 'kapitel', kapitelId: 'rahmenbedingungen', abschnittId: 'arbeitsmarkt' },
        text: para('Neu'),
      },
    ],
    [
      'text of an area that has texts',
      {
        type: 'setDokumentText',
        ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-integration', feld: 'ziele' },
        text: para('Mehr'),
      },
    ],
    [
      'first text of an area without texts (entry created, removed again)',
      {
        type: 'setDokumentText',
        ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-lzb', feld: 'strategie' },
        text: para('Erster Text'),
      },
    ],
    [
      'emptying the last text of an area',
      {
        type: 'batch',
        label: 'leeren',
        commands: [
          {
            type: 'setDokumentText',
            ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-qualifizierung', feld: 'ausgangslage' },
            text: [],
          },
          {
            type: 'setDokumentText',
            ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-qualifizierung', feld: 'ziele' },
            text: [],
          },
          {
            type: 'setDokumentText',
            ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-qualifizierung', feld: 'strategie' },
            text: [],
          },
          {
            type: 'setDokumentText',
            ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-qualifizierung', feld: 'massnahmen' },
            text: [],
          },
        ],
      },
    ],
    ['insert a free chapter', { type: 'insertKapitel', kapitel: freiesKapitel('k-1', 'Netzwerk'), index: 2 }],
    ['move a chapter', { type: 'moveKapitel', kapitelId: 'ausrichtung', toIndex: 0 }],
    ['rename a chapter', { type: 'setKapitelTitel', kapitelId: 'einleitung', titel: 'Vorwort' }],
  ];
  for (const [name, cmd] of cases) it(name, () => void roundTrip(cmd));

  it('deleting a free chapter restores it at its place, texts included', () => {
    const withFree = applyCommand(beispielplan(), {
      type: 'batch',
      label: 'neu',
      commands: [
        { type: 'insertKapitel', kapitel: freiesKapitel('k-1', 'Netzwerk'), index: 3 },
        {
          type: 'setDokumentText',
          ref: { kind: 'kapitel', kapitelId: 'k-1', abschnittId: 'text' },
          text: para('Partner'),
        },
      ],
    }).plan;
    const a = roundTrip({ type: 'deleteKapitel', kapitelId: 'k-1' }, withFree);
    expect(a.label).toBe('Kapitel „Netzwerk“ löschen');
    expect(a.focus).toEqual({ sheet: 'programm', kapitelId: 'schwerpunkte' });
  });

  it('the emptied area has no entry left, so the plan equals one that never had texts there', () => {
    const plan = beispielplan();
    const ref = { kind: 'schwerpunkt', schwerpunktId: 'hs-lzb', feld: 'ziele' } as const;
    const a = applyCommand(plan, { type: 'setDokumentText', ref, text: para('x') });
    expect(a.plan.dokument.schwerpunkte).toHaveLength(3);
    const b = applyCommand(a.plan, { type: 'setDokumentText', ref, text: [] });
    expect(b.plan.dokument.schwerpunkte).toEqual(plan.dokument.schwerpunkte);
  });
});

describe('Programmtext commands: refusals in German', () => {
  const plan = beispielplan();
  const refused = (cmd: Command, message: RegExp) => {
    expect(() => applyCommand(plan, cmd)).toThrow(CommandError);
    expect(() => applyCommand(plan, cmd)).toThrow(message);
  };

  it('a text over the size limit names the section and both numbers', () => {
    const long = para('x'.repeat(MAX_TEXT_ZEICHEN + 1));
    refused(
      {
        type: 'setDokumentText',
        ref: { kind: 'kapitel', kapitelId: 'einleitung', abschnittId: 'text' },
        text: long,
      },
      /^Der Text „Einleitung“ ist zu lang: 100\.001 Zeichen, höchstens 100\.000\./,
    );
  });

  it('chapters of the Programm cannot be deleted, missing ones are named', () => {
    refused({ type: 'deleteKapitel', kapitelId: 'ressourcen' }, /„Ressourcen“ gehört zum Programm/);
    refused({ type: 'moveKapitel', kapitelId: 'weg', toIndex: 0 }, /Dieses Kapitel gibt es nicht mehr/);
    refused({ type: 'setKapitelTitel', kapitelId: 'einleitung', titel: '  ' }, /braucht eine Überschrift/);
    refused(
      {
        type: 'setDokumentText',
        ref: { kind: 'schwerpunkt', schwerpunktId: 'weg', feld: 'ziele' },
        text: [],
      },
      /Handlungsschwerpunkt gibt es nicht mehr/,
    );
    refused(
      { type: 'insertKapitel', kapitel: freiesKapitel('einleitung', 'Doppelt'), index: 0 },
      /gibt es schon/,
    );
  });
});

describe('Programmtext in history, change log, versions and the file', () => {
  it('undo restores the text; the change log shows before and after', () => {
    const ref = { kind: 'kapitel', kapitelId: 'ausrichtung', abschnittId: 'text' } as const;
    const plan = beispielplan();
    const r = execute(emptyHistory, plan, { type: 'setDokumentText', ref, text: para('Neue Ausrichtung') });
    expect(readText(r.applied.plan.dokument, ref)).toEqual(para('Neue Ausrichtung'));
    const log = describeChanges(plan, r.applied.plan, {
      type: 'setDokumentText',
      ref,
      text: para('Neue Ausrichtung'),
    });
    expect(log).toEqual([
      {
        sheet: 'programm',
        what: 'Programmtext › Mittelfristige Ausrichtung',
        before: expect.stringMatching(/^Mittelfristig soll der Anteil/),
        after: 'Neue Ausrichtung',
      },
    ]);
    const u = undo(r.history, r.applied.plan);
    expect(u && content(u.applied.plan)).toEqual(content(plan));
  });

  it('the version comparison names the changed sections only', () => {
    const plan = beispielplan();
    const after = applyCommand(plan, {
      type: 'batch',
      label: 'x',
      commands: [
        {
          type: 'setDokumentText',
          ref: { kind: 'kapitel', kapitelId: 'rahmenbedingungen', abschnittId: 'kundenstruktur' },
          text: para('anders'),
        },
        {
          type: 'setDokumentText',
          ref: { kind: 'schwerpunkt', schwerpunktId: 'hs-integration', feld: 'strategie' },
          text: para('anders'),
        },
        { type: 'insertKapitel', kapitel: freiesKapitel('k-2', 'Netzwerk'), index: 9 },
      ],
    }).plan;
    expect(comparePlans(plan, after).structure).toEqual([
      { what: 'Text geändert', label: 'Rahmenbedingungen › Kundenstruktur' },
      { what: 'Kapitel hinzugefügt', label: 'Netzwerk' },
      { what: 'Text geändert', label: 'Integration › Strategie' },
    ]);
    expect(comparePlans(plan, beispielplan()).structure).toEqual([]);
  });

  it('texts survive the plan file; hostile links and unknown marks are refused with the path', () => {
    const plan = beispielplan();
    expect(parsePlanFile(serializePlanFile(plan))).toEqual({ ok: true, plan });
    const bad = structuredClone(plan) as unknown as {
      dokument: { kapitel: { abschnitte: { text: unknown[] }[] }[] };
    };
    bad.dokument.kapitel[0]!.abschnitte[0]!.text = [
      { t: 'p', content: [{ t: 'text', text: 'klick', href: 'javascript:alert(1)' }] },
    ];
    const r = parsePlanFile(serializePlanFile(bad as unknown as Plan));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan.dokument.kapitel[0].abschnitte[0].text[0].content[0].href',
          message: expect.stringMatching(/^Link mit http:\/\/, https:\/\/ oder mailto: erwartet/),
        },
      ],
    });
    bad.dokument.kapitel[0]!.abschnitte[0]!.text = [
      { t: 'p', content: [{ t: 'text', text: 'x', underline: true }] },
    ];
    const r2 = parsePlanFile(serializePlanFile(bad as unknown as Plan));
    expect(r2.ok).toBe(false);
    expect(JSON.stringify(r2)).toContain('unbekannte Angabe');
  });
});

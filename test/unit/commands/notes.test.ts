import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Command } from '../../../shared/commands/command';
import { describeChanges } from '../../../shared/commands/describeChanges';
import { MAX_NOTIZ_LENGTH } from '../../../shared/input/limits';
import { noteKey, noteOf, parseNoteKey } from '../../../shared/model/notes';
import { beispielplan } from '../../../shared/sample/beispielplan';

const note = (key: string, text: string): Command => ({
  type: 'setNote',
  key,
  text,
  sheet: 'portfolio',
  where: 'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
});

describe('note keys', () => {
  it('address inputs by their key, figures and rows by a prefix, and parse back', () => {
    const targets = [
      { kind: 'input', key: 'row.r-egz.mittelansatz' },
      { kind: 'figure', id: 'haushalt.plan.egtAuslastung' },
      { kind: 'row', rowId: 'r-egz' },
    ] as const;
    for (const t of targets) expect(parseNoteKey(noteKey(t))).toEqual(t);
    expect(noteKey(targets[1])).toBe('fig:haushalt.plan.egtAuslastung');
    expect(parseNoteKey('fig:')).toBeNull();
    expect(parseNoteKey('irgendwas')).toBeNull();
  });
});

describe('setNote', () => {
  it('adds, changes and removes a note; each inverse restores the one before', () => {
    const plan = beispielplan();
    const key = 'row.r-egz.mittelansatz';
    const a = applyCommand(plan, note(key, 'Neue Förderrichtlinie ab 1.3.\r\nQuelle: Vorlage TV'));
    expect(noteOf(a.plan, key)).toBe('Neue Förderrichtlinie ab 1.3.\nQuelle: Vorlage TV');
    expect(a.label).toBe(
      'Bemerkung zu Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz hinzufügen',
    );
    expect(a.focus).toMatchObject({ sheet: 'portfolio', cellKey: key, rowId: 'r-egz' });
    const b = applyCommand(a.plan, note(key, 'geändert'));
    expect(b.label).toMatch(/ändern$/);
    const c = applyCommand(b.plan, note(key, '   '));
    expect(c.label).toMatch(/löschen$/);
    expect(key in c.plan.notizen).toBe(false);
    expect(noteOf(applyCommand(c.plan, c.inverse).plan, key)).toBe('geändert');
    expect(noteOf(applyCommand(b.plan, b.inverse).plan, key)).toBe(noteOf(a.plan, key));
    expect(applyCommand(a.plan, a.inverse).plan.notizen).toEqual({});
  });

  it('refuses unknown targets and overlong texts with a German message', () => {
    const plan = beispielplan();
    expect(() => applyCommand(plan, note('quatsch', 'x'))).toThrow(
      'Unbekannte Zelle quatsch für eine Bemerkung.',
    );
    expect(() => applyCommand(plan, note('zeile:r-egz', 'x'.repeat(MAX_NOTIZ_LENGTH + 1)))).toThrow(
      /höchstens 2\.000 Zeichen/,
    );
  });

  it('the Änderungsprotokoll shows the note before and after', () => {
    const plan = beispielplan();
    const cmd = note('fig:haushalt.plan.egtAuslastung', 'Überplanung bewusst: Rückflüsse erwartet');
    const after = applyCommand(plan, cmd).plan;
    expect(describeChanges(plan, after, cmd)).toEqual([
      {
        sheet: 'portfolio',
        what: 'Bemerkung zu Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
        before: '',
        after: 'Überplanung bewusst: Rückflüsse erwartet',
      },
    ]);
  });

  it('deleting a row takes its notes along, and undo brings them back', () => {
    const plan = [
      note('row.r-egz.mittelansatz', 'Zelle'),
      note('zeile:r-egz', 'Zeile'),
      note('fig:row.r-egz.kostenJeEintritt', 'Kosten'),
      note('hh.mittelausstattung.plan', 'bleibt'),
    ].reduce((p, c) => applyCommand(p, c).plan, beispielplan());
    const del = applyCommand(plan, { type: 'deleteRows', rowIds: ['r-egz'] });
    expect(Object.keys(del.plan.notizen)).toEqual(['hh.mittelausstattung.plan']);
    expect(applyCommand(del.plan, del.inverse).plan.notizen).toEqual(plan.notizen);
  });
});

describe('describeChanges of row and text edits (Änderungsprotokoll)', () => {
  it('FbW, nachrichtlich, Kat. and Finanzierung show their values before and after', () => {
    const before = beispielplan();
    const cmd: Command = {
      type: 'patchRow',
      rowId: 'r-egz',
      patch: {
        fbw: true,
        nachrichtlich: true,
        kategorie: null,
        finanzierung: { art: 'Drittmittel', programmId: null },
      },
    };
    const after = applyCommand(before, cmd).plan;
    const entries = describeChanges(before, after, cmd);
    const where = 'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ)';
    expect(entries).toEqual([
      { sheet: 'portfolio', what: `${where} › FbW-Zeile`, before: 'nein', after: 'ja' },
      { sheet: 'portfolio', what: `${where} › nachrichtlich`, before: 'nein', after: 'ja' },
      { sheet: 'portfolio', what: `${where} › Förderkategorie`, before: 'III.1', after: '(leer)' },
      { sheet: 'portfolio', what: `${where} › Finanzierung`, before: 'EGT', after: 'Drittmittel' },
    ]);
  });

  it('a renamed area and a changed header show old and new text', () => {
    const before = beispielplan();
    const area = before.schwerpunkte[0]!;
    const rename: Command = {
      type: 'setText',
      target: { kind: 'area', areaId: area.id },
      value: 'Integration in Arbeit',
    };
    expect(describeChanges(before, applyCommand(before, rename).plan, rename)).toEqual([
      {
        sheet: 'portfolio',
        what: 'Maßnahmeportfolio › Handlungsschwerpunkt',
        before: 'Integration',
        after: 'Integration in Arbeit',
      },
    ]);
    const header: Command = { type: 'setHeader', patch: { status: 'beschlossen' } };
    expect(describeChanges(before, applyCommand(before, header).plan, header)).toEqual([
      { sheet: 'uebersicht', what: 'Plankopf › Status', before: 'Entwurf', after: 'beschlossen' },
    ]);
  });
});

/**
 * The workbook's cell notes against the plan's Bemerkungen (writeNotes.ts put them on the cell
 * the app shows them on): a note written, changed or deleted in Excel on such a cell is taken
 * through the app's `setNote` command and listed like any other change; a note on a cell the app
 * keeps no Bemerkung for is listed as not taken. Rows are found through the alignment, so a note
 * stays with its row when rows were inserted above it.
 */
import type ExcelJS from 'exceljs';
import { Calculation } from '../../calc/engine';
import { describeNoteKey } from '../../commands/describeNote';
import { sheetOfKey } from '../../commands/applyCommand';
import type { NoteKey } from '../../model/notes';
import { noteKey, noteOf, parseNoteKey } from '../../model/notes';
import type { Plan } from '../../model/plan';
import type { SheetId } from '../../model/sheets';
import { PF, PORTFOLIO_SHEET } from '../layout/portfolio';
import type { Alignment } from './alignRows';
import { quoted } from './changeList';
import type { ImportSession, Place } from './importSession';
import type { ExpectedRow, ExpectedWorkbook } from './sheetRows';

export interface NotedSheet {
  name: string;
  ws: ExcelJS.Worksheet;
  alignment: Alignment;
}

const REASON_NO_NOTE =
  'an dieser Zelle führt die App keine Bemerkung; Bemerkungen gehören zu Zahlen und Maßnahmen (Umschalt+F2 in der App)';

const at = (sheet: string, row: number, col: number): string => `${sheet}\u0001${row}\u0001${col}`;

/**
 * Excel puts the author's name, bold and ending in a colon, in front of a note it creates
 * ("Mustermann:" and a line break); that name is no part of the Bemerkung.
 */
function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note.replace(/\r\n?/g, '\n').trim();
  const runs = [...(note.texts ?? [])];
  const first = runs[0];
  if (runs.length > 1 && first?.font?.bold && /:\s*$/.test(first.text)) runs.shift();
  return runs
    .map((r) => r.text)
    .join('')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** The note key of each cell the export may put a note on, by its place in the export, and back. */
function noteKeysByPlace(
  expected: ExpectedWorkbook,
  original: Plan,
): { keys: Map<string, NoteKey>; places: Map<NoteKey, Place> } {
  const keys = new Map<string, NoteKey>();
  const places = new Map<NoteKey, Place>();
  const put = (place: Place, key: NoteKey) => {
    places.set(key, { sheet: place.sheet, row: place.row, col: place.col });
    const k = at(place.sheet, place.row, place.col);
    const other = keys.get(k);
    // Two keys on one cell (a figure that is a typed input): the one with a note wins.
    if (other === undefined || (noteOf(original, other) === '' && noteOf(original, key) !== ''))
      keys.set(k, key);
  };
  for (const [key, place] of expected.book.inputs) put(place, key);
  for (const [id, place] of expected.book.figures) put(place, noteKey({ kind: 'figure', id }));
  const portfolio = expected.sheets.find((s) => s.layout.name === PORTFOLIO_SHEET);
  for (const row of portfolio?.rows ?? [])
    if (row.tag?.startsWith('row:'))
      put(
        { sheet: PORTFOLIO_SHEET, row: row.index + 1, col: PF.instrument },
        noteKey({ kind: 'row', rowId: row.tag.slice('row:'.length) }),
      );
  return { keys, places };
}

/** Every cell note of a sheet: row number, column, text. */
function sheetNotes(ws: ExcelJS.Worksheet): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  // Empty cells keep notes too (a note on an input left blank): every cell of every row.
  ws.eachRow({ includeEmpty: true }, (row, rowNo) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (cell.note !== undefined) out.push({ row: rowNo, col, text: noteText(cell.note) });
    }),
  );
  return out;
}

function sheetOfNote(key: NoteKey, calc: () => Calculation): SheetId {
  const t = parseNoteKey(key);
  if (t?.kind === 'input') return sheetOfKey(t.key);
  if (t?.kind === 'figure') return calc().def(t.id)?.sheet ?? 'portfolio';
  return 'portfolio';
}

/** Takes the notes of `sheets` into the session's plan; run after the rows were taken. */
export function compareNotes(
  session: ImportSession,
  expected: ExpectedWorkbook,
  sheets: readonly NotedSheet[],
): void {
  const original = session.original;
  const { keys, places } = noteKeysByPlace(expected, original);
  let calculation: Calculation | null = null;
  const calc = () => (calculation ??= new Calculation(original));
  const setNote = (place: Place, key: NoteKey, text: string) => {
    const before = noteOf(original, key);
    if (text === before) return;
    const where = describeNoteKey(original, calc(), key);
    const sheet = sheetOfNote(key, calc);
    session.apply(
      place,
      text === '' ? `Löschung der Bemerkung ${quoted(before)}` : `Bemerkung ${quoted(text)}`,
      { type: 'setNote', key, text, sheet, where },
      () => ({
        what: `Bemerkung zu ${where}${text === '' ? ' gelöscht' : ''}`,
        before: before === '' ? '' : quoted(before),
        after: text === '' ? '' : quoted(text),
      }),
    );
  };

  for (const { name, ws, alignment } of sheets) {
    const expectedAt = new Map<number, ExpectedRow>();
    for (const [actual, e] of alignment.expectedOf) expectedAt.set(actual.rowNo, e);
    const seen = new Set<NoteKey>();
    for (const note of sheetNotes(ws)) {
      const e = expectedAt.get(note.row);
      const key = e ? keys.get(at(name, e.index + 1, note.col)) : undefined;
      const place = { sheet: name, row: note.row, col: note.col };
      if (key === undefined) {
        if (note.text !== '') session.skip(place, `Notiz ${quoted(note.text)}`, REASON_NO_NOTE);
        continue;
      }
      seen.add(key);
      setNote(place, key, note.text);
    }
    // Notes the export wrote and the workbook no longer has, on rows still there: deleted in Excel.
    const rows = expected.sheets.find((s) => s.layout.name === name)?.rows ?? [];
    for (const key of Object.keys(original.notizen)) {
      const place = places.get(key);
      if (seen.has(key) || place?.sheet !== name) continue;
      const e = rows[place.row - 1];
      const actual = e && alignment.matched.get(e);
      if (actual) setNote({ sheet: name, row: actual.rowNo, col: place.col }, key, '');
    }
  }
}

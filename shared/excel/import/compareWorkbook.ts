/**
 * The edited workbook against the export of the plan embedded in it (`_amip`): the plan with
 * every edit the import can take, and the list of what it took and what not. Edits run in this
 * order: names and texts, Kat. and Finanzierung (they may name a renamed row or programme), the
 * portfolio's rows (delete, insert, move), numbers, rows deleted on other sheets, then the cell
 * notes (Bemerkungen, cellNotes.ts).
 */
import type ExcelJS from 'exceljs';
import type { Command } from '../../commands/command';
import type { Plan } from '../../model/plan';
import { HELPER_SHEET } from '../exportWorkbook';
import { DRITTMITTEL_SHEET } from '../layout/drittmittel';
import { HAUSHALT_SHEET } from '../layout/haushalt';
import { PORTFOLIO_SHEET } from '../layout/portfolio';
import { PRUEFUNGEN_SHEET } from '../layout/pruefungen';
import type { SheetLayout } from '../layout/types';
import { colName } from '../layout/types';
import { META_SHEET } from '../workbookMeta';
import type { Alignment } from './alignRows';
import { alignRows } from './alignRows';
import type { ImportChange, ImportSkip } from './changeList';
import { quoted } from './changeList';
import { constantText, isBlank, isFormula, shownCell } from './cellValue';
import type { NotedSheet } from './cellNotes';
import { compareNotes } from './cellNotes';
import type { EditQueue } from './compareRow';
import { compareRow } from './compareRow';
import { headerProblem } from './headerRow';
import type { Place } from './importSession';
import { ImportSession, cellOf } from './importSession';
import type { PlanNote } from './planNotes';
import { REASON_INSERTED_OUTSIDE, portfolioIdentity, portfolioStructure } from './portfolioStructure';
import type { ActualRow, ExpectedRow, ExpectedSheet, ExpectedWorkbook } from './sheetRows';
import { expectedWorkbook, readSheetRows } from './sheetRows';

/** The workbook cannot be read as the app wrote it (columns moved): nothing is imported. */
export class ImportRefusal extends Error {}

export interface WorkbookComparison {
  plan: Plan;
  changes: ImportChange[];
  skipped: ImportSkip[];
}

const REASON_FIXED_ROW = 'die Zeile gehört fest zum Aufbau des Blatts; ihre Werte bleiben wie beim Export';
const REASON_REPORT = 'Bericht der Prüfungen zum Zeitpunkt des Exports; die App prüft selbst';
const REASON_ORDER = 'die Reihenfolge auf diesem Blatt legt die App fest; die Werte der Zeile sind gelesen';

function insertedReason(sheet: string): string {
  switch (sheet) {
    case PORTFOLIO_SHEET:
      return REASON_INSERTED_OUTSIDE;
    case DRITTMITTEL_SHEET:
      return 'eingefügte Zeile; neue Drittmittelprogramme bitte in der App anlegen';
    case HAUSHALT_SHEET:
      return 'eingefügte Zeile; neue Zuweisungen und Mittel außerhalb des EGT bitte in der App anlegen';
    default:
      return 'eingefügte Zeile; die Zeilen dieses Blatts legt die App fest';
  }
}

/** Columns inserted, deleted or moved shift the headers: then no cell can be trusted (headerRow.ts). */
function checkColumns(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const problem = headerProblem(layout, (rowNo) => {
    const texts = new Map<number, string>();
    ws.getRow(rowNo).eachCell({ includeEmpty: false }, (cell, col) => {
      texts.set(col, constantText(cell.value));
    });
    return texts;
  });
  if (problem) throw new ImportRefusal(problem);
}

function labelOf(e: ExpectedRow): string {
  for (const c of [...e.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c))
    if (c.kind === 'text') return c.text.trim();
  return '';
}

const DELETE_COMMANDS: Record<string, (id: string) => Command> = {
  'zw:': (id) => ({ type: 'deleteZuweisung', id }),
  'ae:': (id) => ({ type: 'deleteAusserhalb', id }),
  'dm:': (id) => ({ type: 'deleteDrittmittel', id }),
};

/** Rows inserted, deleted or moved that no sheet-specific rule took. */
function listRows(
  session: ImportSession,
  sheet: ExpectedSheet,
  alignment: Alignment,
  consumedInserted: ReadonlySet<ActualRow>,
  consumedDeleted: ReadonlySet<ExpectedRow>,
): void {
  const name = sheet.layout.name;
  for (const a of alignment.inserted) {
    if (consumedInserted.has(a)) continue;
    const cols = [...a.cells.keys()].sort((x, y) => x - y);
    session.skip(
      { sheet: name, row: a.rowNo, col: cols[0] ?? 1 },
      cols.map((col) => shownCell(a.cells.get(col))).join(', '),
      insertedReason(name),
      cols.map((col) => `${colName(col)}${a.rowNo}`).join(', '),
    );
  }
  for (const e of alignment.deleted) {
    if (consumedDeleted.has(e)) continue;
    const rowNo = e.index + 1;
    const at: Place = { sheet: name, row: rowNo, col: 1 };
    const cell = `Zeile ${rowNo} (beim Export)`;
    const label = labelOf(e);
    const found = `Löschung der Zeile${label ? ` ${quoted(label)}` : ''}`;
    const prefix = Object.keys(DELETE_COMMANDS).find((p) => e.tag?.startsWith(p));
    if (prefix) {
      const command = DELETE_COMMANDS[prefix]!(e.tag!.slice(prefix.length));
      session.apply(
        at,
        found,
        command,
        () => ({ what: 'Zeile gelöscht', before: quoted(label), after: '' }),
        cell,
      );
    } else session.skip(at, found, name === PRUEFUNGEN_SHEET ? REASON_REPORT : REASON_FIXED_ROW, cell);
  }
  for (const e of alignment.outOfOrder) {
    const tag = e.tag ?? '';
    if (name === PORTFOLIO_SHEET && !tag.startsWith('area:')) continue;
    const a = alignment.matched.get(e)!;
    session.skip(
      { sheet: name, row: a.rowNo, col: 2 },
      `Verschiebung der Zeile ${quoted(labelOf(e))}`,
      name === PRUEFUNGEN_SHEET ? REASON_REPORT : REASON_ORDER,
    );
  }
}

function hasContent(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      found ||= isFormula(cell.value) || !isBlank(cell.value);
    }),
  );
  return found;
}

/** Where a note about input `key` goes: its cell now, or where the export put it. */
function notePlace(session: ImportSession, expected: ExpectedWorkbook, note: PlanNote): [Place, string] {
  const now = note.key === null ? undefined : session.inputPlaces.get(note.key);
  if (now) return [now, cellOf(now)];
  const then = note.key === null ? undefined : expected.book.inputs.get(note.key);
  if (then) return [then, `${cellOf(then)} (beim Export)`];
  return [{ sheet: META_SHEET, row: 0, col: 0 }, ''];
}

/**
 * `notes`: what validating the embedded plan repaired (planNotes.ts), listed as not taken at
 * the cell they concern.
 */
export function compareWorkbook(
  wb: ExcelJS.Workbook,
  original: Plan,
  notes: readonly PlanNote[] = [],
): WorkbookComparison {
  const expected = expectedWorkbook(original);
  const names = expected.sheets.map((s) => s.layout.name);
  const session = new ImportSession(original, names);
  const queue: EditQueue = { names: [], late: [], numbers: [] };
  const structure: (() => void)[] = [];
  const rows: (() => void)[] = [];
  const noted: NotedSheet[] = [];

  for (const sheet of expected.sheets) {
    const name = sheet.layout.name;
    const ws = wb.getWorksheet(name);
    if (!ws) {
      session.skip(
        { sheet: name, row: 0, col: 0 },
        'Löschung des Blatts',
        'seine Werte bleiben wie beim Export',
        '',
      );
      continue;
    }
    checkColumns(ws, sheet.layout);
    const actual = readSheetRows(ws);
    const portfolio = name === PORTFOLIO_SHEET;
    const alignment = alignRows(sheet, actual, portfolio ? portfolioIdentity(actual, original) : undefined);
    noted.push({ name, ws, alignment });
    for (const [e, a] of alignment.matched)
      compareRow(session, queue, name, sheet.layout.columns.length, e, a);
    if (portfolio) {
      const p = portfolioStructure(session, queue, sheet, alignment, actual);
      structure.push(() => p.apply());
      rows.push(() => listRows(session, sheet, alignment, p.consumedInserted, p.consumedDeleted));
    } else rows.push(() => listRows(session, sheet, alignment, new Set(), new Set()));
  }
  const ours = new Set([...names, META_SHEET, HELPER_SHEET]);
  for (const ws of wb.worksheets) {
    if (ours.has(ws.name) || ws.state !== 'visible') continue;
    if (hasContent(ws))
      session.skip(
        { sheet: ws.name, row: 0, col: 0 },
        'neues Blatt',
        'Blätter, die nicht aus dem AMIP-Planer stammen, liest die App nicht ein',
        '',
      );
  }

  for (const run of [...queue.names, ...queue.late, ...structure]) run();
  // New rows queue their numbers while the structure is applied.
  for (const run of queue.numbers) run();
  for (const run of rows) run();
  compareNotes(session, expected, noted);
  for (const note of notes) {
    const [at, cell] = notePlace(session, expected, note);
    session.skip(at, note.found, note.reason, cell);
  }
  return { plan: session.plan, ...session.list.result() };
}

/**
 * One row of the workbook against the row the export wrote: every visible cell is compared.
 * Input cells give their number (setInputs), takeable texts their command (textRules.ts);
 * changed formulas and labels, and anything typed right of the table, are listed as not taken.
 * Edits are queued, not applied, so that names change before the texts that refer to them.
 */
import { HAUSHALT_FIELD_LABELS } from '../../model/inputLabels';
import type ExcelJS from 'exceljs';
import type { CellKey } from '../../model/cellKey';
import { cellKey, inputUnit, parseCellKey } from '../../model/cellKey';
import { MAX_INPUT_LENGTH } from '../../input/limits';
import { readInput } from '../../model/inputs';
import { excelFormulaToGerman, germanFormulaToExcel } from '../userFormula';
import { shownNumber } from './changeList';
import { constantText, formulaText, isFormula, shownCell } from './cellValue';
import { formulaShape } from './formulaShape';
import type { ImportSession, Place } from './importSession';
import { readInputNumber } from './readNumber';
import type { ActualRow, ExpectedCell, ExpectedRow } from './sheetRows';
import type { TextRule } from './textRules';
import { REASON_LABEL, textRule } from './textRules';

export const REASON_FORMULA = 'abgeleitete Zahl (Formel); die App berechnet sie selbst';
export const REASON_OUTSIDE = 'außerhalb der Tabelle; die App liest nur ihre eigenen Spalten';
export const REASON_EMPTY_CELL = 'Eintrag in einer Zelle, die die App nicht einliest';

/** Edits in the order they must run: names, then Kat./Finanzierung, then numbers. */
export interface EditQueue {
  names: (() => void)[];
  late: (() => void)[];
  numbers: (() => void)[];
}

/** What the change list shows for a cell the user cleared or filled. */
export const foundIn = (cell: ExcelJS.Cell | undefined): string => (cell ? shownCell(cell) : 'Löschung');

/** The text a cell shows: a constant's text, or a formula's stored result. */
export function shownTextOf(cell: ExcelJS.Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (isFormula(v)) return constantText((v as { result?: ExcelJS.CellValue }).result);
  return constantText(v);
}

const UMSCHICHTUNG = /^haushalt\.(plan|vorjahr)\.(umschichtung|umschichtungsquote)$/;

/** Queues the number of an input cell (`key`) if it differs from the export. */
export function compareInput(
  session: ImportSession,
  queue: EditQueue,
  at: Place,
  cell: ExcelJS.Cell | undefined,
  key: CellKey,
  label: string,
): void {
  session.inputPlaces.set(key, at);
  const read = readInputNumber(cell, key);
  if (!read.ok) {
    session.skip(at, foundIn(cell), `${read.reason} (${label})`);
    return;
  }
  const original = session.original;
  const before = readInput(original, key) ?? null;
  const formulaBefore = original.formeln[key];
  let formula: string | undefined;
  if (read.formula !== undefined && read.value !== null) {
    formula =
      formulaBefore !== undefined && germanFormulaToExcel(formulaBefore) === read.formula
        ? formulaBefore
        : (excelFormulaToGerman(read.formula) ?? undefined);
    if (formula !== undefined && formula.length > MAX_INPUT_LENGTH) formula = undefined;
    if (formula === undefined)
      session.skip(
        at,
        foundIn(cell),
        `Formel mit Bezügen oder Funktionen (${label}); übernommen wird nur ihr Ergebnis`,
      );
  }
  if (before === read.value && formulaBefore === formula) return;
  const ref = parseCellKey(key);
  const unit = ref ? inputUnit(ref) : 'eur';
  const show = (v: number | null, f: string | undefined) => shownNumber(v, unit) + (f ? ` (${f})` : '');
  const value = read.value;
  queue.numbers.push(() =>
    session.apply(
      at,
      foundIn(cell),
      { type: 'setInputs', changes: [{ key, value, ...(formula ? { formula } : {}) }] },
      (b, a) => ({
        what: label,
        before: show(readInput(b, key) ?? null, b.formeln[key]),
        after: show(readInput(a, key) ?? null, a.formeln[key]),
        cellKey: key,
      }),
    ),
  );
}

function compareFormula(
  session: ImportSession,
  queue: EditQueue,
  at: Place,
  cell: ExcelJS.Cell | undefined,
  expected: Extract<ExpectedCell, { kind: 'formula' }>,
): void {
  if (cell && isFormula(cell.value) && formulaShape(formulaText(cell)) === expected.shape) return;
  // The Umschichtung is typed as amount or as share: typing over the derived one switches.
  const m = UMSCHICHTUNG.exec(expected.figure ?? '');
  if (m && cell && !isFormula(cell.value) && typeof cell.value === 'number') {
    const field = m[2] as 'umschichtung' | 'umschichtungsquote';
    const col = m[1] as 'plan' | 'vorjahr';
    const label = HAUSHALT_FIELD_LABELS[field];
    compareInput(
      session,
      queue,
      at,
      cell,
      cellKey({ kind: 'haushalt', field, col }),
      `${label} ${col === 'plan' ? session.original.header.year : session.original.header.vorjahr}`,
    );
    return;
  }
  session.skip(at, foundIn(cell), REASON_FORMULA);
}

function compareText(
  session: ImportSession,
  queue: EditQueue,
  at: Place,
  cell: ExcelJS.Cell | undefined,
  expected: ExpectedCell | undefined,
  rule: TextRule | null,
): void {
  const now = shownTextOf(cell);
  const then = expected?.kind === 'text' ? expected.text : '';
  if (expected?.kind === 'value') {
    if (cell && !isFormula(cell.value) && cell.value === expected.value) return;
  } else if (now === then && !(cell && isFormula(cell.value))) return;
  if (rule === null) {
    session.skip(at, foundIn(cell), expected ? REASON_LABEL : REASON_EMPTY_CELL);
    return;
  }
  if ('reason' in rule) {
    session.skip(at, foundIn(cell), rule.reason);
    return;
  }
  if ('headerNumber' in rule) {
    const read = readInputNumber(cell, rule.unitKey);
    if (!read.ok) {
      session.skip(at, foundIn(cell), `${read.reason} (${rule.label})`);
      return;
    }
    const field = rule.headerNumber;
    queue.names.push(() =>
      session.apply(at, foundIn(cell), { type: 'setHeader', patch: { [field]: read.value } }, (b, a) => ({
        what: rule.label,
        before: shownNumber(b.header[field], 'eur'),
        after: shownNumber(a.header[field], 'eur'),
      })),
    );
    return;
  }
  (rule.late ? queue.late : queue.names).push(() => {
    const edit = rule.take(now, session.plan);
    if (!edit.ok) {
      session.skip(at, foundIn(cell), edit.reason);
      return;
    }
    session.apply(at, foundIn(cell), edit.command, () => ({
      what: edit.what,
      before: edit.before,
      after: edit.after,
    }));
  });
}

/** Compares all visible cells of a row the export wrote (`e`) with the row found now (`a`). */
export function compareRow(
  session: ImportSession,
  queue: EditQueue,
  sheet: string,
  lastCol: number,
  e: ExpectedRow,
  a: ActualRow,
): void {
  const cols = new Set([...e.cells.keys(), ...a.cells.keys()]);
  for (const col of [...cols].sort((x, y) => x - y)) {
    const at: Place = { sheet, row: a.rowNo, col };
    const cell = a.cells.get(col);
    if (col > lastCol) {
      session.skip(at, foundIn(cell), REASON_OUTSIDE);
      continue;
    }
    const expected = e.cells.get(col);
    if (expected?.kind === 'input') compareInput(session, queue, at, cell, expected.key, expected.label);
    else if (expected?.kind === 'formula') compareFormula(session, queue, at, cell, expected);
    else compareText(session, queue, at, cell, expected, textRule(sheet, e, col, session.original));
  }
}

/**
 * A workbook cell's value as the importer compares it: plain text for text cells, the formula
 * text for formula cells, and how it is shown in the change list. Excel and LibreOffice hand
 * back the same content in several shapes (rich text, shared formulas, numbers for typed digits).
 */
import ExcelJS from 'exceljs';
import { formatGermanPlain } from '../../format/numberFormat';

type Value = ExcelJS.CellValue;

function isObject(v: Value): v is Exclude<Value, null | undefined | string | number | boolean | Date> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** A formula (own, shared or array) rather than a constant. */
export function isFormula(v: Value): boolean {
  return isObject(v) && ('formula' in v || 'sharedFormula' in v);
}

/** The formula text of a formula cell (shared formulas translated by ExcelJS), without `=`. */
export function formulaText(cell: ExcelJS.Cell): string {
  const f = cell.formula as string | undefined;
  return typeof f === 'string' ? f.replace(/^=/, '') : '';
}

/** A constant's text: strings as they are, numbers the German way, rich text joined. */
export function constantText(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.replace(/\r\n/g, '\n');
  if (typeof v === 'number') return Number.isFinite(v) ? formatGermanPlain(v) : String(v);
  if (typeof v === 'boolean') return v ? 'WAHR' : 'FALSCH';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return '';
}

/** Nothing visible: no value, or only spaces. */
export function isBlank(v: Value): boolean {
  return !isFormula(v) && constantText(v).trim() === '';
}

/** The cell's content as the change list shows it: `„text“`, `=SUMME(…)`, `leer`. */
export function shownCell(cell: ExcelJS.Cell | undefined): string {
  if (!cell) return 'leer';
  const v = cell.value;
  if (isFormula(v)) return `„=${shorten(formulaText(cell))}“`;
  const text = constantText(v);
  return text.trim() === '' ? 'leer' : `„${shorten(text.replace(/\s*\n\s*/g, ' '))}“`;
}

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

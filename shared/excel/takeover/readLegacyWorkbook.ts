/**
 * Reads a Jobcenter's own workbook for the takeover: the same zip guard and limits as the
 * import (zipGuard.ts, before ExcelJS sees a byte), then each worksheet's non-empty cells as
 * plain data (legacySheet.ts). Nothing here interprets the table; that is the pure part.
 */
import ExcelJS from 'exceljs';
import { loadCheckedWorkbook } from '../loadCheckedWorkbook';
import type { ZipLimits } from '../zipGuard';
import type { LegacyCell, LegacyRow, LegacySheet, LegacyWorkbook } from './legacySheet';
import { MAX_CELL_TEXT, MAX_TAKEOVER_COLUMNS, MAX_TAKEOVER_ROWS } from './legacySheet';

export type ReadLegacyResult = { ok: true; book: LegacyWorkbook } | { ok: false; message: string };

const cut = (s: string): string => (s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s);

const germanDate = (d: Date): string =>
  `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;

/** The positive section of a number format shows parentheses: `(#.##0)`, `"("#,##0")"`. */
export function parensFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const positive = numFmt.split(';')[0] ?? '';
  // `_(` and `_)` only pad with the width of a parenthesis; `[…]` holds colours and conditions.
  return positive
    .replace(/_./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('(');
}

type Content = Pick<LegacyCell, 'text' | 'number'> & Partial<Pick<LegacyCell, 'date' | 'error' | 'noResult'>>;

function contentOf(v: ExcelJS.CellValue, formula: boolean): Content {
  if (v === null || v === undefined)
    return formula ? { text: '', number: null, noResult: true } : { text: '', number: null };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { text: '', number: v } : { text: '', number: null, error: true };
  if (typeof v === 'string') return { text: cut(v.replace(/\r\n?/g, '\n')), number: null };
  if (typeof v === 'boolean') return { text: v ? 'WAHR' : 'FALSCH', number: null };
  if (v instanceof Date) return { text: germanDate(v), number: null, date: true };
  if ('richText' in v && Array.isArray(v.richText))
    return { text: cut(v.richText.map((r) => r.text).join('')), number: null };
  if ('error' in v) return { text: String(v.error), number: null, error: true };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    return contentOf(result ?? null, true);
  }
  if ('text' in v && typeof v.text === 'string') return { text: cut(v.text), number: null };
  return { text: '', number: null };
}

function readSheet(ws: ExcelJS.Worksheet): LegacySheet {
  const rows: LegacyRow[] = [];
  const rowsByNumber = new Map<number, LegacyRow>();
  const masters = new Map<string, { cell: LegacyCell; row: number }>();
  const slaves: { masterRow: number; masterCol: number; row: number; col: number }[] = [];
  let tooLarge = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooLarge) return;
    if (rows.length >= MAX_TAKEOVER_ROWS) {
      tooLarge = true;
      return;
    }
    const cells: LegacyCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > MAX_TAKEOVER_COLUMNS) return;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const m = cell.master;
        slaves.push({ masterRow: Number(m.row), masterCol: Number(m.col), row: rowNumber, col });
        return;
      }
      const v = cell.value;
      const formula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
      const content = contentOf(v, formula);
      const out: LegacyCell = { col, ...content };
      if (formula) out.formula = true;
      if (cell.font?.bold) out.bold = true;
      if (out.number !== null && parensFormat(cell.numFmt)) out.parens = true;
      cells.push(out);
      masters.set(`${rowNumber}:${col}`, { cell: out, row: rowNumber });
    });
    const legacyRow = { row: rowNumber, cells };
    rows.push(legacyRow);
    rowsByNumber.set(rowNumber, legacyRow);
  });
  // A merged range's size from its covered cells; an empty master still marks the range.
  for (const s of slaves) {
    const key = `${s.masterRow}:${s.masterCol}`;
    let master = masters.get(key);
    if (!master) {
      const cell: LegacyCell = { col: s.masterCol, text: '', number: null };
      const row = rowsByNumber.get(s.masterRow);
      if (!row) continue;
      row.cells.push(cell);
      row.cells.sort((a, b) => a.col - b.col);
      master = { cell, row: s.masterRow };
      masters.set(key, master);
    }
    const span = master.cell.span ?? { rows: 1, cols: 1 };
    master.cell.span = {
      rows: Math.max(span.rows, s.row - s.masterRow + 1),
      cols: Math.max(span.cols, s.col - s.masterCol + 1),
    };
  }
  const sheet: LegacySheet = { name: ws.name, rows: rows.filter((r) => r.cells.length > 0) };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  if (tooLarge) sheet.tooLarge = true;
  return sheet;
}

/** Checks the file like the import does, then reads every worksheet. */
export async function readLegacyWorkbook(
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): Promise<ReadLegacyResult> {
  const loaded = await loadCheckedWorkbook(bytes, limits);
  if (!loaded.ok) return loaded;
  const sheets = loaded.wb.worksheets.map(readSheet);
  if (sheets.length === 0) return { ok: false, message: 'Die Arbeitsmappe enthält kein Tabellenblatt.' };
  return { ok: true, book: { sheets } };
}

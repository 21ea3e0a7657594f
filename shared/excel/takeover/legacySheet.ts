/**
 * A Jobcenter's own workbook as the takeover reads it: per sheet the non-empty cells with what
 * they show (text, number or a formula's stored result) and the few looks that carry meaning in
 * such tables (bold headings, merged cells, numbers formatted in parentheses). Plain data, so
 * the app's worker can hand it to the page and the detection stays pure and testable.
 */
import { formatGermanPlain } from '../../format/numberFormat';

export interface LegacyCell {
  /** 1-based column. */
  col: number;
  /** The text of a text cell (or a formula's text result); '' for numbers. */
  text: string;
  /** A number cell's value or a formula's stored number. */
  number: number | null;
  formula?: true;
  /** A formula without a stored result (the file was never recalculated). */
  noResult?: true;
  /** A date: Excel turns typed "1.12" into 1 December. */
  date?: true;
  /** An error value such as #BEZUG!. */
  error?: true;
  bold?: true;
  /** The number format shows positive numbers in parentheses: a nachrichtlich figure. */
  parens?: true;
  /** The top-left cell of a merged range, with the range's size. */
  span?: { rows: number; cols: number };
}

export interface LegacyRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Non-empty cells by column; the covered cells of a merged range are left out. */
  cells: LegacyCell[];
}

export interface LegacySheet {
  name: string;
  rows: LegacyRow[];
  hidden?: true;
  /** More rows than any plan has: only the first ones were read. */
  tooLarge?: true;
}

export interface LegacyWorkbook {
  sheets: LegacySheet[];
}

/** Rows and columns read per sheet; a Jobcenter's plan has a few hundred rows. */
export const MAX_TAKEOVER_ROWS = 20_000;
export const MAX_TAKEOVER_COLUMNS = 60;
/** Longer cell texts are cut (the plan file allows 20.000 characters per text). */
export const MAX_CELL_TEXT = 5_000;

/** "A", "B", …, "Z", "AA" … */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** Where a cell's content comes from: the cell itself or the merged range covering it. */
export interface CellRef {
  cell: LegacyCell;
  /** Row of the cell that holds the content (the merged range's first row). */
  row: number;
  /** True when this position is the cell itself, false when a merged range covers it. */
  own: boolean;
}

/** Looks up cells by position, merged ranges included. */
export class SheetIndex {
  private readonly byRow = new Map<number, LegacyRow>();
  private readonly covered = new Map<string, { cell: LegacyCell; row: number }>();

  constructor(readonly sheet: LegacySheet) {
    for (const r of sheet.rows) {
      this.byRow.set(r.row, r);
      for (const c of r.cells) {
        if (!c.span) continue;
        const lastCol = Math.min(c.col + c.span.cols - 1, MAX_TAKEOVER_COLUMNS);
        const lastRow = Math.min(r.row + c.span.rows - 1, r.row + MAX_TAKEOVER_ROWS);
        for (let y = r.row; y <= lastRow; y++)
          for (let x = c.col; x <= lastCol; x++)
            if (y !== r.row || x !== c.col) this.covered.set(`${y}:${x}`, { cell: c, row: r.row });
      }
    }
  }

  row(row: number): LegacyRow | undefined {
    return this.byRow.get(row);
  }

  at(row: number, col: number): CellRef | undefined {
    const own = this.byRow.get(row)?.cells.find((c) => c.col === col);
    if (own) return { cell: own, row, own: true };
    const merged = this.covered.get(`${row}:${col}`);
    return merged ? { ...merged, own: false } : undefined;
  }

  get lastRow(): number {
    return this.sheet.rows.at(-1)?.row ?? 0;
  }
}

/** What a cell shows as text: its text, or its number the German way. */
export function shownText(cell: LegacyCell | undefined): string {
  if (!cell) return '';
  if (cell.text !== '') return cell.text;
  if (cell.number !== null) return formatGermanPlain(cell.number);
  return '';
}

export const isEmptyCell = (cell: LegacyCell | undefined): boolean =>
  !cell || (cell.text.trim() === '' && cell.number === null && !cell.noResult && !cell.error);

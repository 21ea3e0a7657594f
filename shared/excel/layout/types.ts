/**
 * The workbook's cell layout as plain data: which input key or figure sits in which cell of
 * which sheet. Pure; the writer (exportWorkbook.ts) styles it and the reader
 * (importWorkbook.ts) finds the input cells through it.
 *
 * Column A of every sheet is hidden and holds a row tag (`row:<id>`, `hh:mittelausstattung`,
 * …), so the reader finds a row again even when rows were inserted or moved in Excel.
 */
import type { FigureId } from '../../calc/expr';
import type { RowFigureName } from '../../calc/portfolioTotals';
import type { CellKey, RowField } from '../../model/cellKey';
import type { InstrumentRow } from '../../model/plan';
import type { FormulaRef } from '../formulaText';

export type ExcelSheetKey =
  | 'deckblatt'
  | 'haushalt'
  | 'portfolio'
  | 'bildung'
  | 'kennzahlen'
  | 'drittmittel'
  | 'ziele'
  | 'pruefungen'
  | 'globalbudget'
  | 'verpflichtungen'
  /** One sheet per evaluated target group. */
  | 'zielgruppe';

/**
 * How a number is shown: German formats (`1.234.567 €`, `37,62 Mio. €`, `23,6 %`); for the
 * Ziele rates with more decimals (`ratio2` 21,18 %), signed changes (`change2` +2,00 %),
 * percentage points (`pp1` +2,1 Pp., the value in points), factors (`factor1` 2,6) and
 * `flag` (1 erreicht, 0 nicht erreicht); `decimal` 12,5 (VZÄ), `schluessel` 1:85.
 */
export type NumberStyle =
  | 'eur'
  | 'eurMio'
  | 'count'
  | 'ratio'
  | 'ratioWhole'
  | 'ratio2'
  | 'ratio3'
  | 'ratio4'
  | 'ratio5'
  | 'change1'
  | 'change2'
  | 'pp1'
  | 'pp2'
  | 'pp3'
  | 'factor1'
  | 'flag'
  | 'decimal'
  | 'schluessel';

export type CellContent =
  /** A typed value of the plan (or the user's own `=` formula). */
  | {
      kind: 'input';
      key: CellKey;
      label: string;
      /**
       * An instrument row's own cell (`row.<id>.<field>`) also names its row and field, as
       * InputExpr does: the writer reads the value and finds the cell by row, not by key string.
       * (While the layout is built, `field` alone is the outline's word that the cell is its
       * line's row's own; the portfolio layout adds the row or drops the field.)
       */
      row?: InstrumentRow;
      field?: RowField;
    }
  /**
   * The one cell holding this derived figure: its formula from the calculation core. A row
   * figure's cell (`row.<id>.<name>`) also names its row and name, as an input cell does.
   */
  | { kind: 'figure'; id: FigureId; row?: InstrumentRow; name?: RowFigureName }
  /** A display copy `=<ref>` of a figure or input shown elsewhere (Deckblatt, references). */
  | { kind: 'mirror'; ref: FormulaRef }
  | { kind: 'text'; text: string }
  /** A plain number that is no input of the plan (e.g. the header's Globalbudget). */
  | { kind: 'value'; value: number };

export interface LayoutCell {
  /** 1-based column (1 = A, the hidden tag column; data starts at 2 = B). */
  col: number;
  content: CellContent;
  format?: NumberStyle;
}

export type RowStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'section'
  | 'area'
  | 'data'
  | 'subtotal'
  | 'total'
  | 'nachrichtlich'
  | 'reference'
  | 'note'
  | 'blank';

export interface LayoutRow {
  /** Written into the hidden column A; unique per sheet when present. */
  tag?: string;
  /** Printed on the same page as the next row (a block and the total after it stay together). */
  keepWithNext?: boolean;
  style: RowStyle;
  cells: LayoutCell[];
}

export interface ColumnSpec {
  header: string;
  /** Width in characters. */
  width: number;
  wrap?: boolean;
}

export interface SheetLayout {
  key: ExcelSheetKey;
  name: string;
  /** columns[0] is column A (hidden tag column). */
  columns: ColumnSpec[];
  /** 1-based row of the column headers; rows above it are title rows. 0 = no header row. */
  headerRow: number;
  /** rows[0] is row 1. */
  rows: LayoutRow[];
}

export const TAG_COL = 1;

const columnLetters: string[] = [];

/** Column letters for a 1-based column number; memoised (every formula reference asks, a sheet has few columns). */
export function colName(col: number): string {
  let s = columnLetters[col];
  if (s === undefined) {
    s = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    if (Number.isInteger(col) && col >= 0 && col <= 16_384) columnLetters[col] = s;
  }
  return s;
}

export const text = (col: number, value: string): LayoutCell => ({
  col,
  content: { kind: 'text', text: value },
});
export const figureCell = (col: number, id: FigureId, format: NumberStyle): LayoutCell => ({
  col,
  content: { kind: 'figure', id },
  format,
});
export const inputCell = (col: number, key: CellKey, label: string, format: NumberStyle): LayoutCell => ({
  col,
  content: { kind: 'input', key, label },
  format,
});
export const mirrorCell = (col: number, ref: FormulaRef, format: NumberStyle): LayoutCell => ({
  col,
  content: { kind: 'mirror', ref },
  format,
});

/** Title rows and the column header row every data sheet starts with. */
export function headRows(title: string, subtitle: string, columns: ColumnSpec[]): LayoutRow[] {
  return [
    { style: 'title', cells: [text(2, title)] },
    { style: 'subtitle', cells: [text(2, subtitle)] },
    { style: 'header', cells: columns.slice(1).map((c, i) => text(i + 2, c.header)) },
  ];
}

export const HEADER_ROW = 3;

/** Rows printed on one page where they fit: each but the last is kept with the next. */
export const keptTogether = (rows: LayoutRow[]): LayoutRow[] =>
  rows.map((r, i) => (i < rows.length - 1 ? { ...r, keepWithNext: true } : r));

/**
 * Both sides of the comparison, row by row: what the export wrote for the plan embedded in the
 * workbook (expected), and what the workbook holds now (actual). Rows carry the tag of the
 * hidden column A; the visible cells start at column B.
 */
import ExcelJS from 'exceljs';
import type { FigureId } from '../../calc/expr';
import type { CellKey } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import { exportedCellValues } from '../exportWorkbook';
import type { AddressBook } from '../layout';
import type { RowStyle, SheetLayout } from '../layout/types';
import { TAG_COL } from '../layout/types';
import { isBlank, isFormula } from './cellValue';
import { formulaShape } from './formulaShape';

export type ExpectedCell =
  | { kind: 'text'; text: string }
  | { kind: 'value'; value: number }
  | { kind: 'input'; key: CellKey; label: string }
  | { kind: 'formula'; figure: FigureId | null; shape: string };

export interface ExpectedRow {
  /** 0-based; the exported row number is index + 1. */
  index: number;
  tag: string | null;
  style: RowStyle;
  cells: Map<number, ExpectedCell>;
}

export interface ExpectedSheet {
  layout: SheetLayout;
  rows: ExpectedRow[];
  byTag: Map<string, ExpectedRow>;
}

export interface ExpectedWorkbook {
  sheets: ExpectedSheet[];
  book: AddressBook;
}

/** Every cell the export writes for `plan`, formulas as shapes (formulaShape.ts). */
export function expectedWorkbook(plan: Plan): ExpectedWorkbook {
  const sheets = new Map<SheetLayout, ExpectedSheet>();
  const sheetOf = (layout: SheetLayout): ExpectedSheet => {
    let s = sheets.get(layout);
    if (!s) {
      const rows = layout.rows.map((r, index) => ({
        index,
        tag: r.tag ?? null,
        style: r.style,
        cells: new Map<number, ExpectedCell>(),
      }));
      s = { layout, rows, byTag: new Map(rows.flatMap((r) => (r.tag ? [[r.tag, r]] : []))) };
      sheets.set(layout, s);
    }
    return s;
  };
  const prepared = exportedCellValues(plan, (layout, rowIndex, spec, value) => {
    const cells = sheetOf(layout).rows[rowIndex]!.cells;
    const c = spec.content;
    switch (c.kind) {
      case 'text':
        if (c.text !== '') cells.set(spec.col, { kind: 'text', text: c.text });
        return;
      case 'value':
        cells.set(spec.col, { kind: 'value', value: c.value });
        return;
      case 'input':
        cells.set(spec.col, { kind: 'input', key: c.key, label: c.label });
        return;
      case 'figure':
      case 'mirror': {
        const formula =
          value !== null && typeof value === 'object' && 'formula' in value ? String(value.formula) : '';
        cells.set(spec.col, {
          kind: 'formula',
          figure: c.kind === 'figure' ? c.id : null,
          shape: formulaShape(formula),
        });
        return;
      }
    }
  });
  // A figure that is just a typed input (the Umschichtung's typed side) is an input cell.
  for (const [key, place] of prepared.book.inputs) {
    const layout = prepared.layouts.find((l) => l.name === place.sheet)!;
    sheetOf(layout).rows[place.row - 1]!.cells.set(place.col, { kind: 'input', key, label: place.label });
  }
  return { sheets: prepared.layouts.map(sheetOf), book: prepared.book };
}

export interface ActualRow {
  rowNo: number;
  tag: string | null;
  /** Non-empty visible cells from column B on (merged cells once), by column. */
  cells: Map<number, ExcelJS.Cell>;
}

export function readSheetRows(ws: ExcelJS.Worksheet): ActualRow[] {
  const rows: ActualRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const t = row.getCell(TAG_COL).value;
    const tag = typeof t === 'string' && t !== '' ? t : null;
    const cells = new Map<number, ExcelJS.Cell>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col === TAG_COL || cell.type === ExcelJS.ValueType.Merge) return;
      if (isFormula(cell.value) || !isBlank(cell.value)) cells.set(col, cell);
    });
    if (tag !== null || cells.size > 0) rows.push({ rowNo, tag, cells });
  });
  return rows;
}

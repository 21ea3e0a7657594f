/**
 * The workbook renderer of a sheet outline (shared/outline/): each outline column the workbook
 * draws becomes a column from B on, each line a row tagged with its id in the hidden column A.
 */
import type { Format, LineStyle, OutlineCell, OutlineTable } from '../../outline/types';
import { columnsFor, drawnBy } from '../../outline/types';
import type { ColumnSpec, LayoutCell, LayoutRow, NumberStyle, RowStyle } from './types';
import { figureCell, inputCell, mirrorCell, text } from './types';

/** The hidden tag column, then the table's columns. */
export function excelColumns(table: OutlineTable): ColumnSpec[] {
  return [
    { header: 'Kennung', width: 4 },
    ...columnsFor(table, 'excel').map((c) => ({
      header: excelHeader(c.excel?.header ?? c.header),
      width: c.excel!.width,
      ...(c.excel?.wrap ? { wrap: true } : {}),
    })),
  ];
}

/** Excel breaks a header where it has a hyphen: a soft hyphen becomes one. */
const excelHeader = (header: string): string => header.replace(/\u00AD/g, '-');

/** Lines under a heading are indented by spaces (a cell's text is what Excel and the reader share). */
const INDENT = '      ';

const STYLES: Record<LineStyle, RowStyle> = {
  data: 'data',
  group: 'area',
  subtotal: 'subtotal',
  total: 'total',
  nachrichtlich: 'nachrichtlich',
  reference: 'reference',
  note: 'note',
};

export function excelFormat(format: Format, table: OutlineTable): NumberStyle {
  return format === 'eur' && table.mio?.includes('excel') ? 'eurMio' : format;
}

function layoutCell(col: number, cell: OutlineCell, table: OutlineTable, indent: string): LayoutCell | null {
  switch (cell.kind) {
    case 'text':
      return text(col, indent + cell.text);
    case 'name':
    case 'choice':
      return text(col, cell.text);
    case 'input':
      // The typed side of a pair shares the cell of its figure (see layout/index.ts, addressBook).
      if (cell.figure !== undefined) return figureCell(col, cell.figure, excelFormat(cell.format, table));
      // An empty part of a reference shows its owner's value (a part typed later is an input).
      if (cell.fallback?.shown)
        return mirrorCell(col, { input: cell.fallback.key }, excelFormat(cell.format, table));
      return inputCell(col, cell.key, cell.label, excelFormat(cell.format, table));
    case 'figure':
      return figureCell(col, cell.id, excelFormat(cell.format, table));
    case 'view':
      return mirrorCell(col, cell.ref, excelFormat(cell.format, table));
    case 'phrase':
      // A figure inside a sentence has no formula; the workbook shows the figure in its own cell.
      return null;
  }
}

/** The table's lines as workbook rows (columns B … as `excelColumns`). */
export function excelRows(table: OutlineTable): LayoutRow[] {
  const columns = columnsFor(table, 'excel');
  return table.rows
    .filter((r) => drawnBy(r, 'excel'))
    .map((r) => {
      const cells: LayoutCell[] = [];
      columns.forEach((c, i) => {
        const cell = r.cells[c.id];
        const joined = c.excel?.joinFrom ? r.cells[c.excel.joinFrom] : undefined;
        const prefix = joined?.kind === 'text' ? `${joined.text}. ` : '';
        const indent = i === 0 && r.level ? INDENT : '';
        const spec = cell ? layoutCell(i + 2, cell, table, indent + prefix) : null;
        if (spec) cells.push(spec);
      });
      return { tag: r.id, style: STYLES[r.style], cells };
    });
}

/** A further table on the same sheet: a blank row, its caption as section heading, its rows. */
export function excelSection(table: OutlineTable): LayoutRow[] {
  return [
    { style: 'blank', cells: [] },
    { style: 'section', cells: [text(2, table.caption)] },
    ...excelRows(table),
  ];
}

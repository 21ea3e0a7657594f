/**
 * The workbook renderer of a sheet outline (shared/outline/): each outline column the workbook
 * draws becomes a column from B on, each line a row tagged with its id in the hidden column A.
 */
import type { Format, LineStyle, OutlineCell, OutlineTable } from '../../outline/types';
import { columnsFor, drawnBy } from '../../outline/types';
import type { RowFigureName } from '../../calc/portfolioTotals';
import type { RowField } from '../../model/cellKey';
import type { ColumnSpec, LayoutCell, LayoutRow, NumberStyle, RowStyle } from './types';
import { figureCell, inputCell, mirrorCell, text } from './types';

/**
 * The hidden tag column, then the sheet's columns: the first table's, each as wide as the widest
 * table of the sheet needs it (a later table's numbers showed "###" in a narrow text column),
 * and never narrower than its header's longest word (bold headers broke inside words).
 */
export function excelColumns(table: OutlineTable, ...more: readonly OutlineTable[]): ColumnSpec[] {
  const own = tableColumns(table);
  for (const other of more)
    tableColumns(other).forEach((c, i) => {
      const at = own[i];
      if (!at) own.push({ header: '', width: c.width });
      else if (c.width > at.width) own[i] = { ...at, width: c.width };
    });
  return [{ header: 'Kennung', width: 4 }, ...own];
}

function tableColumns(table: OutlineTable): ColumnSpec[] {
  return columnsFor(table, 'excel').map((c) => {
    const header = excelHeader(c.excel?.header ?? c.header);
    return {
      header,
      width: Math.max(c.excel!.width, headerWidth(header)),
      ...(c.excel?.wrap ? { wrap: true } : {}),
    };
  });
}

/** Width (in digits) a bold header's longest word needs; Excel breaks only at spaces and hyphens. */
function headerWidth(header: string): number {
  const longest = Math.max(0, ...header.split(/[\s-]+/).map((w) => w.length));
  return longest === 0 ? 0 : Math.ceil(longest * 1.05) + 1;
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

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

export function excelFormat(format: Format, table: OutlineTable, digits?: number): NumberStyle {
  switch (format) {
    case 'eur':
      return table.mio?.includes('excel') ? 'eurMio' : 'eur';
    case 'count':
    case 'ratioWhole':
    case 'flag':
    case 'decimal':
    case 'schluessel':
      return format;
    case 'ratio': {
      const d = clamp(digits ?? 1, 0, 5);
      return d === 0 ? 'ratioWhole' : d === 1 ? 'ratio' : (`ratio${d}` as NumberStyle);
    }
    case 'change':
      return `change${clamp(digits ?? 1, 1, 2)}` as NumberStyle;
    case 'pp':
      return `pp${clamp(digits ?? 1, 1, 3)}` as NumberStyle;
    case 'factor':
      return 'factor1';
  }
}

/**
 * An instrument row's own cell keeps the outline's word for its field (figure name): the
 * portfolio layout links it to its row (layout/portfolio.ts) without parsing its key.
 */
function withRowField(cell: LayoutCell, field: RowField | undefined): LayoutCell {
  if (field !== undefined && cell.content.kind === 'input') cell.content.field = field;
  return cell;
}

function withRowFigure(cell: LayoutCell, name: RowFigureName | undefined): LayoutCell {
  if (name !== undefined && cell.content.kind === 'figure') cell.content.name = name;
  return cell;
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
      if (cell.figure !== undefined)
        return figureCell(col, cell.figure, excelFormat(cell.format, table, cell.digits));
      // An empty part of a reference shows its owner's value (a part typed later is an input).
      if (cell.fallback?.shown)
        return mirrorCell(col, { input: cell.fallback.key }, excelFormat(cell.format, table, cell.digits));
      return withRowField(
        inputCell(col, cell.key, cell.label, excelFormat(cell.format, table, cell.digits)),
        cell.rowField,
      );
    case 'figure':
      return withRowFigure(
        figureCell(col, cell.id, excelFormat(cell.format, table, cell.digits)),
        cell.rowFigure,
      );
    case 'view':
      return mirrorCell(col, cell.ref, excelFormat(cell.format, table, cell.digits));
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

/**
 * A further table with columns of its own on the same sheet: a blank row, its caption, its own
 * header row (the sheet's columns are those of its first table), its rows.
 */
export function excelTable(table: OutlineTable): LayoutRow[] {
  return [
    { style: 'blank', cells: [] },
    { style: 'section', cells: [text(2, table.caption)] },
    {
      style: 'header',
      cells: columnsFor(table, 'excel').map((c, i) => text(i + 2, excelHeader(c.excel?.header ?? c.header))),
    },
    ...excelRows(table),
  ];
}

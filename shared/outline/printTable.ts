/**
 * The print renderer of a sheet outline: a table of formatted texts, used by the print pack
 * (renderer/print/) and the Word export (shared/docx/). A Vorjahr the plan does not record
 * prints blank; amounts print in Mio. € where the table says.
 */
import {
  formatCount,
  formatDecimal,
  formatEur,
  formatFigure,
  formatMioEur,
  formatPercent,
  formatSchluessel,
} from '../format/numberFormat';
import { formatRange } from '../format/rangeFormat';
import type { Num } from '../model/plan';
import type { Format, LineStyle, OutlineCell, OutlineRow, OutlineTable } from './types';
import { columnsFor, drawnBy } from './types';
import type { FigureId } from '../calc/expr';
import type { CellKey } from '../model/cellKey';

/** The values a printed table shows: figures by id, inputs by cell key. */
export interface PackValues {
  get(id: FigureId): Num;
  input(key: CellKey): Num;
}

export type Align = 'left' | 'right';
/** body: an ordinary line; group: a heading line inside a table; sub/total: sums (bold). */
export type RowKind = 'body' | 'group' | 'subtotal' | 'total' | 'nachrichtlich' | 'reference' | 'note';

export interface PrintCell {
  text: string;
  colSpan?: number;
}

export interface PrintRow {
  kind: RowKind;
  cells: PrintCell[];
  /** Indentation of the first cell (lines under a category, Zuweisungen). */
  level?: 0 | 1;
}

export interface PrintColumn {
  header: string;
  align: Align;
  /** Share of the table width in percent. */
  width: number;
}

export interface PrintTable {
  id: string;
  caption: string;
  columns: PrintColumn[];
  rows: PrintRow[];
  /** Lines printed under the table. */
  notes: string[];
}

export const cell = (text: string, colSpan?: number): PrintCell => (colSpan ? { text, colSpan } : { text });

const KINDS: Record<LineStyle, RowKind> = {
  data: 'body',
  group: 'group',
  subtotal: 'subtotal',
  total: 'total',
  nachrichtlich: 'nachrichtlich',
  reference: 'reference',
  note: 'note',
};

/** A number in its print format (in parentheses when nachrichtlich). */
export function printNumber(
  v: Num,
  format: Format,
  mio: boolean,
  nachrichtlich = false,
  digits?: number,
): string {
  const opts = nachrichtlich ? { nachrichtlich: true } : undefined;
  switch (format) {
    case 'eur':
      return mio ? formatMioEur(v, 2, opts) : formatEur(v, opts);
    case 'count':
      return formatCount(v, opts);
    case 'ratio':
      return formatPercent(v, digits ?? 1, opts);
    case 'ratioWhole':
      return formatPercent(v, 0, opts);
    case 'change':
    case 'pp':
    case 'factor':
    case 'flag':
      return formatFigure(v, format, digits !== undefined ? { digits } : {});
    case 'decimal':
      return formatDecimal(v, opts);
    case 'schluessel':
      return formatSchluessel(v);
  }
}

export function printText(c: OutlineCell, values: PackValues, mio: boolean): string {
  switch (c.kind) {
    case 'text':
    case 'name':
      return c.text;
    case 'choice':
      return c.short ?? c.text;
    case 'phrase': {
      const v = values.get(c.id);
      return v === null ? '' : `${c.before ?? ''}${printNumber(v, c.format, mio)}${c.after ?? ''}`;
    }
    default: {
      if (c.unrecorded) return '';
      // A range of cases prints as "800–1.200".
      if (c.bis !== undefined) {
        const von =
          c.kind === 'figure'
            ? values.get(c.id)
            : c.kind === 'input'
              ? values.input(c.key)
              : 'fig' in c.ref
                ? values.get(c.ref.fig)
                : values.input(c.ref.input);
        const bis = c.kind === 'figure' ? values.get(c.bis) : values.input(c.bis);
        return formatRange(von, bis, c.nachrichtlich ? { nachrichtlich: true } : undefined);
      }
      if (c.kind === 'input' && c.fallback?.shown)
        return printNumber(values.input(c.fallback.key), c.format, mio, c.nachrichtlich);
      const v =
        c.kind === 'figure'
          ? values.get(c.id)
          : c.kind === 'input'
            ? c.figure !== undefined
              ? values.get(c.figure)
              : values.input(c.key)
            : 'fig' in c.ref
              ? values.get(c.ref.fig)
              : values.input(c.ref.input);
      return printNumber(v, c.format, mio, c.nachrichtlich, c.digits);
    }
  }
}

export function printColumns(table: OutlineTable): PrintColumn[] {
  return columnsFor(table, 'print').map((c) => ({
    header: c.print!.header ?? c.header,
    align: c.align,
    width: c.print!.width,
  }));
}

export function printRow(row: OutlineRow, table: OutlineTable, values: PackValues): PrintRow {
  const mio = table.mio?.includes('print') ?? false;
  const columns = columnsFor(table, 'print');
  const cells: PrintCell[] = [];
  // A label that starts a line takes the empty columns before it ("Summe" under Nr. and Berufsbereich).
  const lead = columns.findIndex((c) => row.cells[c.id] !== undefined);
  let skip = 0;
  columns.forEach((c, i) => {
    if (i < lead || skip > 0) {
      if (i >= lead) skip--;
      return;
    }
    const content = row.cells[c.id];
    const own = content?.kind === 'text' || content?.kind === 'name' ? (content.span ?? 1) : 1;
    const span = i === lead && content?.kind === 'text' ? own + lead : own;
    skip = own - 1;
    cells.push(cell(content ? printText(content, values, mio) : '', span > 1 ? span : undefined));
  });
  return { kind: KINDS[row.style], ...(row.level ? { level: row.level } : {}), cells };
}

/** The lines print draws. */
export function printRows(table: OutlineTable, values: PackValues): PrintRow[] {
  return table.rows.filter((r) => drawnBy(r, 'print')).map((r) => printRow(r, table, values));
}

/** The whole table with its caption and notes; `more` adds the lines of further tables below. */
export function printTable(
  table: OutlineTable,
  values: PackValues,
  more: readonly OutlineTable[] = [],
): PrintTable {
  return {
    id: table.id,
    caption: table.caption,
    columns: printColumns(table),
    rows: [table, ...more].flatMap((t) => printRows(t, values)),
    notes: [...(table.notes ?? [])],
  };
}

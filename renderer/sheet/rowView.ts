/**
 * Sort and filter as a view, the way a planner uses Excel's AutoFilter on a structured sheet:
 * only the rows between headings and sums (kind data and reference) are sorted and filtered,
 * each run in place, so headings, sums and totals stay where they are and keep their figures.
 * The plan's own order is untouched; an empty view gives the rows back as they were. The
 * filter models are AG Grid's (the column menus in German collect them), read here. Pure.
 */
import type { SheetRow } from './cellSpec';

export type ColumnFilter =
  | { filterType: 'text'; type?: string | null; filter?: string | null }
  | { filterType: 'number'; type?: string | null; filter?: number | null; filterTo?: number | null };

export interface RowViewSpec {
  sort: { colId: string; desc: boolean } | null;
  filters: Readonly<Record<string, ColumnFilter>>;
  /** The quick filter: every word must appear somewhere in the row. */
  quick: string;
}

export const NO_VIEW: RowViewSpec = { sort: null, filters: {}, quick: '' };

export function isViewActive(v: RowViewSpec): boolean {
  return v.sort !== null || Object.keys(v.filters).length > 0 || v.quick.trim() !== '';
}

/** How the view reads a cell: its shown text and its value (a number for numeric cells). */
export interface CellReader {
  text(row: SheetRow, colId: string): string;
  value(row: SheetRow, colId: string): number | string | null;
}

const MOVABLE = new Set(['data', 'reference']);
const lower = (s: string) => s.toLocaleLowerCase('de-DE');

function textPasses(f: Extract<ColumnFilter, { filterType: 'text' }>, shown: string): boolean {
  const t = lower(shown.trim());
  const q = lower((f.filter ?? '').trim());
  switch (f.type ?? 'contains') {
    case 'blank':
      return t === '';
    case 'notBlank':
      return t !== '';
    case 'equals':
      return t === q;
    case 'notEqual':
      return t !== q;
    case 'startsWith':
      return t.startsWith(q);
    case 'endsWith':
      return t.endsWith(q);
    case 'notContains':
      return !t.includes(q);
    default:
      return t.includes(q);
  }
}

function numberPasses(f: Extract<ColumnFilter, { filterType: 'number' }>, v: number | null): boolean {
  const type = f.type ?? 'equals';
  if (type === 'blank') return v === null;
  if (type === 'notBlank') return v !== null;
  const a = f.filter ?? null;
  if (a === null) return true;
  if (v === null) return false;
  switch (type) {
    case 'notEqual':
      return v !== a;
    case 'greaterThan':
      return v > a;
    case 'greaterThanOrEqual':
      return v >= a;
    case 'lessThan':
      return v < a;
    case 'lessThanOrEqual':
      return v <= a;
    case 'inRange': {
      const b = f.filterTo ?? a;
      return v >= Math.min(a, b) && v <= Math.max(a, b);
    }
    default:
      return v === a;
  }
}

/** Whether a row passes the column filters and the quick filter. */
export function rowPasses(
  row: SheetRow,
  spec: RowViewSpec,
  read: CellReader,
  columns: readonly string[],
): boolean {
  for (const [colId, f] of Object.entries(spec.filters)) {
    if (f.filterType === 'number') {
      const v = read.value(row, colId);
      if (!numberPasses(f, typeof v === 'number' ? v : null)) return false;
    } else if (!textPasses(f, read.text(row, colId))) return false;
  }
  const words = lower(spec.quick).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const all = lower(columns.map((c) => read.text(row, c)).join('\u0000'));
  return words.every((w) => all.includes(w));
}

/** Empty cells last in either direction, numbers by value, texts in German order. */
function compareCells(a: number | string | null, b: number | string | null, desc: boolean): number {
  const blankA = a === null || a === '';
  const blankB = b === null || b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const d =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), 'de-DE', { numeric: true, sensitivity: 'base' });
  return desc ? -d : d;
}

/** The rows as the view shows them (the same array when no view is set). */
export function viewRows(
  rows: readonly SheetRow[],
  spec: RowViewSpec,
  read: CellReader,
  columns: readonly string[],
): readonly SheetRow[] {
  if (!isViewActive(spec)) return rows;
  const filtering = Object.keys(spec.filters).length > 0 || spec.quick.trim() !== '';
  const out: SheetRow[] = [];
  let run: SheetRow[] = [];
  const flush = () => {
    let kept = filtering ? run.filter((r) => rowPasses(r, spec, read, columns)) : run;
    const sort = spec.sort;
    if (sort) {
      // Stable: equal values keep the plan's order.
      kept = kept
        .map((row, i) => ({ row, i, v: read.value(row, sort.colId) }))
        .sort((x, y) => compareCells(x.v, y.v, sort.desc) || x.i - y.i)
        .map((x) => x.row);
    }
    out.push(...kept);
    run = [];
  };
  for (const row of rows) {
    if (MOVABLE.has(row.kind)) run.push(row);
    else {
      flush();
      out.push(row);
    }
  }
  flush();
  return out;
}

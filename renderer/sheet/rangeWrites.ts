/**
 * Which cells a paste, Ctrl+D and Delete write, as plain data for writeCells: positions are
 * indices into the rows and columns a grid shows, so this knows nothing of AG Grid. Read-only
 * cells are in the list too; writeCells skips them.
 */
import type { Command } from '../../shared/commands/command';
import type { CellBlock } from '../../shared/clipboard/tsv';
import { blockWidth } from '../../shared/clipboard/tsv';
import type { CellSpec, SheetColumn, SheetRow } from './cellSpec';
import type { CellPos, CellRange, GridBounds, Selection } from './selection';
import { cellsOf, pasteTarget, toRange } from './selection';
import type { CellWrite, PlanView } from './writeCells';
import { editText } from './writeCells';

/** The rows and columns a grid shows. */
export interface GridView {
  rows: readonly SheetRow[];
  columns: readonly SheetColumn[];
}

/** Where a pasted block's rows go when the grid decides (the portfolio creates rows). */
export interface PasteRows {
  /** Rows the block's rows land on (may include rows the prelude creates). */
  rows: SheetRow[];
  /** Runs before the values are written, in the same undo step (e.g. insertRows). */
  prelude?: Command;
}

export function boundsOf(view: GridView): GridBounds {
  return { rows: view.rows.length, cols: view.columns.length };
}

export function specAt(view: GridView, pos: CellPos): CellSpec | undefined {
  const colId = view.columns[pos.col]?.id;
  return colId === undefined ? undefined : view.rows[pos.row]?.cells[colId];
}

const whereOf = (view: GridView, row: number, col: number): string =>
  `Zeile ${row + 1}, ${view.columns[col]?.header ?? ''}`;

/** Delete over a range: every cell emptied. */
export function clearWrites(view: GridView, range: CellRange): CellWrite[] {
  return cellsOf(range).map((p) => ({ spec: specAt(view, p), text: '', where: whereOf(view, p.row, p.col) }));
}

/** Ctrl+D: each column's first cell repeated into the cells below of the same kind. */
export function fillDownWrites(view: GridView, range: CellRange, s: PlanView): CellWrite[] {
  const out: CellWrite[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const first = specAt(view, { row: range.top, col });
    if (!first) continue;
    const text = editText(first, s);
    for (let row = range.top + 1; row <= range.bottom; row++) {
      const spec = specAt(view, { row, col });
      if (spec && spec.kind === first.kind) out.push({ spec, text, where: 'Ausfüllen' });
    }
  }
  return out;
}

export interface PastePlan {
  /** The cells the block lands on, as the grid shows them now (new rows: where they will be). */
  target: CellRange;
  /** The ids of the rows the block lands on: selected afterwards, wherever they then are. */
  rowIds: string[];
  writes: CellWrite[];
  prelude?: Command;
}

/**
 * A paste of `block` at the selection: from its top-left, repeated over a larger selection
 * that is a multiple of it (Excel's rule), cut at the grid's right and bottom edge. A block of
 * several rows goes where `pasteRows` says, when the grid has a rule (new portfolio rows).
 */
export function planPaste(
  view: GridView,
  sel: Selection,
  block: CellBlock,
  pasteRows?: (rows: readonly SheetRow[], startIndex: number, count: number) => PasteRows,
): PastePlan {
  const width = blockWidth(block);
  const range = toRange(sel);
  let rows: readonly SheetRow[];
  let prelude: Command | undefined;
  let target: CellRange;
  if (pasteRows && block.length > 1) {
    const res = pasteRows(view.rows, range.top, block.length);
    rows = res.rows;
    prelude = res.prelude;
    // New rows under a heading start below it; rows that exist are where they are.
    const first = rows[0] ? view.rows.indexOf(rows[0]) : -1;
    const top = first >= 0 ? first : view.rows[range.top]?.kind === 'group' ? range.top + 1 : range.top;
    target = {
      top,
      bottom: top + rows.length - 1,
      left: range.left,
      right: Math.min(range.left + width - 1, view.columns.length - 1),
    };
  } else {
    target = pasteTarget(sel, { rows: block.length, cols: width }, boundsOf(view));
    rows = view.rows.slice(target.top, target.bottom + 1);
  }
  const writes: CellWrite[] = [];
  rows.forEach((row, r) => {
    const line = block[r % block.length] ?? [];
    for (let c = target.left; c <= target.right; c++) {
      writes.push({
        spec: row.cells[view.columns[c]?.id ?? ''],
        where: whereOf(view, target.top + r, c),
        text: line[(c - target.left) % width] ?? '',
      });
    }
  });
  const rowIds = rows.map((r) => r.id);
  return prelude ? { target, rowIds, writes, prelude } : { target, rowIds, writes };
}

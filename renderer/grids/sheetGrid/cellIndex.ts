/**
 * Which grid rows show which input cell or figure: after a change only the rows that depend on
 * it repaint, and a focus target (undo, Prüfungen, a toolbar action) finds its cell. Pure.
 */
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { SheetRow } from '../../sheet/cellSpec';
import type { CellPos } from '../../sheet/selection';
import type { Pruefung } from '../../../shared/checks/pruefung';
import { textCellKey } from '../../../shared/checks/pruefung';
import type { PlanChange } from '../../state/planStore';
import { changedCheckTargets } from '../../state/checkIndex';

/** Where a cell is: a body row, or (rowIndex null) the `pinnedIndex`-th pinned row below. */
export interface CellAt {
  rowIndex: number | null;
  pinnedIndex?: number;
  colId: string;
}

export interface CellIndex {
  /** Input key → the first body row and column showing it. */
  byKey: Map<string, { rowIndex: number; colId: string }>;
  /** Figure id → the first cell showing it (body rows first, then the pinned sums). */
  byFigure: Map<string, CellAt>;
  /** Input key or figure id → ids of the rows (body and pinned) showing it. */
  byDep: Map<string, Set<string>>;
  /** Row id and plan row id → body row index. */
  rowPos: Map<string, number>;
}

export function buildCellIndex(rows: readonly SheetRow[], pinned: readonly SheetRow[] = []): CellIndex {
  const byKey = new Map<string, { rowIndex: number; colId: string }>();
  const byFigure = new Map<string, CellAt>();
  const byDep = new Map<string, Set<string>>();
  const rowPos = new Map<string, number>();
  const add = (dep: string, rowId: string) => {
    const set = byDep.get(dep);
    if (set) set.add(rowId);
    else byDep.set(dep, new Set([rowId]));
  };
  const visit = (row: SheetRow, rowIndex: number | null, pinnedIndex?: number) => {
    const at = (colId: string): CellAt =>
      pinnedIndex === undefined ? { rowIndex, colId } : { rowIndex: null, pinnedIndex, colId };
    const figureAt = (id: string, colId: string) => {
      if (!byFigure.has(id)) byFigure.set(id, at(colId));
    };
    for (const [colId, spec] of Object.entries(row.cells)) {
      if (!spec) continue;
      if (spec.kind === 'input') {
        if (rowIndex !== null && !byKey.has(spec.key)) byKey.set(spec.key, { rowIndex, colId });
        add(spec.key, row.id);
        if (spec.figure) {
          add(spec.figure, row.id);
          figureAt(spec.figure, colId);
        }
        // A range cell is found by either end; a reference's part shows its owner's value.
        if (spec.bis) {
          if (rowIndex !== null && !byKey.has(spec.bis)) byKey.set(spec.bis, { rowIndex, colId });
          add(spec.bis, row.id);
        }
        if (spec.fallback) add(spec.fallback, row.id);
      } else if (spec.kind === 'view') {
        add(spec.key, row.id);
        if (spec.bis) add(spec.bis, row.id);
      } else if (spec.kind === 'figure') {
        add(spec.id, row.id);
        figureAt(spec.id, colId);
        if (spec.bis) add(spec.bis, row.id);
      }
      // A text cell repaints when a check marks it (a commitment's Ende before its Beginn).
      else if (spec.kind === 'text') add(textCellKey(spec.target), row.id);
    }
  };
  rows.forEach((row, i) => {
    rowPos.set(row.id, i);
    if (row.planRowId) rowPos.set(row.planRowId, i);
    visit(row, i);
  });
  pinned.forEach((row, i) => visit(row, null, i));
  return { byKey, byFigure, byDep, rowPos };
}

export type Repaint =
  /** Rows are rebuilt by the screen; everything repaints after that. */
  | { kind: 'rebuild' }
  | { kind: 'all' }
  /** The rows showing these input keys or figures. */
  | { kind: 'deps'; deps: Iterable<string> };

/** What a change of the plan store repaints. */
export function repaintFor(change: PlanChange, checksNow: Pruefung[]): Repaint {
  if (change.structural || change.kind === 'load') return { kind: 'rebuild' };
  if (change.kind === 'checks') {
    // A whole run (a loaded plan): the drawn cells repaint, no index of all rows is needed.
    if (change.checkTargets === 'all') return { kind: 'all' };
    return {
      kind: 'deps',
      deps: change.checkTargets ?? changedCheckTargets(change.checksBefore ?? [], checksNow),
    };
  }
  const onlyValues = change.command?.type === 'setInputs' || change.command?.type === 'batch';
  return onlyValues
    ? { kind: 'deps', deps: [...change.changedKeys, ...change.changedFigures] }
    : { kind: 'all' };
}

/** Adds the ids of the rows showing `deps` to `into`. */
export function addRowsOf(index: CellIndex, deps: Iterable<string>, into: Set<string>): void {
  for (const dep of deps) for (const r of index.byDep.get(dep) ?? []) into.add(r);
}

/**
 * The cell a focus target points at: its input cell, else its figure's cell in the body, else
 * its row (and column), else its area's heading.
 */
export function positionOf(
  target: FocusTarget,
  index: CellIndex,
  colIndex: ReadonlyMap<string, number>,
): CellPos | null {
  const col = (id: string | undefined) => colIndex.get(id ?? '') ?? 0;
  if (target.cellKey) {
    const hit = index.byKey.get(target.cellKey);
    if (hit) return { row: hit.rowIndex, col: col(hit.colId) };
  }
  if (target.figureId) {
    const hit = index.byFigure.get(target.figureId);
    if (hit && hit.rowIndex !== null) return { row: hit.rowIndex, col: col(hit.colId) };
  }
  if (target.rowId !== undefined) {
    const r = index.rowPos.get(target.rowId);
    if (r !== undefined) return { row: r, col: col(target.column) };
  }
  if (target.areaId !== undefined) {
    const r = index.rowPos.get(`grp:${target.areaId}`);
    if (r !== undefined) return { row: r, col: col(target.column) };
  }
  return null;
}

/** A figure of a focus target that sits in a pinned sum row (Bildung's sums): its pinned cell. */
export function pinnedPositionOf(
  target: FocusTarget,
  index: CellIndex,
): { pinnedIndex: number; colId: string } | null {
  const hit = target.figureId ? index.byFigure.get(target.figureId) : undefined;
  return hit && hit.pinnedIndex !== undefined ? { pinnedIndex: hit.pinnedIndex, colId: hit.colId } : null;
}

/**
 * Which grid rows show which input cell or figure: after a change only the rows that depend on
 * it repaint, and a focus target (undo, Prüfungen, a toolbar action) finds its cell. Pure.
 */
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { CellSpec, SheetRow } from '../../sheet/cellSpec';
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
  byKey: { get(key: string): { rowIndex: number; colId: string } | undefined; readonly size: number };
  /** Figure id → the first cell showing it (body rows first, then the pinned sums). */
  byFigure: { get(id: string): CellAt | undefined };
  /** Input key or figure id → the ids of the rows (body and pinned) showing it. */
  byDep: { rowsOf(dep: string, visit: (rowId: string) => void): void };
  /** Row id and plan row id → body row index. */
  rowPos: ReadonlyMap<string, number>;
}

/**
 * The plan row a dependency belongs to, when it is one of a row's own: its inputs and figures
 * (`row.<id>.<name>`; ids may contain dots, names do not), the upper end of a kommunal range
 * (`eb.<id>`) and its texts (`text:row:<id>:<field>`).
 */
function ownerOf(dep: string): string | undefined {
  if (dep.startsWith('row.')) {
    const dot = dep.lastIndexOf('.');
    return dot > 4 ? dep.slice(4, dot) : undefined;
  }
  if (dep.startsWith('eb.')) return dep.slice(3);
  if (dep.startsWith('text:row:')) {
    const colon = dep.lastIndexOf(':');
    return colon > 9 ? dep.slice(9, colon) : undefined;
  }
  return undefined;
}

/** The dependencies a cell shows, as the repaint looks them up. */
function depsOf(spec: CellSpec, visit: (dep: string) => void): void {
  if (spec.kind === 'input') {
    visit(spec.key);
    if (spec.figure) visit(spec.figure);
    if (spec.bis) visit(spec.bis);
    if (spec.fallback) visit(spec.fallback);
  } else if (spec.kind === 'view') {
    visit(spec.key);
    if (spec.bis) visit(spec.bis);
  } else if (spec.kind === 'figure') {
    visit(spec.id);
    if (spec.bis) visit(spec.bis);
  }
  // A text cell repaints when a check marks it (a commitment's Ende before its Beginn).
  else if (spec.kind === 'text') visit(textCellKey(spec.target));
}

/**
 * Built when the rows are: the portfolio's instrument lines of a Land plan (60.000 rows, half
 * a million cells) are filed by their plan row without reading their cells (`ownRowOnly`), so
 * opening it does not wait for the cells of rows nobody looks at; a lookup that concerns such a
 * row reads that row's cells then. Every other row is indexed cell by cell.
 */
class RowCellIndex implements CellIndex {
  private readonly keys = new Map<string, { rowIndex: number; colId: string }>();
  private readonly bodyFigures = new Map<string, CellAt>();
  private readonly pinnedFigures = new Map<string, CellAt>();
  private readonly deps = new Map<string, Set<string>>();
  /** Plan row id → body index of its own line (`ownRowOnly`). */
  private readonly ownRows = new Map<string, number>();
  readonly rowPos = new Map<string, number>();

  constructor(
    private readonly rows: readonly SheetRow[],
    pinned: readonly SheetRow[],
  ) {
    rows.forEach((row, i) => {
      this.rowPos.set(row.id, i);
      if (row.planRowId) this.rowPos.set(row.planRowId, i);
      if (row.ownRowOnly && row.planRowId !== undefined) this.ownRows.set(row.planRowId, i);
      else this.visit(row, i);
    });
    pinned.forEach((row, i) => this.visit(row, null, i));
  }

  private visit(row: SheetRow, rowIndex: number | null, pinnedIndex?: number): void {
    const at = (colId: string): CellAt =>
      pinnedIndex === undefined ? { rowIndex, colId } : { rowIndex: null, pinnedIndex, colId };
    const figures = pinnedIndex === undefined ? this.bodyFigures : this.pinnedFigures;
    const figureAt = (id: string, colId: string) => {
      if (!figures.has(id)) figures.set(id, at(colId));
    };
    const keyAt = (key: string, colId: string) => {
      if (rowIndex !== null && !this.keys.has(key)) this.keys.set(key, { rowIndex, colId });
    };
    for (const [colId, spec] of Object.entries(row.cells)) {
      if (!spec) continue;
      depsOf(spec, (dep) => {
        const set = this.deps.get(dep);
        if (set) set.add(row.id);
        else this.deps.set(dep, new Set([row.id]));
      });
      if (spec.kind === 'input') {
        keyAt(spec.key, colId);
        if (spec.figure) figureAt(spec.figure, colId);
        // A range cell is found by either end.
        if (spec.bis) keyAt(spec.bis, colId);
      } else if (spec.kind === 'figure') figureAt(spec.id, colId);
    }
  }

  /** The own line of the plan row `dep` belongs to, and the column of the cell showing it. */
  private ownCell(
    dep: string,
    matches: (spec: CellSpec) => boolean,
  ): { rowIndex: number; colId: string } | undefined {
    const owner = ownerOf(dep);
    const rowIndex = owner === undefined ? undefined : this.ownRows.get(owner);
    if (rowIndex === undefined) return undefined;
    const cells = this.rows[rowIndex]!.cells;
    for (const colId in cells) {
      const spec = cells[colId];
      if (spec && matches(spec)) return { rowIndex, colId };
    }
    return undefined;
  }

  readonly byKey: CellIndex['byKey'] = (() => {
    const count = () => this.keyCount();
    return {
      get: (key: string) =>
        first(
          this.keys.get(key),
          this.ownCell(key, (s) => s.kind === 'input' && (s.key === key || s.bis === key)),
        ),
      /** Every input cell of the body (reads the own lines' cells: for tests). */
      get size() {
        return count();
      },
    };
  })();

  readonly byFigure: CellIndex['byFigure'] = {
    get: (id) => {
      const own = this.ownCell(id, (s) =>
        s.kind === 'input' ? s.figure === id : s.kind === 'figure' && s.id === id,
      );
      return first(this.bodyFigures.get(id), own) ?? this.pinnedFigures.get(id);
    },
  };

  readonly byDep: CellIndex['byDep'] = {
    rowsOf: (dep, visitRow) => {
      const found = this.deps.get(dep);
      if (found) for (const r of found) visitRow(r);
      const owner = ownerOf(dep);
      const rowIndex = owner === undefined ? undefined : this.ownRows.get(owner);
      if (rowIndex !== undefined) visitRow(this.rows[rowIndex]!.id);
    },
  };

  private keyCount(): number {
    const all = new Set(this.keys.keys());
    for (const rowIndex of this.ownRows.values())
      for (const spec of Object.values(this.rows[rowIndex]!.cells))
        if (spec?.kind === 'input') {
          all.add(spec.key);
          if (spec.bis) all.add(spec.bis);
        }
    return all.size;
  }
}

/** The earlier of two body cells. */
function first<T extends { rowIndex: number | null }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return (b.rowIndex ?? Infinity) < (a.rowIndex ?? Infinity) ? b : a;
}

export function buildCellIndex(rows: readonly SheetRow[], pinned: readonly SheetRow[] = []): CellIndex {
  return new RowCellIndex(rows, pinned);
}

/**
 * The same index, built when first asked (an edit, a jump, a paste) or by `prepare` once the
 * grid is idle: opening a Land plan then does not wait for an index of its 60.000 rows.
 */
export function lazyCellIndex(
  rows: readonly SheetRow[],
  pinned: readonly SheetRow[] = [],
): CellIndex & { prepare(): void } {
  let built: CellIndex | null = null;
  const index = () => (built ??= buildCellIndex(rows, pinned));
  return {
    byKey: {
      get: (key) => index().byKey.get(key),
      get size() {
        return index().byKey.size;
      },
    },
    byFigure: { get: (id) => index().byFigure.get(id) },
    byDep: { rowsOf: (dep, visit) => index().byDep.rowsOf(dep, visit) },
    get rowPos() {
      return index().rowPos;
    },
    prepare: () => void index(),
  };
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
  const byDep = index.byDep;
  const add = (rowId: string) => into.add(rowId);
  for (const dep of deps) byDep.rowsOf(dep, add);
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

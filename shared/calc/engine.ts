/**
 * Incremental recalculation. The engine keeps every figure's value; after an input edit only
 * the figures that depend on it (transitively) are evaluated again, in dependency order, and
 * the ids whose value actually changed are returned so the grid repaints just those.
 *
 * Structural edits (rows added, moved, re-financed, nachrichtlich toggled, areas changed)
 * change the definitions themselves: `rebuild` redefines and reports the difference.
 */
import type { CellKey } from '../model/cellKey';
import { collectInputs, readInput } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import { evaluate } from './evaluate';
import type { Lookup } from './evaluate';
import type { Expr, FigureId } from './expr';
import { forEachDependency } from './expr';
import type { FigureDef } from './figureDef';
import { defineFigures } from './figures';

export type FigureValues = ReadonlyMap<FigureId, Num>;

/** Below this many items a sum is simply re-added. */
const SUM_DELTA_MIN = 16;
const cents = (v: Num): number => Math.round((v ?? 0) * 100);

interface Graph {
  defs: Map<FigureId, FigureDef>;
  /** Figures in dependency order (each after everything it reads). */
  order: FigureDef[];
  rank: Map<FigureId, number>;
  byInput: Map<CellKey, FigureId[]>;
  byFigure: Map<FigureId, FigureId[]>;
  /** Large sums whose items are plain references, each listed once: updated by difference. */
  plainSums: Set<FigureId>;
}

function isPlainSum(e: Expr): boolean {
  if (e.op !== 'sum' || e.items.length < SUM_DELTA_MIN) return false;
  const seen = new Set<string>();
  for (const item of e.items) {
    const key = item.op === 'input' ? `i:${item.key}` : item.op === 'fig' ? `f:${item.id}` : null;
    if (key === null || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildGraph(defsList: FigureDef[]): Graph {
  const defs = new Map<FigureId, FigureDef>();
  for (const d of defsList) defs.set(d.id, d);
  const byInput = new Map<CellKey, FigureId[]>();
  const byFigure = new Map<FigureId, FigureId[]>();
  const reads = new Map<FigureId, FigureId[]>();
  for (const d of defsList) {
    const figs: FigureId[] = [];
    forEachDependency(d.expr, (dep) => {
      if (dep.input !== undefined) push(byInput, dep.input, d.id);
      if (dep.fig !== undefined) {
        if (!defs.has(dep.fig))
          throw new Error(`Kennzahl ${d.id} verweist auf unbekannte Kennzahl ${dep.fig}`);
        push(byFigure, dep.fig, d.id);
        figs.push(dep.fig);
      }
    });
    reads.set(d.id, figs);
  }
  // Depth-first topological order; definitions are acyclic by construction, checked anyway.
  const order: FigureDef[] = [];
  const state = new Map<FigureId, 1 | 2>();
  const visit = (id: FigureId): void => {
    const s = state.get(id);
    if (s === 2) return;
    if (s === 1) throw new Error(`Zirkelbezug bei Kennzahl ${id}`);
    state.set(id, 1);
    for (const dep of reads.get(id) ?? []) visit(dep);
    state.set(id, 2);
    order.push(defs.get(id)!);
  };
  for (const d of defsList) visit(d.id);
  const rank = new Map<FigureId, number>();
  order.forEach((d, i) => rank.set(d.id, i));
  const plainSums = new Set<FigureId>();
  for (const d of defsList) if (isPlainSum(d.expr)) plainSums.add(d.id);
  return { defs, order, rank, byInput, byFigure, plainSums };
}

/**
 * A sum after some of its items changed: old total plus each changed item's difference, in
 * integer cents (exact). Only for sums of plain references listed once (see `plainSums`), so a
 * changed dependency of the figure is exactly one of its items.
 */
function sumByDelta(
  id: FigureId,
  before: number,
  delta: Map<string, { before: Num; after: Num }>,
  graph: Graph,
): number {
  let total = cents(before);
  for (const [k, d] of delta) {
    const readers = k.startsWith('i:') ? graph.byInput.get(k.slice(2)) : graph.byFigure.get(k.slice(2));
    if (readers?.includes(id)) total += cents(d.after) - cents(d.before);
  }
  return total / 100;
}

export class Calculation {
  private graph: Graph;
  private readonly values = new Map<FigureId, Num>();
  /** Input values as last read from the plan (a missing key is an empty cell). */
  private inputs: Map<CellKey, Num>;
  private readonly lookup: Lookup;

  constructor(plan: Plan) {
    this.inputs = collectInputs(plan);
    this.lookup = {
      input: (key) => this.inputs.get(key) ?? null,
      fig: (id) => this.values.get(id) ?? null,
    };
    this.graph = buildGraph(defineFigures(plan));
    for (const d of this.graph.order) this.values.set(d.id, evaluate(d.expr, this.lookup));
  }

  get(id: FigureId): Num {
    return this.values.get(id) ?? null;
  }

  has(id: FigureId): boolean {
    return this.graph.defs.has(id);
  }

  def(id: FigureId): FigureDef | undefined {
    return this.graph.defs.get(id);
  }

  /** All definitions in dependency order. */
  definitions(): readonly FigureDef[] {
    return this.graph.order;
  }

  snapshot(): FigureValues {
    return new Map(this.values);
  }

  /** After value edits of `keys` (structure unchanged): recompute dependents, return changed ids. */
  updateInputs(plan: Plan, keys: readonly CellKey[]): FigureId[] {
    // Old and new value of every changed input and, as they are recomputed, of every figure:
    // a sum moves by the difference of its changed items instead of re-adding thousands of rows.
    const delta = new Map<string, { before: Num; after: Num }>();
    for (const key of keys) {
      const before = this.inputs.get(key) ?? null;
      const after = readInput(plan, key) ?? null;
      this.inputs.set(key, after);
      delta.set(`i:${key}`, { before, after });
    }
    const dirty = new Set<FigureId>();
    const stack: FigureId[] = [];
    for (const key of keys) for (const id of this.graph.byInput.get(key) ?? []) stack.push(id);
    while (stack.length) {
      const id = stack.pop()!;
      if (dirty.has(id)) continue;
      dirty.add(id);
      for (const next of this.graph.byFigure.get(id) ?? []) stack.push(next);
    }
    const ordered = [...dirty].sort((a, b) => this.graph.rank.get(a)! - this.graph.rank.get(b)!);
    const changed: FigureId[] = [];
    for (const id of ordered) {
      const before = this.values.get(id) ?? null;
      const expr = this.graph.defs.get(id)!.expr;
      const after =
        before !== null && this.graph.plainSums.has(id)
          ? sumByDelta(id, before, delta, this.graph)
          : evaluate(expr, this.lookup);
      if (before !== after) {
        this.values.set(id, after);
        changed.push(id);
        delta.set(`f:${id}`, { before, after });
      }
    }
    return changed;
  }

  /** After a structural edit: redefine everything, return ids that changed, appeared or vanished. */
  rebuild(plan: Plan): FigureId[] {
    const before = new Map(this.values);
    this.inputs = collectInputs(plan);
    this.graph = buildGraph(defineFigures(plan));
    this.values.clear();
    for (const d of this.graph.order) this.values.set(d.id, evaluate(d.expr, this.lookup));
    const changed: FigureId[] = [];
    for (const [id, v] of this.values) if (!before.has(id) || before.get(id) !== v) changed.push(id);
    for (const id of before.keys()) if (!this.values.has(id)) changed.push(id);
    return changed;
  }
}

/** Every figure of a plan, computed from scratch (CLI, export, tests). */
export function computeAll(plan: Plan): Record<FigureId, Num> {
  const calc = new Calculation(plan);
  const out: Record<FigureId, Num> = {};
  for (const d of calc.definitions()) out[d.id] = calc.get(d.id);
  return out;
}

/**
 * Incremental recalculation. The engine keeps every figure's value; after an input edit only
 * the figures that depend on it (transitively) are evaluated again, in dependency order, and
 * the ids whose value actually changed are returned so the grid repaints just those.
 *
 * Structural edits (rows added, moved, re-financed, nachrichtlich toggled, areas changed)
 * change the definitions themselves: `rebuild` redefines and reports the difference.
 */
import type { CellKey } from '../model/cellKey';
import { readInput } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import { evaluate } from './evaluate';
import type { Lookup } from './evaluate';
import type { FigureId } from './expr';
import { forEachDependency } from './expr';
import type { FigureDef } from './figureDef';
import { defineFigures } from './figures';

export type FigureValues = ReadonlyMap<FigureId, Num>;

interface Graph {
  defs: Map<FigureId, FigureDef>;
  /** Figures in dependency order (each after everything it reads). */
  order: FigureDef[];
  rank: Map<FigureId, number>;
  byInput: Map<CellKey, FigureId[]>;
  byFigure: Map<FigureId, FigureId[]>;
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
  return { defs, order, rank, byInput, byFigure };
}

export class Calculation {
  private graph: Graph;
  private readonly values = new Map<FigureId, Num>();
  private plan: Plan;
  private readonly lookup: Lookup;

  constructor(plan: Plan) {
    this.plan = plan;
    this.lookup = {
      input: (key) => readInput(this.plan, key) ?? null,
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
    this.plan = plan;
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
      const after = evaluate(this.graph.defs.get(id)!.expr, this.lookup);
      if (before !== after) {
        this.values.set(id, after);
        changed.push(id);
      }
    }
    return changed;
  }

  /** After a structural edit: redefine everything, return ids that changed, appeared or vanished. */
  rebuild(plan: Plan): FigureId[] {
    const before = new Map(this.values);
    this.plan = plan;
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

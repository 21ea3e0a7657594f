/**
 * The few figures of a plan the Land view needs, evaluated on demand from the plan's own
 * FigureDefs (calc/figures.ts: planFigures), without building the whole dependency graph of
 * the engine: 400 plans are read in a fraction of the time, and each value is the one the
 * engine computes (test/unit/consolidate compares them).
 */
import type { FigureId, InputExpr } from '../calc/expr';
import type { FigureDef } from '../calc/figureDef';
import { evaluate } from '../calc/evaluate';
import { planFigures } from '../calc/figures';
import { readInput } from '../model/inputs';
import type { Num, Plan } from '../model/plan';

export interface PlanReader {
  get(id: FigureId): Num;
  has(id: FigureId): boolean;
  def(id: FigureId): FigureDef | undefined;
}

export function planReader(plan: Plan): PlanReader {
  const defs = new Map<FigureId, FigureDef>();
  for (const d of planFigures(plan)) defs.set(d.id, d);
  const values = new Map<FigureId, Num>();
  const lookup = {
    input: (ref: InputExpr): Num => {
      if (ref.row !== undefined && ref.field !== undefined) return ref.row[ref.field];
      return readInput(plan, ref.key) ?? null;
    },
    fig: (id: FigureId): Num => get(id),
  };
  function get(id: FigureId): Num {
    if (values.has(id)) return values.get(id)!;
    const d = defs.get(id);
    const v = d === undefined ? null : evaluate(d.expr, lookup);
    values.set(id, v);
    return v;
  }
  return { get, has: (id) => defs.has(id), def: (id) => defs.get(id) };
}

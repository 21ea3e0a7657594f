/**
 * The few figures of a plan the Land view needs, evaluated on demand from the plan's own
 * FigureDefs (calc/figures.ts: planFigures), without building the whole dependency graph of
 * the engine: 400 plans are read in a fraction of the time, and each value is the one the
 * engine computes (test/unit/consolidate compares them). The definitions too are made on
 * demand, family by family in planFigures' order until the figure asked for is there: the
 * Land's figures need about half of them (Globalbudget, Verpflichtungen and others not).
 */
import { bildungszielFigures } from '../calc/bildungsziele';
import { deckelFigures } from '../calc/deckel';
import { drittmittelFigures } from '../calc/drittmittelTotals';
import { ausserhalbEgtFigures, egtChainFigures } from '../calc/egtChain';
import type { FigureId, InputExpr } from '../calc/expr';
import type { FigureDef } from '../calc/figureDef';
import { evaluate } from '../calc/evaluate';
import { globalbudgetFigures } from '../calc/globalbudget';
import { kennzahlFigures } from '../calc/kennzahlen';
import { portfolioFigures } from '../calc/portfolioTotals';
import { drittmittelRestFigures, verpflichtungenFigures } from '../calc/verpflichtungen';
import { zieleFigures } from '../calc/ziele';
import { zielgruppenFigures } from '../calc/zielgruppen';
import { readInput } from '../model/inputs';
import type { Num, Plan } from '../model/plan';

/**
 * planFigures' families in its order (a figure may use one of a later family: the search goes
 * on). test/unit/consolidate/consolidate.test.ts fails when planFigures has one more or other.
 */
export const PLAN_FIGURE_FAMILIES: readonly ((plan: Plan) => FigureDef[])[] = [
  egtChainFigures,
  ausserhalbEgtFigures,
  drittmittelFigures,
  portfolioFigures,
  bildungszielFigures,
  kennzahlFigures,
  deckelFigures,
  zieleFigures,
  globalbudgetFigures,
  verpflichtungenFigures,
  drittmittelRestFigures,
  zielgruppenFigures,
];

export interface PlanReader {
  get(id: FigureId): Num;
  has(id: FigureId): boolean;
  def(id: FigureId): FigureDef | undefined;
}

export function planReader(plan: Plan): PlanReader {
  const defs = new Map<FigureId, FigureDef>();
  let built = 0;
  const find = (id: FigureId): FigureDef | undefined => {
    while (!defs.has(id) && built < PLAN_FIGURE_FAMILIES.length)
      for (const d of PLAN_FIGURE_FAMILIES[built++]!(plan)) defs.set(d.id, d);
    return defs.get(id);
  };
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
    const d = find(id);
    const v = d === undefined ? null : evaluate(d.expr, lookup);
    values.set(id, v);
    return v;
  }
  return { get, has: (id) => find(id) !== undefined, def: find };
}

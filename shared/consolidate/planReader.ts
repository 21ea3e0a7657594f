/**
 * The few figures of a plan the Land view needs, evaluated on demand from the plan's own
 * FigureDefs (calc/figures.ts: planFigures), without building the whole dependency graph of
 * the engine: 400 plans are read in a fraction of the time, and each value is the one the
 * engine computes (test/unit/consolidate compares them). The definitions too are made on
 * demand, only the family that defines the figure asked for (found by its id's first segment):
 * the Land's figures need four of the twelve (Haushalt, Portfolio, Kennzahlen, Ziele).
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
 * planFigures' families in its order (a figure may use one of a later family), each with the
 * first segments of the ids it defines (`haushalt` of `haushalt.plan.umschichtung`, the whole id
 * when it has no dot): a figure's family is found without building the others, and an id no
 * family can define is absent at once. test/unit/consolidate/consolidate.test.ts fails when
 * planFigures has one more or other, or a family defines an id outside its segments.
 */
export const PLAN_FIGURE_FAMILIES: readonly FigureFamily[] = [
  { build: egtChainFigures, segments: ['haushalt'] },
  { build: ausserhalbEgtFigures, segments: ['haushalt'] },
  {
    build: drittmittelFigures,
    segments: ['drittmittel', 'mittelAktiveAmp', 'mittelAktiveAmpMitAusserhalbEgt'],
  },
  { build: portfolioFigures, segments: ['area', 'portfolio', 'ref'] },
  { build: bildungszielFigures, segments: ['bildung'] },
  { build: kennzahlFigures, segments: ['kennzahl', 'kennzahlen'] },
  { build: deckelFigures, segments: ['deckel'] },
  { build: zieleFigures, segments: ['ziel', 'zieldialog', 'ziele'] },
  { build: globalbudgetFigures, segments: ['gb', 'personal'] },
  { build: verpflichtungenFigures, segments: ['vp', 'mj'] },
  { build: drittmittelRestFigures, segments: ['drittmittel'] },
  { build: zielgruppenFigures, segments: ['zg', 'zielgruppe'] },
];

export interface FigureFamily {
  build(plan: Plan): FigureDef[];
  /** The first segments of the ids it defines. */
  segments: readonly string[];
}

/** `haushalt` of `haushalt.plan.umschichtung`; the whole id when it has no dot. */
export function idSegment(id: FigureId): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

/** The families that may define an id of a segment, in planFigures' order (by family list). */
const segmentIndexes = new WeakMap<readonly FigureFamily[], Map<string, number[]>>();
function segmentIndex(families: readonly FigureFamily[]): Map<string, number[]> {
  let index = segmentIndexes.get(families);
  if (!index) {
    index = new Map();
    for (const [i, f] of families.entries())
      for (const s of f.segments) index.set(s, [...(index.get(s) ?? []), i]);
    segmentIndexes.set(families, index);
  }
  return index;
}

export interface PlanReader {
  /** The figure's value; empty (null) when the plan has no such figure. */
  get(id: FigureId): Num;
  has(id: FigureId): boolean;
  def(id: FigureId): FigureDef | undefined;
}

/**
 * `known`: values already summed for these ids (rowTotals.ts, held equal to the engine by its
 * test); they are taken as they are, the other figures evaluated from their FigureDefs.
 * `families`: PLAN_FIGURE_FAMILIES (a test passes them wrapped to see which are built).
 */
export function planReader(
  plan: Plan,
  known?: ReadonlyMap<FigureId, Num>,
  families: readonly FigureFamily[] = PLAN_FIGURE_FAMILIES,
): PlanReader {
  const bySegment = segmentIndex(families);
  const defs = new Map<FigureId, FigureDef>();
  const built = new Array<boolean>(families.length).fill(false);
  const find = (id: FigureId): FigureDef | undefined => {
    const def = defs.get(id);
    if (def !== undefined) return def;
    for (const i of bySegment.get(idSegment(id)) ?? []) {
      if (built[i]) continue;
      built[i] = true;
      for (const d of families[i]!.build(plan)) defs.set(d.id, d);
      if (defs.has(id)) break;
    }
    return defs.get(id);
  };
  // Values by definition, not by id: an id is a fresh string each time it is written, and
  // hashing it costs more than the sum it names; one look-up by id per read is enough.
  const values = new Map<FigureDef, Num>();
  const lookup = {
    input: (ref: InputExpr): Num => {
      if (ref.row !== undefined && ref.field !== undefined) return ref.row[ref.field];
      return readInput(plan, ref.key) ?? null;
    },
    fig: (id: FigureId): Num => get(id),
  };
  function get(id: FigureId): Num {
    const k = known?.get(id);
    if (k !== undefined) return k;
    const d = find(id);
    if (d === undefined) return null;
    let v = values.get(d);
    if (v === undefined) values.set(d, (v = evaluate(d.expr, lookup)));
    return v;
  }
  return { get, has: (id) => find(id) !== undefined, def: find };
}

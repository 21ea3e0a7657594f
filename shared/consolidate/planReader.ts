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
import type { Lookup } from '../calc/evaluate';
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
  return new OnDemandReader(plan, known, families);
}

/** A class, not closures: one reader per plan, 400 in a Land, each made in a worker's stride. */
class OnDemandReader implements PlanReader, Lookup {
  private readonly bySegment: Map<string, number[]>;
  private readonly defs = new Map<FigureId, FigureDef>();
  private readonly built: boolean[];
  // Values by definition, not by id: an id is a fresh string each time it is written, and
  // hashing it costs more than the sum it names; one look-up by id per read is enough.
  private readonly values = new Map<FigureDef, Num>();

  constructor(
    private readonly plan: Plan,
    private readonly known: ReadonlyMap<FigureId, Num> | undefined,
    private readonly families: readonly FigureFamily[],
  ) {
    this.bySegment = segmentIndex(families);
    this.built = new Array<boolean>(families.length).fill(false);
  }

  /** The value; callers pass `get` on as a function, so it is bound. */
  readonly get = (id: FigureId): Num => {
    const k = this.known?.get(id);
    if (k !== undefined) return k;
    const d = this.def(id);
    if (d === undefined) return null;
    let v = this.values.get(d);
    if (v === undefined) this.values.set(d, (v = evaluate(d.expr, this)));
    return v;
  };

  has(id: FigureId): boolean {
    return this.def(id) !== undefined;
  }

  def(id: FigureId): FigureDef | undefined {
    const d = this.defs.get(id);
    if (d !== undefined) return d;
    for (const i of this.bySegment.get(idSegment(id)) ?? []) {
      if (this.built[i]) continue;
      this.built[i] = true;
      for (const f of this.families[i]!.build(this.plan)) this.defs.set(f.id, f);
      if (this.defs.has(id)) break;
    }
    return this.defs.get(id);
  }

  input(ref: InputExpr): Num {
    if (ref.row !== undefined && ref.field !== undefined) return ref.row[ref.field];
    return readInput(this.plan, ref.key) ?? null;
  }

  fig(id: FigureId): Num {
    return this.get(id);
  }
}

/**
 * A Plausibilitätsprüfung as a rule that says what it reads. `runChecks` runs every rule over
 * the whole plan; `LiveChecks` (liveChecks.ts) keeps the results after an edit by running only
 * the rules whose reads changed, so a keystroke in a Land plan of 60.000 rows re-checks one row,
 * not all of them.
 *
 * What a rule may read without declaring it: the plan's structure and texts (rows, areas,
 * names, Finanzierung, nachrichtlich, Drittmittel programmes, the header, target groups).
 * Those change only through structural or text commands: after a structural one every rule runs
 * again, after a text one every plan rule and the row rules of the rows it changed.
 */
import type { Calculation } from '../calc/engine';
import type { FigureId } from '../calc/expr';
import { figureTitle } from '../calc/figureDef';
import type { CellKey } from '../model/cellKey';
import type { Handlungsschwerpunkt, InstrumentRow, Plan } from '../model/plan';
import type { Pruefung } from './pruefung';

export interface CheckContext {
  plan: Plan;
  calc: Calculation;
  /** A figure as its definition names it, with its year ("EGT-Auslastung 2016"). */
  title(id: FigureId): string;
}

/**
 * The parts of a plan (its top-level fields) a rule may read as a whole. A command never changes
 * a plan in place (model/inputs.ts, commands/): a part an edit touched is a new object, one it
 * did not touch is the same object, so "did it change" is one comparison.
 */
export type PlanPart = Exclude<keyof Plan, 'schwerpunkte'>;

/** What a rule reads; a change of one of them runs it again. */
export interface CheckReads {
  figures?: readonly FigureId[];
  keys?: readonly CellKey[];
  /** Small parts read whole (the Zielvereinbarung, the Globalbudget, the Verpflichtungen). */
  parts?: readonly PlanPart[];
}

/**
 * A check of the plan as a whole (the EGT chain, a cap, a table's totals). `reads` lists, for
 * this plan's structure, every figure and input cell `run` reads; without `reads` the rule
 * runs after every change (right, but slower at Land scale).
 */
export interface PlanRule {
  scope: 'plan';
  /** For messages about the rule itself and for tests. */
  name: string;
  reads?: (plan: Plan) => CheckReads;
  run(ctx: CheckContext): Pruefung[];
}

/**
 * A check of one instrument row of the Maßnahmeportfolio, run for every such row. It may read
 * its own row (every field) and the row's figures (`row.<id>.*`): a row runs again when it
 * changed. `reads` lists what it reads besides (plan figures, other input cells), whose change
 * runs it for every row; without `reads` it runs for every row after every change.
 */
export interface RowRule {
  scope: 'row';
  name: string;
  reads?: (plan: Plan) => CheckReads;
  run(ctx: CheckContext, row: InstrumentRow, area: Handlungsschwerpunkt): Pruefung[];
}

/**
 * One step of the checks in the Prüfungen list's order (within a severity): a plan rule, or a
 * row rule run for every instrument row in plan order before the next step.
 */
export type CheckRule = PlanRule | RowRule;

/** `reads` of a row rule that reads nothing but its own row and the row's figures. */
export const ONLY_ITS_ROW = (): CheckReads => ({});

export function checkContext(plan: Plan, calc: Calculation): CheckContext {
  return {
    plan,
    calc,
    title: (id) => {
      const def = calc.def(id);
      return def ? figureTitle(def) : id;
    },
  };
}

/** Runs `rules` over the whole plan in their order (a row rule for every instrument row). */
export function runRules(rules: readonly CheckRule[], plan: Plan, calc: Calculation): Pruefung[] {
  const ctx = checkContext(plan, calc);
  const out: Pruefung[] = [];
  for (const rule of rules) {
    if (rule.scope === 'plan') out.push(...rule.run(ctx));
    else
      for (const area of plan.schwerpunkte)
        for (const row of area.rows) if (row.kind === 'instrument') out.push(...rule.run(ctx, row, area));
  }
  return out;
}

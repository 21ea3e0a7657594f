/**
 * The checks of an open plan, kept up to date edit by edit like the figures (calc/engine.ts):
 * after a value edit only the rules whose reads changed run again (checkRule.ts), and a row
 * rule only for the rows that changed. A keystroke in a Land plan of 60.000 rows re-checks one
 * row and the few plan rules that read a changed total, not 60.000 rows.
 *
 * The results are kept per plan rule and per row rule and row position; the list is assembled
 * from them in runChecks' order, so it always equals `runChecks(plan, calc)`. A structural
 * change (rows, areas, names, financing) runs everything again.
 */
import type { Calculation } from '../calc/engine';
import type { FigureId } from '../calc/expr';
import type { CellKey } from '../model/cellKey';
import type { Handlungsschwerpunkt, InstrumentRow, Plan } from '../model/plan';
import type { CheckContext, CheckReads, PlanPart, RowRule } from './checkRule';
import { checkContext } from './checkRule';
import { OrderedFindings } from './orderedFindings';
import type { Pruefung } from './pruefung';
import type { CheckRules } from './runChecks';
import { CHECK_RULES } from './runChecks';

/** What an edit changed, as the engine and the command report it. */
export interface CheckChange {
  /** Input cells whose value changed. */
  changedKeys: readonly CellKey[];
  /** Figures whose value changed, appeared or vanished. */
  changedFigures: readonly FigureId[];
  /** Rows, areas, names or financing changed: every rule runs again. */
  structural: boolean;
  /**
   * Something besides input values changed without changing the structure (a text such as a
   * row's Funktion or a Zuweisung's name, the plan header): every plan rule runs again, and the
   * row rules of the rows that changed. Omitted: only input values changed.
   */
  texts?: boolean;
}

/** Findings of the rules that ran again and came out different: before and after the edit. */
export interface ChecksDelta {
  before: Pruefung[];
  after: Pruefung[];
}

const NONE: readonly Pruefung[] = [];
/** About a millisecond of checks. */
const ROWS_PER_STEP = 200;

function sameFindings(a: readonly Pruefung[], b: readonly Pruefung[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.id !== y.id ||
      x.message !== y.message ||
      x.severity !== y.severity ||
      x.sheet !== y.sheet ||
      x.location.cellKey !== y.location.cellKey ||
      x.location.figureId !== y.location.figureId ||
      x.location.rowId !== y.location.rowId ||
      x.location.areaId !== y.location.areaId ||
      x.location.sheet !== y.location.sheet ||
      x.location.column !== y.location.column ||
      x.location.textKey !== y.location.textKey
    )
      return false;
  }
  return true;
}

/** Rule numbers by what they read; rules without `reads` in `always`. */
interface Dependents {
  byRead: Map<string, number[]>;
  byPart: Map<PlanPart, number[]>;
  always: number[];
}

/**
 * Rule numbers by what they read. A step per rule: some list a read per row (240.000 for a
 * Land plan), and filed at once they held the first frame after the plan's first paint.
 */
function* dependentsOf(plan: Plan, rules: CheckRules): Generator<void, Dependents> {
  const byRead = new Map<string, number[]>();
  const byPart = new Map<PlanPart, number[]>();
  const always: number[] = [];
  const file = <K>(into: Map<K, number[]>, dep: K, i: number) => {
    const list = into.get(dep);
    if (!list) into.set(dep, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < rules.length; i++) {
    const read: ((plan: Plan) => CheckReads) | undefined = rules[i]!.reads;
    if (!read) {
      always.push(i);
      continue;
    }
    const { figures = [], keys = [], parts = [] } = read(plan);
    for (const dep of figures) file(byRead, dep, i);
    for (const dep of keys) file(byRead, dep, i);
    for (const part of parts) file(byPart, part, i);
    yield;
  }
  return { byRead, byPart, always };
}

export class LiveChecks {
  private plan!: Plan;
  private ctx!: CheckContext;
  /**
   * The findings of every unit, in rule order: a plan rule is one unit, a row rule one unit per
   * row position (areas in order, references included), starting at `base[rule]`.
   */
  private findings!: OrderedFindings;
  private base: number[] = [];
  private areaStart: number[] = [];
  private deps!: Dependents;

  constructor(
    plan: Plan,
    calc: Calculation,
    private readonly rules: CheckRules = CHECK_RULES,
    /** False: filled by `inSteps`. */
    runNow = true,
  ) {
    if (runNow) this.runAll(plan, calc);
  }

  /**
   * The same checks, made a few hundred rows per step: a renderer checks a Land plan between
   * frames instead of blocking for the half second the 60.000 rows take. Edits made meanwhile
   * are given to `update` afterwards (against the plan the steps started from).
   */
  static *inSteps(
    plan: Plan,
    calc: Calculation,
    rules: CheckRules = CHECK_RULES,
  ): Generator<void, LiveChecks> {
    const live = new LiveChecks(plan, calc, rules, false);
    yield* live.fill(plan, calc);
    return live;
  }

  /** All findings, in runChecks' order (the same array until an edit changes them). */
  get checks(): Pruefung[] {
    return this.findings.list;
  }

  /** The findings pointing at an input cell key, figure id or text cell (the grids' markers), in list order. */
  forTarget(key: string): readonly Pruefung[] {
    return this.findings.forTarget(key);
  }

  /**
   * After an edit: runs the rules the change concerns. Null when no finding changed (the list
   * stays the same array), else what changed.
   */
  update(plan: Plan, calc: Calculation, change: CheckChange): ChecksDelta | null {
    if (change.structural || !this.sameShape(plan)) {
      const before = this.checks;
      this.runAll(plan, calc);
      return sameFindings(before, this.checks) ? null : { before, after: this.checks };
    }
    const old = this.plan;
    this.plan = plan;
    this.ctx = checkContext(plan, calc);
    const delta: ChecksDelta = { before: [], after: [] };

    // Rules reading a changed figure, cell or part, and those without reads, run whole; after a
    // text edit every plan rule does.
    const whole = new Set<number>(this.deps.always);
    for (const dep of change.changedKeys) for (const i of this.deps.byRead.get(dep) ?? []) whole.add(i);
    for (const dep of change.changedFigures) for (const i of this.deps.byRead.get(dep) ?? []) whole.add(i);
    for (const [part, list] of this.deps.byPart)
      if (old[part] !== plan[part]) for (const i of list) whole.add(i);
    if (change.texts) this.rules.forEach((rule, i) => rule.scope === 'plan' && whole.add(i));

    // A row rule not run whole runs for the rows that changed (a row object is replaced by
    // every edit of its cells or texts, see model/inputs.ts).
    const changedRows: [InstrumentRow, Handlungsschwerpunkt, number][] = [];
    if (old.schwerpunkte !== plan.schwerpunkte)
      plan.schwerpunkte.forEach((area, a) => {
        const before = old.schwerpunkte[a]!;
        if (before === area) return;
        const start = this.areaStart[a]!;
        area.rows.forEach((row, i) => {
          if (row !== before.rows[i] && row.kind === 'instrument') changedRows.push([row, area, start + i]);
        });
      });

    this.rules.forEach((rule, i) => {
      if (rule.scope === 'plan') {
        if (whole.has(i)) this.settle(this.base[i]!, rule.run(this.ctx), delta);
      } else if (whole.has(i))
        this.forEachInstrumentRow((row, area, p) =>
          this.settle(this.base[i]! + p, this.runRow(rule, row, area), delta),
        );
      else
        for (const [row, area, p] of changedRows)
          this.settle(this.base[i]! + p, this.runRow(rule, row, area), delta);
    });
    return delta.before.length === 0 && delta.after.length === 0 ? null : delta;
  }

  private runRow(rule: RowRule, row: InstrumentRow, area: Handlungsschwerpunkt): readonly Pruefung[] {
    const found = rule.run(this.ctx, row, area);
    return found.length ? found : NONE;
  }

  /** A unit's new findings: stored, and recorded in `delta` when they differ from the old ones. */
  private settle(unit: number, next: readonly Pruefung[], delta: ChecksDelta): void {
    const before = this.findings.unit(unit);
    if (sameFindings(before, next)) return;
    this.findings.replace(unit, next);
    delta.before.push(...before);
    delta.after.push(...next);
  }

  /** Same areas and row counts as the last run (a value edit never changes them). */
  private sameShape(plan: Plan): boolean {
    const old = this.plan.schwerpunkte;
    const now = plan.schwerpunkte;
    if (old === now) return true;
    if (old.length !== now.length) return false;
    for (let a = 0; a < now.length; a++)
      if (old[a] !== now[a] && (old[a]!.id !== now[a]!.id || old[a]!.rows.length !== now[a]!.rows.length))
        return false;
    return true;
  }

  private forEachInstrumentRow(
    fn: (row: InstrumentRow, area: Handlungsschwerpunkt, p: number) => void,
  ): void {
    this.plan.schwerpunkte.forEach((area, a) => {
      const start = this.areaStart[a]!;
      area.rows.forEach((row, i) => {
        if (row.kind === 'instrument') fn(row, area, start + i);
      });
    });
  }

  private runAll(plan: Plan, calc: Calculation): void {
    const steps = this.fill(plan, calc);
    while (!steps.next().done);
  }

  /** Every rule for `plan`; yields after each block of rows. */
  private *fill(plan: Plan, calc: Calculation): Generator<void, void> {
    this.plan = plan;
    this.ctx = checkContext(plan, calc);
    this.areaStart = [];
    let rows = 0;
    for (const area of plan.schwerpunkte) {
      this.areaStart.push(rows);
      rows += area.rows.length;
    }
    this.base = [];
    let units = 0;
    for (const rule of this.rules) {
      this.base.push(units);
      units += rule.scope === 'plan' ? 1 : rows;
    }
    this.deps = yield* dependentsOf(plan, this.rules);
    const found = new Array<readonly Pruefung[]>(units).fill(NONE);
    let done = 0;
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i]!;
      const base = this.base[i]!;
      if (rule.scope === 'plan') {
        found[base] = rule.run(this.ctx);
        // Some read all rows (the scan for double rows): each in a step of its own.
        yield;
        continue;
      }
      for (let a = 0; a < plan.schwerpunkte.length; a++) {
        const area = plan.schwerpunkte[a]!;
        const start = base + this.areaStart[a]!;
        for (let k = 0; k < area.rows.length; k++) {
          const row = area.rows[k]!;
          if (row.kind !== 'instrument') continue;
          found[start + k] = this.runRow(rule, row, area);
          if (++done % ROWS_PER_STEP === 0) yield;
        }
      }
    }
    this.findings = yield* OrderedFindings.inSteps(found);
  }
}

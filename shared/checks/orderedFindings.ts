/**
 * The findings of all check units (a plan rule, or a row rule for one row) as one list in
 * runChecks' order (by severity; within it by unit, then as the unit reported them) and by the
 * cell or figure they point at. Replacing one unit's findings costs a few array moves, not a
 * pass over the 26.000 findings of a Land plan: per severity, a Fenwick tree counts the
 * findings of the units before a unit, which is where that unit's findings sit in the list.
 */
import type { Pruefung } from './pruefung';
import { SEVERITIES, severityRank, targetsOf } from './pruefung';

const NONE: readonly Pruefung[] = [];
/** Units (or marker keys) indexed per step of `inSteps`: about a millisecond. */
const UNITS_PER_STEP = 20_000;

/** Counts per unit with prefix sums in O(log n) (a Fenwick tree). */
class PrefixCounts {
  private readonly tree: Int32Array;

  constructor(counts: ArrayLike<number>) {
    const n = counts.length;
    this.tree = new Int32Array(n + 1);
    for (let i = 1; i <= n; i++) {
      this.tree[i]! += counts[i - 1]!;
      const j = i + (i & -i);
      if (j <= n) this.tree[j]! += this.tree[i]!;
    }
  }

  add(unit: number, diff: number): void {
    for (let i = unit + 1; i < this.tree.length; i += i & -i) this.tree[i]! += diff;
  }

  /** Sum of the counts of the units before `unit`. */
  before(unit: number): number {
    let sum = 0;
    for (let i = unit; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }
}

interface TargetEntry {
  rank: number;
  unit: number;
  /** Position within the unit's findings. */
  k: number;
  check: Pruefung;
}

const byOrder = (a: TargetEntry, b: TargetEntry) => a.rank - b.rank || a.unit - b.unit || a.k - b.k;

export class OrderedFindings {
  private units: (readonly Pruefung[])[];
  private counts!: PrefixCounts[];
  private totals!: number[];
  private current!: Pruefung[];
  /** False once `list` was handed out: the next change copies it first. */
  private owned = true;
  private readonly entries = new Map<string, TargetEntry[]>();
  private readonly targets = new Map<string, readonly Pruefung[]>();

  constructor(units: (readonly Pruefung[])[], indexNow = true) {
    this.units = units;
    if (indexNow) {
      const steps = this.index();
      while (!steps.next().done);
    }
  }

  /** The same, indexed a block of units per step (a Land plan has 300.000 units). */
  static *inSteps(units: (readonly Pruefung[])[]): Generator<void, OrderedFindings> {
    const found = new OrderedFindings(units, false);
    yield* found.index();
    return found;
  }

  private *index(): Generator<void, void> {
    const units = this.units;
    const perSeverity = SEVERITIES.map(() => new Int32Array(units.length));
    const lists: Pruefung[][] = SEVERITIES.map(() => []);
    for (let u = 0; u < units.length; u++) {
      units[u]!.forEach((c, k) => {
        const rank = severityRank(c.severity);
        perSeverity[rank]![u]!++;
        lists[rank]!.push(c);
        targetsOf(c, (key) => {
          const list = this.entries.get(key);
          const entry = { rank, unit: u, k, check: c };
          if (list) list.push(entry);
          else this.entries.set(key, [entry]);
        });
      });
      if (u % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    }
    this.counts = perSeverity.map((c) => new PrefixCounts(c));
    this.totals = lists.map((l) => l.length);
    this.current = lists.flat();
    yield;
    let n = 0;
    for (const [key, list] of this.entries) {
      this.targets.set(
        key,
        list.sort(byOrder).map((e) => e.check),
      );
      if (++n % UNITS_PER_STEP === 0) yield;
    }
  }

  /** Every finding in order (the same array until a unit's findings change). */
  get list(): Pruefung[] {
    this.owned = false;
    return this.current;
  }

  unit(u: number): readonly Pruefung[] {
    return this.units[u] ?? NONE;
  }

  /** The findings pointing at an input cell key or figure id, in list order. */
  forTarget(key: string): readonly Pruefung[] {
    return this.targets.get(key) ?? NONE;
  }

  /** Puts a unit's new findings in place of its old ones. */
  replace(u: number, next: readonly Pruefung[]): void {
    const old = this.units[u] ?? NONE;
    this.units[u] = next.length ? next : NONE;
    if (!this.owned) {
      this.current = this.current.slice();
      this.owned = true;
    }
    let offset = 0;
    SEVERITIES.forEach((severity, rank) => {
      const gone = old.filter((c) => c.severity === severity).length;
      const come = next.filter((c) => c.severity === severity);
      if (gone > 0 || come.length > 0) {
        this.current.splice(offset + this.counts[rank]!.before(u), gone, ...come);
        this.counts[rank]!.add(u, come.length - gone);
        this.totals[rank]! += come.length - gone;
      }
      offset += this.totals[rank]!;
    });
    const touched = new Set<string>();
    old.forEach((c) =>
      targetsOf(c, (key) => {
        touched.add(key);
        const list = this.entries.get(key)!;
        list.splice(
          list.findIndex((e) => e.check === c),
          1,
        );
      }),
    );
    next.forEach((c, k) =>
      targetsOf(c, (key) => {
        touched.add(key);
        const entry = { rank: severityRank(c.severity), unit: u, k, check: c };
        const list = this.entries.get(key);
        if (!list) this.entries.set(key, [entry]);
        else {
          const at = list.findIndex((e) => byOrder(entry, e) < 0);
          list.splice(at < 0 ? list.length : at, 0, entry);
        }
      }),
    );
    for (const key of touched) {
      const list = this.entries.get(key)!;
      if (list.length)
        this.targets.set(
          key,
          list.map((e) => e.check),
        );
      else {
        this.entries.delete(key);
        this.targets.delete(key);
      }
    }
  }
}

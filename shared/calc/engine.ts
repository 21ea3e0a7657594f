/**
 * Incremental recalculation. The engine keeps every figure's value; after an input edit only
 * the figures that depend on it (transitively) are evaluated again, in dependency order, and
 * the ids whose value actually changed are returned so the grid repaints just those.
 *
 * Structural edits (rows added, moved, re-financed, nachrichtlich toggled, areas changed)
 * change the definitions themselves: `rebuild` redefines and reports the difference.
 *
 * Built for a Land plan (60.000 rows, 240.000 figures, 240.000 inputs): figures and inputs are
 * numbered once per build (see State), values live in flat number arrays (NaN = empty, a value
 * `evaluate` never returns), who-reads-what in flat index lists, and the four figures of each
 * row are defined, evaluated and described only when asked for (`valueOf`, `rowFigure`).
 * Every value still comes from the figure's one definition, as the Excel export renders it.
 */
import type { CellKey, RowField } from '../model/cellKey';
import { forEachInputOutsideRows, readInput, rowIndex } from '../model/inputs';
import type { InstrumentRow, Num, Plan } from '../model/plan';
import { evaluate, toCents } from './evaluate';
import type { Lookup } from './evaluate';
import type { Expr, FigureId, InputExpr } from './expr';
import type { FigureDef } from './figureDef';
import { planFigures } from './figures';
import type { RowFigureName } from './portfolioTotals';
import { ROW_FIGURE_NAMES, rowFigure, rowFigureExpr, rowFigureId } from './portfolioTotals';

export type FigureValues = ReadonlyMap<FigureId, Num>;

/** Below this many items a sum is simply re-added. */
const SUM_DELTA_MIN = 16;

const toSlot = (v: Num): number => (v === null ? NaN : v);
const fromSlot = (v: number): Num => (Number.isNaN(v) ? null : v);
/** Integer cents of a stored value; empty counts as 0, as in a sum. */
const cents = (v: number): number => (Number.isNaN(v) ? 0 : toCents(v));

/** Who reads item i: `list[start[i]]` up to `list[start[i + 1]]` (figure numbers). */
interface Readers {
  start: Int32Array;
  list: Int32Array;
}

function readersOf(count: number, from: readonly number[], to: readonly number[]): Readers {
  const start = new Int32Array(count + 1);
  for (const f of from) start[f + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, count);
  const list = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) list[next[from[e]!]!++] = to[e]!;
  return { start, list };
}

/** A row's input slots and figure numbers follow these orders. */
const ROW_FIELD_INDEX: Readonly<Record<RowField, number>> = {
  eintritte: 0,
  mittelansatz: 1,
  vorjahrEintritte: 2,
  vorjahrMittel: 3,
};
const ROW_FIELDS = Object.keys(ROW_FIELD_INDEX) as RowField[];
const ROW_FIELDS_PER_ROW = ROW_FIELDS.length;
const ROW_FIGURES_PER_ROW = ROW_FIGURE_NAMES.length;
const ROW_FIGURE_INDEX = Object.fromEntries(ROW_FIGURE_NAMES.map((n, i) => [n, i])) as Record<
  RowFigureName,
  number
>;

/**
 * One build of a plan's figures: numbering, dependencies and current values.
 *
 * Numbering: every portfolio row has a position p (areas in order, references included, so
 * positions match `rowIndex`). Row p's input cells are slots 4p..4p+3 (ROW_FIELD_INDEX), its
 * figures numbers 4p..4p+3 (ROW_FIGURE_NAMES); the other inputs and the plan figures follow.
 * So nothing per row needs a string key or a map entry, and a row key is found by parsing it.
 */
interface State {
  /** The plan of the last build or value edit (row positions are those of the build). */
  plan: Plan;
  /** The instrument row at each position as defined; null where a reference sits. */
  rows: (InstrumentRow | null)[];
  rowPos: Map<InstrumentRow, number>;
  areaStart: Int32Array;
  /** Plan figures: number `rowFigures + j` is `planDefs[j]`. */
  planDefs: FigureDef[];
  planIndex: Map<FigureId, number>;
  rowFigureCount: number;
  /** Row figures are computed when first asked for (see `valueOf`); 1 = `values` holds it. */
  rowKnown: Uint8Array;
  otherInputs: Map<CellKey, number>;
  /** Plan figure numbers in dependency order (each after everything it reads), and each one's position. */
  order: Int32Array;
  rank: Int32Array;
  inputReaders: Readers;
  figureReaders: Readers;
  /** 1: a large sum of plain references, updated by difference (one edge per listed item). */
  plainSum: Uint8Array;
  values: Float64Array;
  inputs: number[];
  lookup: Lookup;
}

/**
 * The row position and name index of a `row.<id>.<name>` key, `name` one of `names` (ids may
 * contain dots). The checks ask for two figures of every row on every edit: no allocation but
 * the id, no map but the plan's cached row index.
 */
function rowOfKey(s: State, key: string, names: readonly string[]): { p: number; name: number } | undefined {
  if (!key.startsWith('row.')) return undefined;
  for (let name = 0; name < names.length; name++) {
    const n = names[name]!;
    const dot = key.length - n.length - 1;
    if (dot <= 4 || key.charCodeAt(dot) !== 46 || !key.endsWith(n)) continue;
    const loc = rowIndex(s.plan).get(key.slice(4, dot));
    if (!loc) return undefined;
    const p = s.areaStart[loc.areaIndex]! + loc.rowIndex;
    return s.rows[p] ? { p, name } : undefined;
  }
  return undefined;
}

function inputSlotOf(s: State, key: CellKey): number | undefined {
  const at = rowOfKey(s, key, ROW_FIELDS);
  return at ? at.p * ROW_FIELDS_PER_ROW + at.name : s.otherInputs.get(key);
}

function figureOf(s: State, id: FigureId): number | undefined {
  const at = rowOfKey(s, id, ROW_FIGURE_NAMES);
  return at ? at.p * ROW_FIGURES_PER_ROW + at.name : s.planIndex.get(id);
}

/**
 * A figure's value. Row figures read only their own row's cells and nothing reads them, so
 * they are evaluated from their definition on first request (the grid shows a few hundred
 * at a time) instead of all 240.000 of a Land plan while it opens.
 */
function valueOf(s: State, f: number): number {
  if (f < s.rowFigureCount && !s.rowKnown[f]) {
    s.values[f] = toSlot(evaluate(exprOf(s, f), s.lookup));
    s.rowKnown[f] = 1;
  }
  return s.values[f]!;
}

/** Figure numbers of the row figures of every instrument row, in plan order. */
function rowFigureNumbers(s: State): number[] {
  const out: number[] = [];
  s.rows.forEach((row, p) => {
    if (row) for (let k = 0; k < ROW_FIGURES_PER_ROW; k++) out.push(p * ROW_FIGURES_PER_ROW + k);
  });
  return out;
}

function rowFigureAt(s: State, f: number): { row: InstrumentRow; name: RowFigureName } {
  return {
    row: s.rows[Math.floor(f / ROW_FIGURES_PER_ROW)]!,
    name: ROW_FIGURE_NAMES[f % ROW_FIGURES_PER_ROW]!,
  };
}

function idOf(s: State, f: number): FigureId {
  if (f >= s.rowFigureCount) return s.planDefs[f - s.rowFigureCount]!.id;
  const { row, name } = rowFigureAt(s, f);
  return rowFigureId(row.id, name);
}

function defOf(s: State, f: number): FigureDef {
  if (f >= s.rowFigureCount) return s.planDefs[f - s.rowFigureCount]!;
  const { row, name } = rowFigureAt(s, f);
  return rowFigure(row, name);
}

function exprOf(s: State, f: number): Expr {
  if (f >= s.rowFigureCount) return s.planDefs[f - s.rowFigureCount]!.expr;
  const { row, name } = rowFigureAt(s, f);
  return rowFigureExpr(row, name);
}

/** Calls `onInput` / `onFig` for every reference in the expression (no object per reference). */
function walk(e: Expr, onInput: (ref: InputExpr) => void, onFig: (id: FigureId) => void): void {
  switch (e.op) {
    case 'input':
      return onInput(e);
    case 'fig':
      return onFig(e.id);
    case 'const':
    case 'empty':
      return;
    case 'sum':
      for (const item of e.items) walk(item, onInput, onFig);
      return;
    case 'round2':
    case 'round':
      return walk(e.a, onInput, onFig);
    case 'ifFilled':
      onInput(e.test);
      return walk(e.then, onInput, onFig);
    case 'missing':
      walk(e.need, onInput, onFig);
      walk(e.have, onInput, onFig);
      return;
    case 'emptyIf':
      walk(e.cond, onInput, onFig);
      walk(e.a, onInput, onFig);
      return;
    case 'strict':
    case 'coalesce':
    case 'compare':
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'change':
      walk(e.a, onInput, onFig);
      walk(e.b, onInput, onFig);
      return;
  }
}

/**
 * Numbers rows and inputs, then defines, orders and evaluates the plan figures in one pass
 * (row figures wait for `valueOf`).
 */
function build(plan: Plan): State {
  const rows: (InstrumentRow | null)[] = [];
  const rowPos = new Map<InstrumentRow, number>();
  const areaStart = new Int32Array(plan.schwerpunkte.length);
  const inputs: number[] = [];
  plan.schwerpunkte.forEach((area, a) => {
    areaStart[a] = rows.length;
    for (const r of area.rows) {
      if (r.kind === 'instrument') {
        rowPos.set(r, rows.length);
        inputs.push(
          toSlot(r.eintritte),
          toSlot(r.mittelansatz),
          toSlot(r.vorjahrEintritte),
          toSlot(r.vorjahrMittel),
        );
      } else inputs.push(NaN, NaN, NaN, NaN);
      rows.push(r.kind === 'instrument' ? r : null);
    }
  });
  const otherInputs = new Map<CellKey, number>();
  forEachInputOutsideRows(plan, (key, value) => {
    otherInputs.set(key, inputs.length);
    inputs.push(toSlot(value));
  });

  const planDefs = planFigures(plan);
  const rowFigureCount = rows.length * ROW_FIGURES_PER_ROW;
  const n = rowFigureCount + planDefs.length;
  const planIndex = new Map<FigureId, number>();
  planDefs.forEach((d, j) => planIndex.set(d.id, rowFigureCount + j));
  const values = new Float64Array(n).fill(NaN);

  // Row cells are found through their row. References come in plan order (a row's figures
  // read the same row, a sum reads rows one after another), so the last position and the few
  // after it answer most look-ups before the map is asked.
  let lastPos = -1;
  const posOf = (row: InstrumentRow): number | undefined => {
    const end = Math.min(lastPos + 8, rows.length);
    for (let p = Math.max(lastPos, 0); p < end; p++) if (rows[p] === row) return (lastPos = p);
    const p = rowPos.get(row);
    if (p !== undefined) lastPos = p;
    return p;
  };
  const slotOf = (ref: InputExpr): number | undefined => {
    const p = ref.row && posOf(ref.row);
    return p !== undefined && ref.field !== undefined
      ? p * ROW_FIELDS_PER_ROW + ROW_FIELD_INDEX[ref.field]!
      : inputSlotOf(s, ref.key);
  };
  const lookup: Lookup = {
    input: (ref) => {
      const slot = slotOf(ref);
      return slot === undefined ? null : fromSlot(inputs[slot]!);
    },
    fig: (id) => {
      const f = figureOf(s, id);
      return f === undefined ? null : fromSlot(valueOf(s, f));
    },
  };
  const s: State = {
    plan,
    rows,
    rowPos,
    areaStart,
    planDefs,
    planIndex,
    rowFigureCount,
    rowKnown: new Uint8Array(rowFigureCount),
    otherInputs,
    order: new Int32Array(n),
    rank: new Int32Array(n).fill(-1),
    inputReaders: { start: new Int32Array(1), list: new Int32Array(0) },
    figureReaders: { start: new Int32Array(1), list: new Int32Array(0) },
    plainSum: new Uint8Array(n),
    values,
    inputs,
    lookup,
  };

  // A key no input cell has yet (e.g. a "darunter" line nobody typed in) is an empty cell that
  // still needs a slot, so a later edit finds the figures that read it.
  const inputSeen: number[] = new Array<number>(inputs.length).fill(-1);
  const slotForWalk = (ref: InputExpr): number => {
    let slot = slotOf(ref);
    if (slot === undefined) {
      slot = inputs.length;
      otherInputs.set(ref.key, slot);
      inputs.push(NaN);
      inputSeen.push(-1);
    }
    return slot;
  };
  // Dependencies as (from, to) pairs, recorded once per reader (`*Seen`: the last figure that
  // recorded an input or figure) except for plain sums, see below.
  const inputFrom: number[] = [];
  const inputTo: number[] = [];
  const figFrom: number[] = [];
  const figTo: number[] = [];
  const figSeen = new Int32Array(n).fill(-1);
  const state = new Uint8Array(n); // 0 new, 1 in progress, 2 done
  let placed = 0;

  // Depth-first: read a definition's expression once, order and evaluate its dependencies,
  // then evaluate it. Definitions are acyclic by construction, checked anyway.
  const visit = (f: number): void => {
    if (state[f] === 2) return;
    if (state[f] === 1) throw new Error(`Zirkelbezug bei Kennzahl ${idOf(s, f)}`);
    state[f] = 1;
    const expr = exprOf(s, f);
    // A large sum of plain references is updated by difference (see updateInputs). An item it
    // lists twice (a row shown twice in an area) must count twice, so its edges are not merged.
    const plain =
      expr.op === 'sum' &&
      !expr.emptyIfNone &&
      expr.items.length >= SUM_DELTA_MIN &&
      expr.items.every((item) => item.op === 'input' || item.op === 'fig');
    if (plain) s.plainSum[f] = 1;
    const reads: number[] = [];
    // A plain sum is added up from the slots found here, not looked up again by evaluate: the
    // same cents, once per item instead of twice (a Land plan's sums list 600.000 cells).
    let cents = 0;
    const onInput = (ref: InputExpr): void => {
      const slot = slotForWalk(ref);
      if (plain) {
        const v = inputs[slot]!;
        if (Number.isFinite(v)) cents += toCents(v);
      }
      if (inputSeen[slot] === f && !plain) return;
      inputSeen[slot] = f;
      inputFrom.push(slot);
      inputTo.push(f);
    };
    const onFig = (id: FigureId): void => {
      const dep = figureOf(s, id);
      if (dep === undefined) throw new Error(`Kennzahl ${idOf(s, f)} verweist auf unbekannte Kennzahl ${id}`);
      if (dep < rowFigureCount)
        throw new Error(`Kennzahl ${idOf(s, f)} darf keine Zeilenkennzahl (${id}) lesen`);
      if (figSeen[dep] === f && !plain) return;
      figSeen[dep] = f;
      figFrom.push(dep);
      figTo.push(f);
      reads.push(dep);
    };
    // A plain sum's items are references: read them in a loop, not by walking the tree.
    if (plain && expr.op === 'sum')
      for (const item of expr.items) {
        if (item.op === 'input') onInput(item);
        else if (item.op === 'fig') onFig(item.id);
      }
    else walk(expr, onInput, onFig);
    for (const dep of reads) visit(dep);
    if (plain) {
      // Every figure item of a plain sum is in `reads` (edges are not merged for plain sums).
      for (const dep of reads) {
        const v = values[dep]!;
        if (Number.isFinite(v)) cents += toCents(v);
      }
      values[f] = cents / 100;
    } else values[f] = toSlot(evaluate(expr, lookup));
    state[f] = 2;
    s.rank[f] = placed;
    s.order[placed++] = f;
  };
  for (let f = rowFigureCount; f < n; f++) visit(f);
  s.order = s.order.slice(0, placed);
  s.inputReaders = readersOf(inputs.length, inputFrom, inputTo);
  s.figureReaders = readersOf(n, figFrom, figTo);
  return s;
}

export class Calculation {
  private s: State;

  constructor(plan: Plan) {
    this.s = build(plan);
  }

  get(id: FigureId): Num {
    const f = figureOf(this.s, id);
    return f === undefined ? null : fromSlot(valueOf(this.s, f));
  }

  has(id: FigureId): boolean {
    return figureOf(this.s, id) !== undefined;
  }

  /** The definition; a row figure's is made on each call (see `rowFigure`). */
  def(id: FigureId): FigureDef | undefined {
    const f = figureOf(this.s, id);
    return f === undefined ? undefined : defOf(this.s, f);
  }

  /**
   * A row figure's value, found by its row object as defined: what `get(rowFigureId(row.id,
   * name))` gives, without a key string to build and parse (the export asks for every row's).
   */
  rowFigureValue(row: InstrumentRow, name: RowFigureName): Num {
    const p = this.s.rowPos.get(row);
    return p === undefined
      ? null
      : fromSlot(valueOf(this.s, p * ROW_FIGURES_PER_ROW + ROW_FIGURE_INDEX[name]));
  }

  /** The definitions without the row figures, in the order `definitions()` lists them. */
  planDefinitions(): FigureDef[] {
    return Array.from(this.s.order, (f) => defOf(this.s, f));
  }

  /** How many definitions `definitions()` lists, without building the row figures'. */
  figureCount(): number {
    let rows = 0;
    for (const row of this.s.rows) if (row) rows++;
    return rows * ROW_FIGURES_PER_ROW + this.s.order.length;
  }

  /** All definitions in dependency order (row figures, which read only inputs, first). */
  definitions(): readonly FigureDef[] {
    return [...rowFigureNumbers(this.s), ...this.s.order].map((f) => defOf(this.s, f));
  }

  snapshot(): FigureValues {
    const s = this.s;
    return new Map([...rowFigureNumbers(s), ...s.order].map((f) => [idOf(s, f), fromSlot(valueOf(s, f))]));
  }

  /** After value edits of `keys` (structure unchanged): recompute dependents, return changed ids. */
  updateInputs(plan: Plan, keys: readonly CellKey[]): FigureId[] {
    const s = this.s;
    s.plan = plan;
    const { inputs, inputReaders, figureReaders, plainSum, values, rank } = s;
    // A large plain sum moves by the difference of its changed items instead of re-adding
    // thousands of rows: `pending` collects that difference in cents per sum.
    const pending = new Map<number, number>();
    const addPending = (readers: Readers, item: number, diff: number): void => {
      for (let e = readers.start[item]!; e < readers.start[item + 1]!; e++) {
        const r = readers.list[e]!;
        if (plainSum[r]) pending.set(r, (pending.get(r) ?? 0) + diff);
      }
    };
    // Row figures of the edited rows: their values before the edit, to report what changed.
    const rowBefore = new Map<number, number>();
    for (const key of keys) {
      const slot = inputSlotOf(s, key);
      if (slot === undefined || slot >= s.rows.length * ROW_FIELDS_PER_ROW) continue; // not a row cell
      const first = Math.floor(slot / ROW_FIELDS_PER_ROW) * ROW_FIGURES_PER_ROW;
      for (let f = first; f < first + ROW_FIGURES_PER_ROW; f++) rowBefore.set(f, valueOf(s, f));
    }
    const dirty = new Set<number>();
    const stack: number[] = [];
    for (const key of keys) {
      const slot = inputSlotOf(s, key);
      if (slot === undefined) continue; // no cell of this plan
      const before = inputs[slot]!;
      const after = toSlot(readInput(plan, key) ?? null);
      inputs[slot] = after;
      addPending(inputReaders, slot, cents(after) - cents(before));
      for (let e = inputReaders.start[slot]!; e < inputReaders.start[slot + 1]!; e++)
        stack.push(inputReaders.list[e]!);
    }
    while (stack.length) {
      const f = stack.pop()!;
      if (dirty.has(f)) continue;
      dirty.add(f);
      for (let e = figureReaders.start[f]!; e < figureReaders.start[f + 1]!; e++)
        stack.push(figureReaders.list[e]!);
    }
    const changed: FigureId[] = [];
    for (const [f, before] of rowBefore) {
      s.rowKnown[f] = 0;
      if (fromSlot(before) !== fromSlot(valueOf(s, f))) changed.push(idOf(s, f));
    }
    const ordered = [...dirty].sort((a, b) => rank[a]! - rank[b]!);
    for (const f of ordered) {
      const before = values[f]!;
      const after =
        plainSum[f] && !Number.isNaN(before)
          ? (cents(before) + (pending.get(f) ?? 0)) / 100
          : toSlot(evaluate(exprOf(s, f), s.lookup));
      if (fromSlot(before) !== fromSlot(after)) {
        values[f] = after;
        changed.push(idOf(s, f));
        addPending(figureReaders, f, cents(after) - cents(before));
      }
    }
    return changed;
  }

  /** After a structural edit: redefine everything, return ids that changed, appeared or vanished. */
  rebuild(plan: Plan): FigureId[] {
    const old = this.s;
    const s = (this.s = build(plan));
    const changed: FigureId[] = [];
    // Row figures read only their row: a row object the new plan still holds has the same ones.
    const oldRows = rowIndex(old.plan);
    s.rows.forEach((row, p) => {
      if (!row) return;
      const loc = oldRows.get(row.id);
      const o = loc ? old.areaStart[loc.areaIndex]! + loc.rowIndex : -1;
      const oldRow = o >= 0 ? old.rows[o] : null;
      if (oldRow === row) return;
      for (let k = 0; k < ROW_FIGURES_PER_ROW; k++) {
        const f = p * ROW_FIGURES_PER_ROW + k;
        if (!oldRow || fromSlot(valueOf(old, o * ROW_FIGURES_PER_ROW + k)) !== fromSlot(valueOf(s, f)))
          changed.push(idOf(s, f));
      }
    });
    const newRows = rowIndex(plan);
    old.rows.forEach((row, o) => {
      const loc = row && newRows.get(row.id);
      if (!row || (loc && s.rows[s.areaStart[loc.areaIndex]! + loc.rowIndex])) return;
      for (let k = 0; k < ROW_FIGURES_PER_ROW; k++) changed.push(idOf(old, o * ROW_FIGURES_PER_ROW + k));
    });
    for (const f of s.order) {
      const id = idOf(s, f);
      const o = figureOf(old, id);
      if (o === undefined || fromSlot(old.values[o]!) !== fromSlot(s.values[f]!)) changed.push(id);
    }
    for (const f of old.order) {
      const id = idOf(old, f);
      if (figureOf(s, id) === undefined) changed.push(id);
    }
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

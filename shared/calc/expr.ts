/**
 * The small expression language every derived figure is written in. One expression is both
 * evaluated (evaluate.ts) and rendered as Excel formula text (excelFormula.ts), so the grid,
 * the checks, the CLI and the workbook cannot disagree.
 *
 * Empty-cell semantics follow Excel: an empty input counts as 0 in sums and arithmetic; a
 * division by zero or by an empty cell, or of an empty input, gives an empty result ("").
 */
import type { CellKey, RowField } from '../model/cellKey';
import { cellKey } from '../model/cellKey';
import type { InstrumentRow } from '../model/plan';

export type FigureId = string;

export type Expr =
  | InputExpr
  | { op: 'fig'; id: FigureId }
  | { op: 'const'; value: number }
  /** Empty result, e.g. Kosten je Eintritt of an "enthalten in" row. */
  | { op: 'empty' }
  /**
   * Σ items (empty ones count 0). `emptyIfNone`: empty when every item is, e.g. a Vorjahr sum
   * over rows that record no Vorjahr shows empty like its rows, not 0 (items are references).
   */
  | { op: 'sum'; items: Expr[]; emptyIfNone?: true }
  | { op: 'add'; a: Expr; b: Expr }
  | { op: 'sub'; a: Expr; b: Expr }
  | { op: 'mul'; a: Expr; b: Expr }
  /** a ÷ b; empty when b is 0 or empty, or a is an empty cell. */
  | { op: 'div'; a: Expr; b: Expr }
  /** a ÷ b − 1 (change against a base); same empty rule as div. */
  | { op: 'change'; a: Expr; b: Expr }
  | { op: 'round2'; a: Expr }
  /**
   * Rates and changes (Zielvereinbarung): a + b, a − b, a × b in full precision, never in cents;
   * empty when either side is empty (a Vorjahr not typed leaves the target empty, not 0).
   */
  | { op: 'strict'; fn: StrictFn; a: Expr; b: Expr }
  /** Half-up (away from zero) at `digits` decimals, decimal-safe (rounding.ts); empty stays empty. */
  | { op: 'round'; a: Expr; digits: number }
  /** a, or b when a is empty (a typed value, else the derived one). */
  | { op: 'coalesce'; a: Expr; b: Expr }
  /** 1 when a ≥ b (`ge`) or a ≤ b (`le`), else 0; empty when either side is empty. */
  | { op: 'compare'; fn: CompareFn; a: Expr; b: Expr }
  /** Empty while the input cell `test` is empty, else `then` (a rest of a grant not yet typed). */
  | { op: 'ifFilled'; test: InputExpr; then: Expr }
  /** 1 when `need` is a number other than 0 and `have` is empty, else 0 (e.g. places without a result). */
  | { op: 'missing'; need: Expr; have: Expr }
  /** Empty when `cond` is a number other than 0, else `a` (a total that is incomplete stays empty). */
  | { op: 'emptyIf'; cond: Expr; a: Expr };

export type StrictFn = 'plus' | 'minus' | 'times';
export type CompareFn = 'ge' | 'le';

/**
 * An input cell. Cells of instrument rows also name their row and field (`rowCell`), so the
 * engine finds them by row instead of hashing a key string per reference (a Land plan's sums
 * read hundreds of thousands of them).
 */
export type InputExpr = {
  op: 'input';
  key: CellKey;
  readonly row?: InstrumentRow;
  readonly field?: RowField;
};

/** An input cell of an instrument row; the key is built only when someone reads it. */
class RowCell {
  readonly op = 'input';
  constructor(
    readonly row: InstrumentRow,
    readonly field: RowField,
  ) {}
  get key(): CellKey {
    return cellKey({ kind: 'row', id: this.row.id, field: this.field });
  }
}

export const input = (key: CellKey): Expr => ({ op: 'input', key });
export const rowCell = (row: InstrumentRow, field: RowField): Expr => new RowCell(row, field);
export const fig = (id: FigureId): Expr => ({ op: 'fig', id });
export const constant = (value: number): Expr => ({ op: 'const', value });
export const empty = (): Expr => ({ op: 'empty' });
export const sum = (items: Expr[]): Expr => ({ op: 'sum', items });
export const sumRecorded = (items: Expr[]): Expr => ({ op: 'sum', items, emptyIfNone: true });
export const add = (a: Expr, b: Expr): Expr => ({ op: 'add', a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ op: 'sub', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ op: 'mul', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ op: 'div', a, b });
export const change = (a: Expr, b: Expr): Expr => ({ op: 'change', a, b });
export const round2 = (a: Expr): Expr => ({ op: 'round2', a });
export const plus = (a: Expr, b: Expr): Expr => ({ op: 'strict', fn: 'plus', a, b });
export const minus = (a: Expr, b: Expr): Expr => ({ op: 'strict', fn: 'minus', a, b });
export const times = (a: Expr, b: Expr): Expr => ({ op: 'strict', fn: 'times', a, b });
export const roundTo = (a: Expr, digits: number): Expr => ({ op: 'round', a, digits });
export const coalesce = (a: Expr, b: Expr): Expr => ({ op: 'coalesce', a, b });
export const atLeast = (a: Expr, b: Expr): Expr => ({ op: 'compare', fn: 'ge', a, b });
export const atMost = (a: Expr, b: Expr): Expr => ({ op: 'compare', fn: 'le', a, b });
export const ifFilled = (test: CellKey, then: Expr): Expr => ({
  op: 'ifFilled',
  test: { op: 'input', key: test },
  then,
});
/** Rounded to a whole number (half away from zero): places derived from a share. */
export const round0 = (a: Expr): Expr => roundTo(a, 0);
export const missing = (need: Expr, have: Expr): Expr => ({ op: 'missing', need, have });
export const emptyIf = (cond: Expr, a: Expr): Expr => ({ op: 'emptyIf', cond, a });

/** Calls `visit` for every input key and figure id the expression reads. */
export function forEachDependency(e: Expr, visit: (dep: { input?: CellKey; fig?: FigureId }) => void): void {
  switch (e.op) {
    case 'input':
      visit({ input: e.key });
      return;
    case 'fig':
      visit({ fig: e.id });
      return;
    case 'const':
    case 'empty':
      return;
    case 'sum':
      for (const item of e.items) forEachDependency(item, visit);
      return;
    case 'round2':
    case 'round':
      forEachDependency(e.a, visit);
      return;
    case 'missing':
      forEachDependency(e.need, visit);
      forEachDependency(e.have, visit);
      return;
    case 'emptyIf':
      forEachDependency(e.cond, visit);
      forEachDependency(e.a, visit);
      return;
    case 'ifFilled':
      visit({ input: e.test.key });
      forEachDependency(e.then, visit);
      return;
    case 'strict':
    case 'coalesce':
    case 'compare':
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'change':
      forEachDependency(e.a, visit);
      forEachDependency(e.b, visit);
      return;
  }
}

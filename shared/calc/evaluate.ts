/**
 * Evaluates an expression. Sums and differences of money and counts run in integer cents,
 * exact for every plan the validator accepts (input/limits.ts bounds every total); ratios keep
 * full double precision and are rounded only for display.
 */
import type { Num } from '../model/plan';
import { roundHalfAwayFromZero } from '../number/rounding';
import type { Expr, FigureId, InputExpr } from './expr';

export interface Lookup {
  /** Gets the whole reference: a row cell is found by its row, without building its key. */
  input(ref: InputExpr): Num;
  fig(id: FigureId): Num;
}

/**
 * Integer cents of a Euro value. `Math.round(v * 100)` misses by a cent above about 2^44 €
 * (17,6 Billionen): v's own rounding, times 100, plus the product's rounding exceed half a
 * cent. Whole Euros and the fraction apart are exact up to 2^46 € (see input/limits.ts).
 */
export function toCents(v: number): number {
  const whole = Math.trunc(v);
  return whole * 100 + Math.round((v - whole) * 100);
}

function isNumber(v: Num): v is number {
  return v !== null && Number.isFinite(v);
}

/** Returns a finite number or null (empty); never NaN or Infinity. */
export function evaluate(e: Expr, lookup: Lookup): Num {
  switch (e.op) {
    case 'input': {
      const v = lookup.input(e);
      return isNumber(v) ? v : null;
    }
    case 'fig': {
      const v = lookup.fig(e.id);
      return isNumber(v) ? v : null;
    }
    case 'const':
      return e.value;
    case 'empty':
      return null;
    case 'sum': {
      let cents = 0;
      let any = false;
      for (const item of e.items) {
        const v = evaluate(item, lookup);
        if (v !== null) {
          cents += toCents(v);
          any = true;
        }
      }
      return any || !e.emptyIfNone ? cents / 100 : null;
    }
    case 'add':
      return (toCents(evaluate(e.a, lookup) ?? 0) + toCents(evaluate(e.b, lookup) ?? 0)) / 100;
    case 'sub':
      return (toCents(evaluate(e.a, lookup) ?? 0) - toCents(evaluate(e.b, lookup) ?? 0)) / 100;
    case 'mul': {
      const r = (evaluate(e.a, lookup) ?? 0) * (evaluate(e.b, lookup) ?? 0);
      return Number.isFinite(r) ? r : null;
    }
    case 'div':
    case 'change': {
      const a = evaluate(e.a, lookup);
      const b = evaluate(e.b, lookup);
      if (a === null || b === null || b === 0) return null;
      const r = e.op === 'div' ? a / b : a / b - 1;
      return Number.isFinite(r) ? r : null;
    }
    case 'round2': {
      const a = evaluate(e.a, lookup);
      return a === null ? null : roundHalfAwayFromZero(a, 2);
    }
    case 'missing': {
      const need = evaluate(e.need, lookup);
      return need !== null && need !== 0 && evaluate(e.have, lookup) === null ? 1 : 0;
    }
    case 'emptyIf': {
      const cond = evaluate(e.cond, lookup);
      return cond !== null && cond !== 0 ? null : evaluate(e.a, lookup);
    }
  }
}

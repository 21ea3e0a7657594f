/**
 * Evaluates an expression. Sums and differences of money and counts run in integer cents,
 * exact for every plan the validator accepts (input/limits.ts bounds every total); ratios keep
 * full double precision and are rounded only for display.
 */
import type { Num } from '../model/plan';
import { cleanFloat, roundHalfAwayFromZero } from '../number/rounding';
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

/**
 * A sum or difference without its binary remainder (0.216 − 0.21176 = 0.0042399999…94): kept
 * to 15 significant digits of the larger operand, which is all the operands can carry.
 */
function cleanSum(r: number, a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0 || !Number.isFinite(r)) return r;
  const digits = 14 - Math.floor(Math.log10(scale));
  return digits > 0 ? roundHalfAwayFromZero(r, Math.min(digits, 100)) : r;
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
    case 'round': {
      const a = evaluate(e.a, lookup);
      return a === null ? null : roundHalfAwayFromZero(a, e.digits);
    }
    case 'strict': {
      const a = evaluate(e.a, lookup);
      const b = evaluate(e.b, lookup);
      if (a === null || b === null) return null;
      const r = e.fn === 'times' ? cleanFloat(a * b) : cleanSum(e.fn === 'plus' ? a + b : a - b, a, b);
      return Number.isFinite(r) ? r : null;
    }
    case 'coalesce':
      return evaluate(e.a, lookup) ?? evaluate(e.b, lookup);
    case 'compare': {
      const a = evaluate(e.a, lookup);
      const b = evaluate(e.b, lookup);
      if (a === null || b === null) return null;
      return (e.fn === 'ge' ? a >= b : a <= b) ? 1 : 0;
    }
    case 'ifFilled': {
      const t = lookup.input(e.test);
      return isNumber(t) ? evaluate(e.then, lookup) : null;
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

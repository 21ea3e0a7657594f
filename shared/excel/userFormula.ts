/**
 * The user's own formula for an input cell (`plan.formeln`, typed the German way such as
 * `=1.700-275` or `=2,5*1000`) as Excel formula text and back. Only plain arithmetic of numbers
 * is carried over; anything else is left out and the cell keeps just its value.
 */
import { evaluateArithmetic } from '../input/arithmetic';
import { parseNumberLiteral } from '../input/numberLiteral';

const ARITHMETIC = /^[0-9.,+\-*/()\s^%]+$/;

/** `=1.700-275,5` → `1700-275.5`; null when the text is not plain arithmetic. */
export function germanFormulaToExcel(text: string): string | null {
  if (!text.startsWith('=')) return null;
  const body = text.slice(1).trim();
  if (body === '' || !ARITHMETIC.test(body) || !/[0-9]/.test(body)) return null;
  let failed = false;
  const converted = body.replace(/[0-9.,]+/g, (token) => {
    const lit = parseNumberLiteral(token);
    if (!lit.ok) {
      failed = true;
      return token;
    }
    return String(lit.value);
  });
  return failed ? null : converted.replace(/\s+/g, '');
}

/**
 * The Excel formula the export writes for the stored text `typed` beside `value`: only when a
 * spreadsheet computing it gets the app's value (the app's own arithmetic), so recalculating
 * the workbook never changes a total. Else null and the cell holds the plain value: a formula
 * that contradicts its value (a hostile file), a share typed in percent points (`=5+3` is
 * 8 %, the cell holds 0,08), an amount rounded to cents (`=1/3`).
 */
export function exportableFormula(typed: string, value: number): string | null {
  const excel = germanFormulaToExcel(typed);
  if (excel === null) return null;
  const r = evaluateArithmetic(typed.slice(1));
  return r.ok && r.value === value ? excel : null;
}

/** Excel's `1700-275.5` → `=1700-275,5`; null when the formula is more than arithmetic. */
export function excelFormulaToGerman(formula: string): string | null {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body === '' || !/^[0-9.+\-*/()\s^%]+$/.test(body) || !/[0-9]/.test(body)) return null;
  if (/\d\.\d*\./.test(body)) return null;
  return `=${body.replace(/\s+/g, '').replace(/(\d)\.(\d)/g, '$1,$2')}`;
}

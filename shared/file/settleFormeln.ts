/**
 * The rule for a stored formula that contradicts its value (`"=5"` beside 1.000 €, `"=1/0"`):
 * the value wins. Every figure, check, version and printed pack was computed from the value;
 * the formula text is only what the user sees when editing the cell again and what the Excel
 * export writes. So such a formula is dropped, the plan still opens, and a German warning names
 * the JSON path and both values. Runs on a plan that passed schema and semantics.
 */
import { inputUnit, parseCellKey } from '../model/cellKey';
import { readInputRef } from '../model/inputs';
import type { Plan } from '../model/plan';
import { formulaMismatch } from '../input/storedFormula';
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

export function settleFormeln(plan: Plan): { plan: Plan; warnings: ValidationError[] } {
  const warnings: ValidationError[] = [];
  let formeln: Record<string, string> | null = null;
  for (const [key, formula] of Object.entries(plan.formeln)) {
    const ref = parseCellKey(key);
    if (!ref) continue; // reported by checkPlanSemantics
    const problem = formulaMismatch(formula, inputUnit(ref), readInputRef(plan, ref) ?? null);
    if (problem === null) continue;
    formeln ??= { ...plan.formeln };
    delete formeln[key];
    warnings.push({
      path: formatPath('plan', ['formeln', key]),
      message: `${problem}; die Formel wurde verworfen, es gilt der gespeicherte Wert`,
    });
  }
  return { plan: formeln ? { ...plan, formeln } : plan, warnings };
}

/** One German sentence for a status line after opening, or '' when nothing was dropped. */
export function settledNotice(warnings: readonly ValidationError[] | undefined): string {
  if (!warnings?.length) return '';
  const n = warnings.length;
  const list = warnings.map((w) => `${w.path}: ${w.message}`).join(' · ');
  return n === 1
    ? `Eine gespeicherte Formel passte nicht zu ihrem Wert und wurde verworfen: ${list}`
    : `${n} gespeicherte Formeln passten nicht zu ihren Werten und wurden verworfen: ${list}`;
}

/**
 * What validating the embedded plan repaired (a stored formula that contradicted its value was
 * dropped, shared/file/settleFormeln.ts) becomes an entry "nicht übernommen" of the import, at
 * the cell the formula belonged to, so the planner sees it beside the edits.
 */
import type { CellKey } from '../../model/cellKey';
import type { ValidationError } from '../../file/validationError';

export interface PlanNote {
  /** The input cell the note is about, when it is about one. */
  key: CellKey | null;
  /** What the plan held there, shown. */
  found: string;
  reason: string;
}

/** `plan.formeln["row.x.eintritte"]` → `row.x.eintritte`. */
function formulaKey(path: string): string | null {
  const m = /^plan\.formeln(?:\[("(?:[^"\\]|\\.)*")\]|\.([A-Za-z_$][\w$]*))$/.exec(path);
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(m[1]!) as string;
  } catch {
    return null;
  }
}

/** Notes for `warnings` of validatePlan; `raw` is the plan as it was before (for the formula text). */
export function planNotes(warnings: readonly ValidationError[] | undefined, raw: unknown): PlanNote[] {
  const formeln =
    raw !== null && typeof raw === 'object' && 'formeln' in raw && typeof raw.formeln === 'object'
      ? (raw.formeln as Record<string, unknown>)
      : {};
  return (warnings ?? []).map((w) => {
    const key = formulaKey(w.path);
    const formula = key !== null && Object.hasOwn(formeln, key) ? formeln[key] : undefined;
    return {
      key: key as CellKey | null,
      found: typeof formula === 'string' ? `gespeicherte Formel „${formula}“` : w.path,
      reason: w.message,
    };
  });
}

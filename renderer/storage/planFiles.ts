/**
 * Plans as `.amip.json` files. Opening never overwrites a stored plan: a file whose plan id is
 * already stored becomes a new variant (new id, linked to the stored plan).
 */
import { parsePlanFile, serializePlanFile } from '../../shared/file/planFile';
import type { ValidationError } from '../../shared/file/validationError';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/plan';
import type { AmipDb } from './db';
import { createPlan } from './planRepository';

export function planFileBytes(plan: Plan): Uint8Array {
  return new TextEncoder().encode(serializePlanFile(plan));
}

export type OpenFileResult =
  | { ok: true; plan: Plan; asVariant: boolean; migratedFrom?: number; warnings?: ValidationError[] }
  | { ok: false; errors: ValidationError[] };

/** Validates a file's text and stores it as a new plan or, if its id exists, as a new variant. */
export async function importPlanFile(
  db: AmipDb,
  text: string,
  fileName: string,
  writer: string,
): Promise<OpenFileResult> {
  const parsed = parsePlanFile(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  let plan = parsed.plan;
  const asVariant = !!(await db.plans.get(plan.id));
  if (asVariant) {
    plan = {
      ...plan,
      id: newId('plan'),
      header: {
        ...plan.header,
        variante: `${plan.header.variante} (aus Datei ${fileName})`,
        sourcePlanId: plan.id,
      },
    };
  }
  await createPlan(db, plan, writer);
  return {
    ok: true,
    plan,
    asVariant,
    ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}),
    ...(parsed.warnings ? { warnings: parsed.warnings } : {}),
  };
}

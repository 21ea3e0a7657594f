/** Whether the plan records a Vorjahr: print leaves Vorjahr cells blank where it does not. */
import { ownRows } from '../calc/rowSelection';
import type { Plan } from '../model/plan';

/** True when at least one row carries a Vorjahr value of `field` (a sum of empties is not a Vorjahr). */
export function vorjahrKnown(plan: Plan, field: 'vorjahrEintritte' | 'vorjahrMittel'): boolean {
  return plan.schwerpunkte.some((a) => ownRows(a).some((r) => r[field] !== null));
}

/**
 * A plan's Trägerform for grouping: the header's, else the one its Zielvereinbarung names (a
 * plan with an agreement always says whom it binds); null when neither says it.
 */
import type { Plan, Traegerform } from '../model/plan';
import { hasZielvereinbarung } from '../model/ziele';

export function planTraegerform(plan: Plan): Traegerform | null {
  if (plan.header.traegerform) return plan.header.traegerform;
  return hasZielvereinbarung(plan.zielvereinbarung) ? plan.zielvereinbarung.traegerform : null;
}

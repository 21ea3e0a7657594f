/** Applies an action's command as the plan store would; fails the test when it was refused. */
import type { ActionResult } from '../../../shared/actions/action';
import { applyCommand } from '../../../shared/commands/applyCommand';
import type { Plan } from '../../../shared/model/plan';

export function applyAction(plan: Plan, r: ActionResult): Plan {
  if (!r) throw new Error('nichts zu tun');
  if (!r.ok) throw new Error(r.message);
  return applyCommand(plan, r.command).plan;
}

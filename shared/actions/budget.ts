/**
 * The toolbar actions of the Globalbudget and Verpflichtungen screens: estimates, Projekt-VZÄ
 * lines, client groups and commitments, each added at the end with its name open for typing
 * (an estimate with its Art), or removed. Removing what nothing is chosen for does nothing.
 */
import type { BudgetList } from '../commands/command';
import { newKundengruppe, newProjektStelle, newSchaetzung, newVerpflichtung } from '../model/newLines';
import type { Id, Plan } from '../model/plan';
import type { ActionResult } from './action';
import { act } from './action';

export function addSchaetzung(plan: Plan): ActionResult {
  // The final figure comes last; a further estimate after it is "sonstige".
  const hasFinal = plan.globalbudget.schaetzungen.some((s) => s.art === 'EinglMV');
  const item = newSchaetzung(hasFinal ? 'sonstige' : 'EinglMV');
  return act(
    {
      type: 'insertBudgetItem',
      entry: { list: 'schaetzungen', item },
      index: plan.globalbudget.schaetzungen.length,
    },
    { target: { sheet: 'globalbudget', rowId: item.id, column: 'stand' }, edit: true },
  );
}

export function addProjekt(plan: Plan): ActionResult {
  const item = newProjektStelle();
  return act(
    { type: 'insertBudgetItem', entry: { list: 'projekte', item }, index: plan.personal.projekte.length },
    { target: { sheet: 'globalbudget', rowId: item.id, column: 'bezeichnung' }, edit: true },
  );
}

export function addGruppe(plan: Plan): ActionResult {
  const item = newKundengruppe();
  return act(
    { type: 'insertBudgetItem', entry: { list: 'gruppen', item }, index: plan.personal.gruppen.length },
    { target: { sheet: 'globalbudget', rowId: item.id, column: 'name' }, edit: true },
  );
}

/** A new commitment, linked to the portfolio row given (the one under the cursor there), if any. */
export function addVerpflichtung(plan: Plan, rowId: Id | null = null): ActionResult {
  const item = { ...newVerpflichtung(), rowId };
  return act(
    {
      type: 'insertBudgetItem',
      entry: { list: 'verpflichtungen', item },
      index: plan.verpflichtungen.eintraege.length,
    },
    { target: { sheet: 'verpflichtungen', rowId: item.id, column: 'bezeichnung' }, edit: true },
  );
}

export function removeBudgetItem(list: BudgetList, id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteBudgetItem', list, id });
}

/**
 * The Haushalt screen's toolbar actions: extra Zuweisungen in the EGT chain, Drittmittel-
 * programme and lines outside the EGT, each added at the end with its name open for typing,
 * or removed. Removing what nothing is chosen for does nothing.
 */
import { newAusserhalb, newDrittmittel, newZuweisung } from '../model/newLines';
import type { Id, Plan } from '../model/plan';
import type { ActionResult } from './action';
import { act } from './action';

export function addZuweisung(plan: Plan): ActionResult {
  const zuweisung = newZuweisung();
  return act(
    { type: 'insertZuweisung', zuweisung, index: plan.haushalt.zuweisungen.length },
    { target: { sheet: 'haushalt', rowId: zuweisung.id, column: 'position' }, edit: true },
  );
}

export function removeZuweisung(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteZuweisung', id });
}

export function addDrittmittel(plan: Plan): ActionResult {
  const item = newDrittmittel();
  return act(
    { type: 'insertDrittmittel', item, index: plan.drittmittel.length },
    { target: { sheet: 'drittmittel', rowId: item.id, column: 'programm' }, edit: true },
  );
}

export function removeDrittmittel(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteDrittmittel', id });
}

export function addAusserhalb(plan: Plan): ActionResult {
  const item = newAusserhalb();
  return act(
    { type: 'insertAusserhalb', item, index: plan.haushalt.ausserhalbEgt.length },
    { target: { sheet: 'haushalt', rowId: item.id, column: 'name' }, edit: true },
  );
}

export function removeAusserhalb(id: Id | undefined): ActionResult {
  return id === undefined ? null : act({ type: 'deleteAusserhalb', id });
}

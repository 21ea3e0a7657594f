/**
 * The Haushalt screen's toolbar actions: extra Zuweisungen in the EGT chain, Drittmittel-
 * programme and lines outside the EGT, each added at the end with its name open for typing,
 * or removed (several selected lines at once: one undo step). Removing what nothing is chosen
 * for does nothing.
 */
import type { Command } from '../commands/command';
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

/** Which lines a list removal deletes, and how one of them is deleted. */
const REMOVE = {
  zuweisung: (id: Id): Command => ({ type: 'deleteZuweisung', id }),
  drittmittel: (id: Id): Command => ({ type: 'deleteDrittmittel', id }),
  ausserhalb: (id: Id): Command => ({ type: 'deleteAusserhalb', id }),
} as const;

const NAMES = { zuweisung: 'Zuweisungen', drittmittel: 'Drittmittelprogramme', ausserhalb: 'Zeilen' };

/** Several selected lines of one list removed as one step. */
export function removeLines(kind: keyof typeof REMOVE, ids: readonly Id[]): ActionResult {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  const commands = unique.map(REMOVE[kind]);
  return act(
    commands.length === 1
      ? commands[0]!
      : { type: 'batch', label: `${commands.length} ${NAMES[kind]} entfernen`, commands },
  );
}

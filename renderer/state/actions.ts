/**
 * App-wide actions the menu, the toolbar buttons, keyboard shortcuts and other engineers'
 * menu commands call: undo/redo with the cursor going back to the changed cell, and jumps.
 */
import type { FocusTarget } from '../../shared/commands/applyCommand';
import type { SheetId } from '../../shared/model/sheets';
import { planStore } from './planStore';
import { uiStore } from './uiStore';

/** The screen that shows a sheet (Drittmittel sit on the Haushalt screen). */
export function screenOfSheet(sheet: SheetId): string {
  return sheet === 'drittmittel' ? 'haushalt' : sheet;
}

export function jumpTo(target: FocusTarget): void {
  uiStore.focus(target, (t) => screenOfSheet(t.sheet));
}

export function runHistory(kind: 'undo' | 'redo'): void {
  const label = kind === 'undo' ? planStore.undoLabel() : planStore.redoLabel();
  const r = kind === 'undo' ? planStore.undo() : planStore.redo();
  if (!r) {
    uiStore.say(kind === 'undo' ? 'Nichts rückgängig zu machen.' : 'Nichts wiederherzustellen.');
    return;
  }
  if (!r.ok) {
    uiStore.say(r.message, 'error');
    return;
  }
  uiStore.say(`${kind === 'undo' ? 'Rückgängig' : 'Wiederholt'}: ${label ?? r.applied.label}`);
  if (r.applied.focus) jumpTo(r.applied.focus);
}

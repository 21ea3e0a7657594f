/**
 * App-wide actions the menu, the toolbar buttons, keyboard shortcuts and the grids call: every
 * change to the plan runs through `runCommand` (the status line says what was done or, in
 * German, why not; the store keeps it in the undo history), toolbar actions through
 * `runAction` (then the cursor goes where the action says), undo/redo through `runHistory`
 * (the cursor goes back to the changed cell), and jumps.
 */
import type { ActionCursor, ActionResult } from '../../shared/actions/action';
import type { Applied, FocusTarget } from '../../shared/commands/applyCommand';
import type { Command } from '../../shared/commands/command';
import type { SheetId } from '../../shared/model/sheets';
import type { ExecuteResult } from './planStore';
import { planStore } from './planStore';
import { uiStore } from './uiStore';

/** The screen that shows a sheet (Drittmittel sit on the Haushalt screen). */
export function screenOfSheet(sheet: SheetId): string {
  return sheet === 'drittmittel' ? 'haushalt' : sheet;
}

export function jumpTo(target: FocusTarget): void {
  uiStore.focus(target, (t) => screenOfSheet(t.sheet));
}

/** Says a result in the status line: `done(applied)` on success, the German message otherwise. */
function report(r: ExecuteResult, done: (applied: Applied) => string): Applied | null {
  if (!r.ok) {
    uiStore.say(r.message, 'error');
    return null;
  }
  uiStore.say(done(r.applied));
  return r.applied;
}

/** Runs one command (one undo step); true when it was applied. */
export function runCommand(cmd: Command | null): boolean {
  if (!cmd) return false;
  return report(planStore.execute(cmd), (a) => `${a.label}.`) !== null;
}

/**
 * Runs a toolbar action (shared/actions): a refusal goes to the status line; after the command
 * `moveCursor` puts the cursor where the action says, once the grid has rebuilt its rows.
 */
export function runAction(result: ActionResult, moveCursor?: (cursor: ActionCursor) => void): boolean {
  if (!result) return false;
  if (!result.ok) {
    uiStore.say(result.message, 'error');
    return false;
  }
  if (!runCommand(result.command)) return false;
  const cursor = result.cursor;
  // Rows are rebuilt on the next frame after a structural change; the cursor goes there after it.
  if (cursor && moveCursor) requestAnimationFrame(() => requestAnimationFrame(() => moveCursor(cursor)));
  return true;
}

export function runHistory(kind: 'undo' | 'redo'): void {
  const label = kind === 'undo' ? planStore.undoLabel() : planStore.redoLabel();
  const r = kind === 'undo' ? planStore.undo() : planStore.redo();
  if (!r) {
    uiStore.say(kind === 'undo' ? 'Nichts rückgängig zu machen.' : 'Nichts wiederherzustellen.');
    return;
  }
  const applied = report(r, (a) => `${kind === 'undo' ? 'Rückgängig' : 'Wiederholt'}: ${label ?? a.label}`);
  if (applied?.focus) jumpTo(applied.focus);
}

/**
 * What a toolbar action decides, without running it: the command for the plan store (one undo
 * step) and where the cursor goes afterwards, or a German message why it cannot be done. The
 * screens run it (renderer/state/actions.ts), the CLI could apply the command to a file alike.
 */
import type { FocusTarget } from '../commands/applyCommand';
import type { Command } from '../commands/command';

export interface ActionCursor {
  target: FocusTarget;
  /** Open the cell's editor (a new line's name: typing replaces it). */
  edit: boolean;
}

export type ActionResult =
  | { ok: true; command: Command; cursor: ActionCursor | null }
  | { ok: false; message: string }
  /** Nothing to do (e.g. the first area one step up). */
  | null;

export const refuse = (message: string): ActionResult => ({ ok: false, message });

export const act = (command: Command, cursor: ActionCursor | null = null): ActionResult => ({
  ok: true,
  command,
  cursor,
});

/**
 * A grid asks for the Bemerkung dialog of a cell; the shell, which owns dialogs, answers
 * (shell/NoteEditor.tsx registers). Grids stay below the shell this way.
 */
import type { NoteKey } from '../../shared/model/notes';
import type { SheetId } from '../../shared/model/sheets';

export interface NoteRequest {
  key: NoteKey;
  sheet: SheetId;
  /** "Maßnahmeportfolio › EGZ › Mittelansatz": the dialog title and the undo label. */
  where: string;
}

let handler: ((r: NoteRequest) => void) | null = null;

export function onNoteRequest(h: (r: NoteRequest) => void): void {
  handler = h;
}

export function requestNote(r: NoteRequest): boolean {
  if (!handler) return false;
  handler(r);
  return true;
}

/**
 * The grid the menu's "Notiz bearbeiten…" acts on: the one that had the focus last, while it
 * is on the screen shown. Each grid tells this when it gets the focus.
 */
let cursorGrid: { element: HTMLElement; open: () => void } | null = null;

export function gridFocused(element: HTMLElement, open: () => void): void {
  cursorGrid = { element, open };
}

/** Opens the Bemerkung of the last focused grid's cursor cell; false when there is no such grid. */
export function requestNoteAtCursor(): boolean {
  const grid = cursorGrid;
  if (!grid || !grid.element.isConnected || grid.element.closest('[hidden]')) return false;
  grid.open();
  return true;
}

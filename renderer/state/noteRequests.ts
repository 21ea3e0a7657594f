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

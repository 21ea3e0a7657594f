/**
 * The open cell editor, as the grid needs it while a key is being handled. AG Grid asks
 * `suppressKeyboardEvent` before it commits on Enter or Tab: a wrong input answers
 * "suppress", so the editor stays open with the German message and the stored value stays
 * unchanged; a right one is committed right there, in the same keystroke (AG Grid's own
 * edit request reaches the app only in a later task, see SheetGrid).
 */
export interface ActiveEditor {
  /** Checks the current text; shows the message and returns false when it cannot be stored. */
  validate(): boolean;
  /** The text (or chosen value) the editor holds now. */
  text(): string;
}

let current: ActiveEditor | null = null;

export function setActiveEditor(editor: ActiveEditor | null): void {
  current = editor;
}

export function clearActiveEditor(editor: ActiveEditor): void {
  if (current === editor) current = null;
}

export function validateActiveEditor(): boolean {
  return current ? current.validate() : true;
}

/** The open editor's text, or null when no editor is registered. */
export function activeEditorText(): string | null {
  return current ? current.text() : null;
}

let selectAllNext = false;

/** The next editor opens with its text selected (a new row's name: typing replaces it). */
export function requestSelectAllOnNextEdit(): void {
  selectAllNext = true;
}

export function consumeSelectAll(): boolean {
  const v = selectAllNext;
  selectAllNext = false;
  return v;
}

/**
 * The open cell editor's validation hook. AG Grid asks `suppressKeyboardEvent` before it
 * commits on Enter or Tab; a wrong input answers "suppress", so the editor stays open and
 * shows the German message while the stored value stays unchanged.
 */
export interface ActiveEditor {
  /** Checks the current text; shows the message and returns false when it cannot be stored. */
  validate(): boolean;
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

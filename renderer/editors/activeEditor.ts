/**
 * The open cell editor, as the grid needs it while a key is being handled. AG Grid asks
 * `suppressKeyboardEvent` before it commits on Enter or Tab: the grid stores the editor's text
 * right there, in the same keystroke (AG Grid's own edit request reaches the app only in a
 * later task, see SheetGrid); a text that cannot be read is refused, the editor shows the
 * German message and stays open, and the stored value stays unchanged.
 */
export interface ActiveEditor {
  /** The text (or chosen value) the editor holds now. */
  text(): string;
  /** Shows why the text cannot be stored (number and text editors; a choice cannot be refused). */
  showError?(message: string): void;
}

let current: ActiveEditor | null = null;

export function setActiveEditor(editor: ActiveEditor | null): void {
  current = editor;
}

export function clearActiveEditor(editor: ActiveEditor): void {
  if (current === editor) current = null;
}

export function showActiveEditorError(message: string): void {
  current?.showError?.(message);
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

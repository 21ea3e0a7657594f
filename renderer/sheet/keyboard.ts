/**
 * Which spreadsheet action a key press means (Excel's habits). AG Grid handles plain
 * navigation, Tab, Enter, F2 and Escape itself; these are the keys we take over.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type SheetAction =
  | { type: 'extend'; dRow: number; dCol: number; toEdge: boolean }
  /** Shift+Enter outside an editor: one row up (AG Grid would start editing instead). */
  | { type: 'move'; dRow: number; dCol: number }
  | { type: 'jumpStart' }
  | { type: 'jumpEnd' }
  /** Home/End: the row's first or last column (Shift: the selection grows there). */
  | { type: 'rowEdge'; end: boolean; extend: boolean }
  | { type: 'clear' }
  | { type: 'fillDown' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' }
  /** Shift+Space: the whole rows of the selection. */
  | { type: 'selectRows' }
  /** Strg++ / Strg+-: rows inserted above the selection, the selected rows deleted. */
  | { type: 'insertRows' }
  | { type: 'deleteRows' }
  /** Strg+F; F3 / Shift+F3 the next or previous hit. */
  | { type: 'find' }
  | { type: 'findNext'; back: boolean }
  /** Shift+F10 or the context-menu key. */
  | { type: 'contextMenu' };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** `editing`: a cell editor is open; then only undo/redo of the whole sheet are not ours. */
export function sheetActionFor(e: KeyLike, editing: boolean): SheetAction | null {
  if (editing) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const arrow = ARROWS[e.key];
  if (arrow && e.shiftKey && !e.altKey)
    return { type: 'extend', dRow: arrow[0], dCol: arrow[1], toEdge: ctrl };
  if ((e.key === 'Home' || e.key === 'End') && !e.altKey) {
    if (!ctrl) return { type: 'rowEdge', end: e.key === 'End', extend: e.shiftKey };
    if (!e.shiftKey) return e.key === 'Home' ? { type: 'jumpStart' } : { type: 'jumpEnd' };
  }
  if (ctrl && !e.altKey) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'd') return { type: 'fillDown' };
    if (key === 'a') return { type: 'selectAll' };
    if (key === 'f' && !e.shiftKey) return { type: 'find' };
    // Strg++ is "+" on a German keyboard and on the number pad, Strg+Umschalt+= elsewhere.
    if (e.key === '+') return { type: 'insertRows' };
    if (e.key === '-' && !e.shiftKey) return { type: 'deleteRows' };
  }
  if (e.key === 'F3' && !ctrl && !e.altKey) return { type: 'findNext', back: e.shiftKey };
  if ((e.key === 'F10' && e.shiftKey && !ctrl && !e.altKey) || e.key === 'ContextMenu')
    return { type: 'contextMenu' };
  if (e.key === ' ' && e.shiftKey && !ctrl && !e.altKey) return { type: 'selectRows' };
  if (e.key === 'Enter' && e.shiftKey && !ctrl && !e.altKey) return { type: 'move', dRow: -1, dCol: 0 };
  if ((e.key === 'Delete' || e.key === 'Backspace') && !ctrl && !e.altKey) return { type: 'clear' };
  return null;
}

/** Undo/redo wherever the focus is (outside text fields), as the app-wide shortcut. */
export function historyActionFor(e: KeyLike): 'undo' | 'redo' | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (!ctrl || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

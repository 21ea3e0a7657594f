/**
 * The spreadsheet keys the grid takes over from AG Grid (sheet/keyboard.ts says which, and
 * sheet/keyStep.ts what they do to the selection); carried out in the keystroke.
 */
import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import { sheetActionFor } from '../../sheet/keyboard';
import { keyStep } from '../../sheet/keyStep';
import { boundsOf } from '../../sheet/rangeWrites';
import { runHistory } from '../../state/actions';
import { handleNoteKey } from './noteKeys';
import type { GridLive } from './types';
import type { ClipboardControl } from './useClipboard';
import type { FocusControl } from './useFocus';
import type { SelectionControl } from './useSelection';

export function useKeyboard(
  live: GridLive,
  selection: SelectionControl,
  focus: FocusControl,
  clipboard: ClipboardControl,
): (e: KeyboardEvent<HTMLDivElement>) => void {
  return useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const api = live.api;
      if (!api) return;
      const editing = api.getEditingCells().length > 0;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select') && !target.closest('.ag-cell')) return;
      if (handleNoteKey(e, live, editing)) return;
      const action = sheetActionFor(e, editing);
      if (!action) return;
      const focused = api.getFocusedCell();
      if (!focused || focused.rowPinned) {
        // In the pinned total rows only undo and redo are ours.
        if (action.type === 'undo' || action.type === 'redo') {
          e.preventDefault();
          e.stopPropagation();
          runHistory(action.type);
        }
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      const cursor = { row: focused.rowIndex, col: live.colIndex.get(focused.column.getColId()) ?? 0 };
      const step = keyStep(action, cursor, selection.current(), boundsOf(live.view));
      switch (step.kind) {
        case 'select':
          selection.set(step.selection);
          if (step.cursor) focus.focusPos(step.cursor.pos, step.cursor.extend);
          return;
        case 'clear':
          clipboard.clear();
          return;
        case 'fillDown':
          clipboard.fillDown();
          return;
        case 'undo':
        case 'redo':
          runHistory(step.kind);
          return;
      }
    },
    [clipboard, focus, live, selection],
  );
}

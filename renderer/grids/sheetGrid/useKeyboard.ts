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
import { ROW_HEADER } from './rowHeaderColumn';
import type { GridLive } from './types';
import type { ClipboardControl } from './useClipboard';
import type { FindControl } from './useFind';
import type { FocusControl } from './useFocus';
import type { MenuControl } from './useContextMenu';
import type { RowControl } from './useRowCommands';
import type { SelectionControl } from './useSelection';

export interface KeyParts {
  selection: SelectionControl;
  focus: FocusControl;
  clipboard: ClipboardControl;
  rows: RowControl;
  find: FindControl;
  menu: MenuControl;
}

export function useKeyboard(live: GridLive, parts: KeyParts): (e: KeyboardEvent<HTMLDivElement>) => void {
  const { selection, focus, clipboard, rows, find, menu } = parts;
  return useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const api = live.api;
      if (!api) return;
      const editing = api.getEditingCells().length > 0;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select') && !target.closest('.ag-cell')) return;
      if (handleNoteKey(e, live, editing)) return;
      // Tab into the grid lands on the row header's heading; its column has no cells to step
      // into, so ↓ goes to the sheet's first cell, as from any other heading.
      if (
        e.key === 'ArrowDown' &&
        !e.ctrlKey &&
        !e.altKey &&
        !e.shiftKey &&
        target.closest(`.ag-header-cell[col-id="${ROW_HEADER}"]`) &&
        live.view.rows.length > 0
      ) {
        e.preventDefault();
        e.stopPropagation();
        focus.goTo({ row: 0, col: 0 }, true);
        return;
      }
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
      // Strg++ / Strg+- in a grid without rows to insert stay the zoom keys.
      if (action.type === 'insertRows' && !rows.has('insert')) return;
      if (action.type === 'deleteRows' && !rows.has('remove')) return;
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
        case 'insertRows':
          rows.run('insert');
          return;
        case 'deleteRows':
          rows.run('remove');
          return;
        case 'find':
          find.open();
          return;
        case 'findNext':
          if (find.state.query.trim()) find.next(step.action.type === 'findNext' && step.action.back);
          else find.open();
          return;
        case 'contextMenu':
          menu.openAtCursor();
          return;
      }
    },
    [clipboard, find, focus, live, menu, rows, selection],
  );
}

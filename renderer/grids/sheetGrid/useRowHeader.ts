/**
 * The row header (the grey numbers left of each row, as in Excel): a click selects the whole
 * row, Shift+click or a drag down the headers whole rows up to there. The cursor goes to the
 * row's first cell, so the keys go on from there (Shift+arrows select further whole rows).
 */
import { useMemo, useRef } from 'react';
import type { MouseEvent, PointerEvent } from 'react';
import { boundsOf } from '../../sheet/rangeWrites';
import { rowSelection } from '../../sheet/selection';
import { uiStore } from '../../state/uiStore';
import { ROW_HEADER } from './rowHeaderColumn';
import type { GridLive } from './types';
import type { FocusControl } from './useFocus';
import type { SelectionControl } from './useSelection';

/** The body row whose header an event happened on, or null. */
function headerRowAt(live: GridLive, target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const cellEl = target.closest(`.ag-cell[col-id="${ROW_HEADER}"]`);
  const rowEl = cellEl?.closest('.ag-row');
  if (!rowEl || !live.container?.contains(rowEl)) return null;
  const row = Number(rowEl.getAttribute('row-index'));
  return Number.isInteger(row) ? row : null;
}

export interface RowHeaderHandlers {
  /** true when the event was on a row header (the cell handlers leave it alone). */
  onPointerDownCapture(e: PointerEvent<HTMLDivElement>): boolean;
  onMouseOver(e: MouseEvent<HTMLDivElement>): boolean;
  onClick(e: MouseEvent<HTMLDivElement>): void;
  onMouseUp(): void;
}

export function useRowHeader(
  live: GridLive,
  selection: SelectionControl,
  focus: FocusControl,
): RowHeaderHandlers {
  const dragFrom = useRef<number | null>(null);
  return useMemo<RowHeaderHandlers>(
    () => ({
      onPointerDownCapture: (e) => {
        const row = headerRowAt(live, e.target);
        if (row === null) return false;
        if (e.button !== 0 || !e.isPrimary) return true;
        uiStore.cancelPendingFocus();
        const sel = selection.current();
        const from = e.shiftKey && sel ? sel.anchor.row : row;
        selection.set(rowSelection(from, row, boundsOf(live.view)));
        dragFrom.current = from;
        return true;
      },
      onMouseOver: (e) => {
        const from = dragFrom.current;
        if (from === null || e.buttons !== 1) return false;
        const row = headerRowAt(live, e.target);
        if (row === null) return false;
        const sel = selection.current();
        if (sel?.head.row !== row) selection.set(rowSelection(from, row, boundsOf(live.view)));
        return true;
      },
      onClick: (e) => {
        if (headerRowAt(live, e.target) === null) return;
        const sel = selection.current();
        // The cursor on the row's first cell; the selection stays (its head is that cell).
        if (sel) focus.focusPos(sel.head, false, true);
      },
      onMouseUp: () => {
        dragFrom.current = null;
      },
    }),
    [focus, live, selection],
  );
}

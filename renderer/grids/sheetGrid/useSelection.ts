/**
 * The rectangular selection: kept in a ref (a keystroke reads and sets it synchronously),
 * repainted where it was and is, summed in the status line, announced as the current row.
 * It follows the DOM `focusin` and `pointerdown` in the same task, not AG Grid's later events.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { FocusEvent, MouseEvent, PointerEvent } from 'react';
import type { IRowNode } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { cellUnit, cellValue } from '../../sheet/cellSpec';
import { specAt } from '../../sheet/rangeWrites';
import type { CellPos, Selection } from '../../sheet/selection';
import { cellsOf, extendTo, singleCell, toRange } from '../../sheet/selection';
import { selectionStats } from '../../sheet/statusBar';
import { planStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import type { GridLive } from './types';

export interface SelectionControl {
  current(): Selection | null;
  set(next: Selection | null): void;
  /** Summe, Anzahl, Mittelwert of the selection into the status line. */
  publishStats(): void;
  /** The focus is about to move to `pos` by our own doing: its focusin keeps the selection. */
  expectFocus(pos: CellPos | null): void;
  handlers: {
    onFocus(e: FocusEvent<HTMLDivElement>): void;
    onPointerDownCapture(e: PointerEvent<HTMLDivElement>): void;
    onMouseOver(e: MouseEvent<HTMLDivElement>): void;
    onMouseUp(): void;
  };
}

/** The body cell an event happened in: its position, or 'pinned', or null (header, outside). */
function cellAt(live: GridLive, target: EventTarget | null): CellPos | 'pinned' | null {
  if (!(target instanceof Element)) return null;
  const cellEl = target.closest('.ag-cell');
  const rowEl = cellEl?.closest('.ag-row');
  if (!cellEl || !rowEl || !live.container?.contains(rowEl)) return null;
  if (rowEl.closest('.ag-floating-bottom, .ag-floating-top')) return 'pinned';
  const row = Number(rowEl.getAttribute('row-index'));
  const col = live.colIndex.get(cellEl.getAttribute('col-id') ?? '');
  return Number.isInteger(row) && col !== undefined ? { row, col } : null;
}

export function useSelection(live: GridLive): SelectionControl {
  const selRef = useRef<Selection | null>(null);
  const pendingFocusRef = useRef<CellPos | null>(null);
  const dragRef = useRef<CellPos | null>(null);

  const publishStats = useCallback(() => {
    const sel = selRef.current;
    if (!sel) {
      uiStore.setStats(null);
      return;
    }
    const s = planStore.getState();
    const cells = cellsOf(toRange(sel)).map((p) => {
      const spec = specAt(live.view, p);
      const unit = cellUnit(spec);
      return { value: cellValue(spec, s), ...(unit ? { unit } : {}) };
    });
    uiStore.setStats(selectionStats(cells));
  }, [live]);

  const set = useCallback(
    (next: Selection | null) => {
      const before = selRef.current;
      selRef.current = next;
      const api = live.api;
      if (api) {
        // Repaint the rows of the old and the new selection (the cell-selected class).
        const nodes: IRowNode<SheetRow>[] = [];
        for (const sel of [before, next]) {
          if (!sel) continue;
          const r = toRange(sel);
          for (let i = r.top; i <= r.bottom; i++) {
            const node = api.getDisplayedRowAtIndex(i);
            if (node) nodes.push(node);
          }
        }
        if (nodes.length) api.refreshCells({ rowNodes: nodes, force: false });
      }
      publishStats();
      const row = next ? (live.view.rows[next.head.row] ?? null) : null;
      live.props.onCurrentRow?.(row);
    },
    [live, publishStats],
  );

  return useMemo<SelectionControl>(
    () => ({
      current: () => selRef.current,
      set,
      publishStats,
      expectFocus: (pos) => {
        pendingFocusRef.current = pos;
      },
      handlers: {
        /**
         * The cursor moved (keyboard navigation, click, a jump): the selection follows, in the
         * same task. A position we set ourselves (Shift+arrow, Shift+click) or the head of the
         * current selection (the cell got its focus back after editing or a repaint) keeps it.
         */
        onFocus: (e) => {
          const target = e.target as HTMLElement;
          if (!target.classList.contains('ag-cell')) return;
          const at = cellAt(live, target);
          if (at === null) return;
          if (at === 'pinned') {
            pendingFocusRef.current = null;
            set(null);
            return;
          }
          const pending = pendingFocusRef.current;
          pendingFocusRef.current = null;
          if (pending && pending.row === at.row && pending.col === at.col) return;
          const sel = selRef.current;
          if (sel && sel.head.row === at.row && sel.head.col === at.col) return;
          set(singleCell(at));
        },
        // pointerdown, not mousedown: AG Grid focuses the cell on pointerdown, before mousedown.
        onPointerDownCapture: (e) => {
          if (e.button !== 0 || !e.isPrimary) return;
          const at = cellAt(live, e.target);
          if (at !== null) uiStore.cancelPendingFocus();
          if (at === null || at === 'pinned') return;
          const sel = selRef.current;
          if (e.shiftKey && sel) {
            set(extendTo(sel, at));
            pendingFocusRef.current = at;
          } else {
            dragRef.current = at;
            set(singleCell(at));
          }
        },
        onMouseOver: (e) => {
          const start = dragRef.current;
          if (!start || e.buttons !== 1) return;
          const at = cellAt(live, e.target);
          if (at === null || at === 'pinned') return;
          const sel = selRef.current;
          if (!sel || sel.head.row !== at.row || sel.head.col !== at.col) set({ anchor: start, head: at });
        },
        onMouseUp: () => {
          dragRef.current = null;
        },
      },
    }),
    [live, publishStats, set],
  );
}

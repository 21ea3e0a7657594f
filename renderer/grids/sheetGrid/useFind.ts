/**
 * Strg+F: a small find bar over the grid. Enter (or F3) goes to the next cell containing the
 * text, Umschalt+Enter (Umschalt+F3) to the previous one, wrapping round; the hit is selected
 * while the typing stays in the bar. Esc closes it and puts the keyboard focus on the hit.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { displayText } from '../../sheet/cellSpec';
import { findCells, nextHit } from '../../sheet/findCells';
import { specAt } from '../../sheet/rangeWrites';
import type { CellPos } from '../../sheet/selection';
import { singleCell } from '../../sheet/selection';
import { planStore } from '../../state/planStore';
import type { GridLive } from './types';
import type { FocusControl } from './useFocus';
import type { SelectionControl } from './useSelection';

export interface FindState {
  open: boolean;
  query: string;
  /** "2 von 5", "keine Treffer", or '' before the first search. */
  status: string;
}

export interface FindControl {
  state: FindState;
  open(): void;
  close(): void;
  setQuery(q: string): void;
  next(back: boolean): void;
  /** The bar's input, focused (and its text selected) when Strg+F is pressed again. */
  inputRef: { current: HTMLInputElement | null };
}

export function useFind(live: GridLive, selection: SelectionControl, focus: FocusControl): FindControl {
  const [state, setState] = useState<FindState>({ open: false, query: '', status: '' });
  const queryRef = useRef('');
  const inputRef = useRef<HTMLInputElement | null>(null);

  const next = useCallback(
    (back: boolean) => {
      const query = queryRef.current;
      if (!query.trim()) return;
      const s = planStore.getState();
      const { rows, columns } = live.view;
      const hits = findCells(rows.length, columns.length, (p) => displayText(specAt(live.view, p), s), query);
      const i = nextHit(hits, selection.current()?.head ?? null, back);
      const hit: CellPos | undefined = hits[i];
      if (!hit) {
        setState((st) => ({ ...st, status: 'keine Treffer' }));
        return;
      }
      selection.set(singleCell(hit));
      // The grid's cursor goes there; the keyboard stays in the find bar (AG Grid focuses the
      // cell it scrolled to, so the focus is taken back).
      const input = inputRef.current;
      focus.focusPos(hit, true);
      if (input && input.isConnected) {
        input.focus();
        requestAnimationFrame(() => input.focus());
      }
      setState((st) => ({ ...st, status: `${i + 1} von ${hits.length}` }));
    },
    [focus, live, selection],
  );

  const open = useCallback(() => {
    setState((st) => ({ ...st, open: true }));
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  }, []);

  const close = useCallback(() => {
    const head = selection.current()?.head;
    // Before the bar goes: the focus moves from its input to the hit's cell.
    if (head) focus.focusPos(head, false, true);
    setState((st) => ({ ...st, open: false }));
  }, [focus, selection]);

  const setQuery = useCallback((query: string) => {
    queryRef.current = query;
    setState((st) => ({ ...st, query, status: '' }));
  }, []);

  return useMemo(
    () => ({ state, open, close, setQuery, next, inputRef }),
    [close, next, open, setQuery, state],
  );
}

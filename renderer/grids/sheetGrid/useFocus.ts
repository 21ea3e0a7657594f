/**
 * The grid's cursor: moving it (and the browser focus with it, for Tab and typing), jumps to
 * focus targets (undo, Prüfungen) and the handle toolbars use after an action.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { CellPos } from '../../sheet/selection';
import { singleCell } from '../../sheet/selection';
import { requestSelectAllOnNextEdit } from '../../editors/activeEditor';
import { uiStore } from '../../state/uiStore';
import { positionOf } from './cellIndex';
import type { GridHandle, GridLive } from './types';
import type { SelectionControl } from './useSelection';
import { cellElement } from './useGridLive';

export interface FocusControl {
  /** Moves the grid's cursor; `extend`: the head of a growing selection (the focus stays). */
  focusPos(pos: CellPos, extend: boolean): void;
  /** Selects the cell and puts the cursor there. */
  goTo(pos: CellPos): void;
  handle: GridHandle;
}

export function useFocus(live: GridLive, selection: SelectionControl): FocusControl {
  const focusPos = useCallback(
    (pos: CellPos, extend: boolean) => {
      const api = live.api;
      const colId = live.view.columns[pos.col]?.id;
      if (!api || colId === undefined) return;
      // The cell's focusin must not collapse the selection we just set.
      selection.expectFocus(pos);
      api.ensureIndexVisible(pos.row);
      api.ensureColumnVisible(colId);
      api.setFocusedCell(pos.row, colId);
      // setFocusedCell moves the grid's cursor; the browser focus must follow for Tab and typing.
      const follow = (): boolean => {
        const host = live.container;
        const el = cellElement(live, pos.row, colId);
        if (!host || !el) return false;
        const now = live.api?.getFocusedCell();
        const stillHere = now && now.rowIndex === pos.row && now.column.getColId() === colId;
        if (!stillHere || document.activeElement === el || host.querySelector('.ag-cell-inline-editing'))
          return true;
        if (!host.contains(document.activeElement)) return true;
        selection.expectFocus(pos);
        el.focus();
        return true;
      };
      if (!extend && !follow()) requestAnimationFrame(follow);
    },
    [live, selection],
  );

  const goTo = useCallback(
    (pos: CellPos) => {
      selection.set(singleCell(pos));
      focusPos(pos, false);
    },
    [focusPos, selection],
  );

  // Focus targets of this grid's sheets (undo, Prüfungen); a hidden row is revealed first.
  useEffect(
    () =>
      uiStore.registerFocusHandler(live.props.id, (target) => {
        if (!live.api || !live.props.sheets.includes(target.sheet)) return false;
        const pos = positionOf(target, live.index, live.colIndex);
        if (!pos) {
          if (target.cellKey || target.rowId) live.props.reveal?.(target);
          return false;
        }
        goTo(pos);
        return true;
      }),
    [goTo, live, live.props.id],
  );

  const handle = useMemo<GridHandle>(
    () => ({
      moveTo: (target: FocusTarget, edit = false) => {
        const api = live.api;
        const pos = api ? positionOf(target, live.index, live.colIndex) : null;
        const colId = pos ? live.view.columns[pos.col]?.id : undefined;
        if (!api || !pos || colId === undefined) return false;
        goTo(pos);
        if (edit) {
          requestSelectAllOnNextEdit();
          api.startEditingCell({ rowIndex: pos.row, colKey: colId });
        }
        return true;
      },
    }),
    [goTo, live],
  );

  return { focusPos, goTo, handle };
}

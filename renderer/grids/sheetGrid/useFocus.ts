/**
 * The grid's cursor: moving it (and the browser focus with it, for Tab and typing), jumps to
 * focus targets (undo, Prüfungen) and the handle toolbars use after an action. A jump from
 * outside the grid (Prüfungen → Anzeigen, a toolbar button) takes the keyboard focus along:
 * every jump lands on a cell the arrow keys move on from.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { FocusTarget } from '../../../shared/commands/applyCommand';
import type { CellPos } from '../../sheet/selection';
import { singleCell } from '../../sheet/selection';
import { requestSelectAllOnNextEdit } from '../../editors/activeEditor';
import { uiStore } from '../../state/uiStore';
import { pinnedPositionOf, positionOf } from './cellIndex';
import type { GridLive } from './types';
import type { SelectionControl } from './useSelection';
import { cellElement } from './useGridLive';

export interface FocusControl {
  /**
   * Moves the grid's cursor; `extend`: the head of a growing selection (the focus stays);
   * `force`: the browser focus comes along even from outside the grid (a jump).
   */
  focusPos(pos: CellPos, extend: boolean, force?: boolean): void;
  /** Selects the cell and puts the cursor there. */
  goTo(pos: CellPos, force?: boolean): void;
  /** Lands on a target (undo, Prüfungen, a toolbar action); false when this grid does not show it. */
  jump(target: FocusTarget): boolean;
}

/** Frames the browser focus waits for a cell that is not rendered yet (after scrolling there). */
const FOLLOW_FRAMES = 10;

/** `revealInView`: a sorted or filtered view hides the target: clear it (true), the jump retries. */
export function useFocus(
  live: GridLive,
  selection: SelectionControl,
  revealInView: () => boolean = () => false,
): FocusControl {
  /** Puts the browser focus on the element `find` returns, once it is rendered. */
  const follow = useCallback(
    (find: () => HTMLElement | null, still: () => boolean, force: boolean, before?: () => void) => {
      let frames = 0;
      const attempt = (): void => {
        const host = live.container;
        const el = find();
        if (!host || !still()) return;
        if (!el) {
          if (++frames < FOLLOW_FRAMES) requestAnimationFrame(attempt);
          return;
        }
        if (document.activeElement === el || host.querySelector('.ag-cell-inline-editing')) return;
        // Keys typed in a dialog or another field stay there; a jump brings the focus along.
        if (!force && !host.contains(document.activeElement)) return;
        before?.();
        el.focus();
      };
      attempt();
    },
    [live],
  );

  const focusPos = useCallback(
    (pos: CellPos, extend: boolean, force = false) => {
      const api = live.api;
      const colId = live.view.columns[pos.col]?.id;
      if (!api || colId === undefined) return;
      // The cell's focusin must not collapse the selection we just set.
      selection.expectFocus(pos);
      api.ensureIndexVisible(pos.row);
      api.ensureColumnVisible(colId);
      api.setFocusedCell(pos.row, colId);
      if (extend) return;
      // setFocusedCell moves the grid's cursor; the browser focus must follow for Tab and typing.
      follow(
        () => cellElement(live, pos.row, colId),
        () => {
          const now = live.api?.getFocusedCell();
          return !!now && now.rowIndex === pos.row && now.column.getColId() === colId;
        },
        force,
        () => selection.expectFocus(pos),
      );
    },
    [follow, live, selection],
  );

  const goTo = useCallback(
    (pos: CellPos, force = false) => {
      selection.set(singleCell(pos));
      focusPos(pos, false, force);
    },
    [focusPos, selection],
  );

  const jump = useCallback(
    (target: FocusTarget): boolean => {
      const api = live.api;
      if (!api || !live.props.sheets.includes(target.sheet)) return false;
      const pos = positionOf(target, live.index, live.colIndex);
      if (pos) {
        goTo(pos, true);
        return true;
      }
      // A sum pinned below the rows (Bildung): its cell, focused like any other.
      const pinned = pinnedPositionOf(target, live.index);
      if (pinned) {
        selection.set(null);
        api.ensureColumnVisible(pinned.colId);
        api.setFocusedCell(pinned.pinnedIndex, pinned.colId, 'bottom');
        follow(
          () =>
            live.container?.querySelector<HTMLElement>(
              `.ag-row[row-index="b-${pinned.pinnedIndex}"] .ag-cell[col-id="${pinned.colId}"]`,
            ) ?? null,
          () => true,
          true,
        );
        return true;
      }
      if (target.cellKey || target.rowId || target.figureId) {
        if (!revealInView()) live.props.reveal?.(target);
      }
      return false;
    },
    [follow, goTo, live, revealInView, selection],
  );

  // Focus targets of this grid's sheets (undo, Prüfungen); a hidden row is revealed first.
  useEffect(() => uiStore.registerFocusHandler(live.props.id, jump), [jump, live.props.id]);

  return useMemo(() => ({ focusPos, goTo, jump }), [focusPos, goTo, jump]);
}

/** The toolbar's handle: `moveTo` lands on a target and may open its editor. */
export function moveToTarget(
  live: GridLive,
  focus: FocusControl,
  target: FocusTarget,
  edit: boolean,
): boolean {
  const api = live.api;
  const pos = api ? positionOf(target, live.index, live.colIndex) : null;
  const colId = pos ? live.view.columns[pos.col]?.id : undefined;
  if (!api || !pos || colId === undefined) return false;
  focus.goTo(pos, true);
  if (edit) {
    requestSelectAllOnNextEdit();
    api.startEditingCell({ rowIndex: pos.row, colKey: colId });
  }
  return true;
}

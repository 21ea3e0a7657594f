/**
 * Committing and cancelling a cell editor. A typed value is a paste of one cell: it goes
 * through writeCells like a paste, and is parsed there only. Enter and Tab commit in their
 * keystroke (SheetGrid's header says why); AG Grid's own edit request, a task later, is then
 * recognised and dropped. A value that cannot be read keeps the editor open with its message.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import type { SheetRow } from '../../sheet/cellSpec';
import { writeTyped } from '../../sheet/writeCells';
import { activeEditorText, showActiveEditorError } from '../../editors/activeEditor';
import { planStore } from '../../state/planStore';
import { runCommand } from '../../state/actions';
import { uiStore } from '../../state/uiStore';
import type { GridLive } from './types';
import { cellElement } from './useGridLive';

/** An edit committed in its keystroke; AG Grid's late edit request for it is then ignored. */
interface SyncCommit {
  rowId: string;
  colId: string;
  text: string;
  at: number;
}

export interface CommitControl {
  /** Enter/Tab on an open editor: stores its text now; false when it cannot be read (kept open). */
  commitInKeystroke(data: SheetRow | undefined, colId: string): boolean;
  onCellEditRequest(e: CellEditRequestEvent<SheetRow, string>): void;
  /** Escape: cancels the edit now (AG Grid would a task later) and puts the focus back. */
  cancelEditing(api: GridApi<SheetRow>, rowIndex: number | null, colId: string): void;
}

/** Stores what was typed into a cell; the message of a value that cannot be read, else null. */
function commitText(data: SheetRow | undefined, colId: string, text: string): string | null {
  const r = writeTyped(data?.cells[colId], text, planStore.getState());
  if (!r.ok) return r.message;
  runCommand(r.command);
  return null;
}

export function useCommit(live: GridLive): CommitControl {
  const syncCommitRef = useRef<SyncCommit | null>(null);

  const commitInKeystroke = useCallback((data: SheetRow | undefined, colId: string): boolean => {
    const text = activeEditorText();
    if (text === null || !data) return true;
    const refused = commitText(data, colId, text);
    if (refused !== null) {
      showActiveEditorError(refused);
      return false;
    }
    syncCommitRef.current = { rowId: data.id, colId, text, at: performance.now() };
    return true;
  }, []);

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<SheetRow, string>) => {
    const colId = e.column.getColId();
    const text = typeof e.newValue === 'string' ? e.newValue : '';
    const done = syncCommitRef.current;
    if (done && e.data && done.rowId === e.data.id && done.colId === colId && done.text === text) {
      syncCommitRef.current = null;
      if (performance.now() - done.at < 2000) return;
    }
    const refused = commitText(e.data, colId, text);
    if (refused !== null) uiStore.say(refused, 'error');
  }, []);

  const cancelEditing = useCallback(
    (api: GridApi<SheetRow>, rowIndex: number | null, colId: string) => {
      api.stopEditing(true);
      if (rowIndex !== null) cellElement(live, rowIndex, colId)?.focus();
    },
    [live],
  );

  return useMemo(
    () => ({ commitInKeystroke, onCellEditRequest, cancelEditing }),
    [cancelEditing, commitInKeystroke, onCellEditRequest],
  );
}

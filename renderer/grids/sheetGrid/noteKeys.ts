/**
 * The Bemerkung of the cell under the cursor (shell/NoteEditor.tsx): Umschalt+F2 in a grid,
 * the context menu and Bearbeiten → "Notiz bearbeiten…".
 */
import type { KeyboardEvent } from 'react';
import { describeNoteKey } from '../../../shared/commands/describeNote';
import { isNoteKey, noteKeyOfCell } from '../../sheet/cellNote';
import { requestNote } from '../../state/noteRequests';
import { planStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import type { GridLive } from './types';

/** Opens the note editor for the cursor's cell; says why not when the cell takes no note. */
export function openNoteAtCursor(live: GridLive): boolean {
  const api = live.api;
  const focused = api?.getFocusedCell();
  if (!api || !focused) return false;
  const node =
    focused.rowPinned === 'bottom'
      ? api.getPinnedBottomRow(focused.rowIndex)
      : api.getDisplayedRowAtIndex(focused.rowIndex);
  const key = noteKeyOfCell(node?.data, focused.column.getColId());
  const sheet = live.props.sheets[0];
  if (!key || !sheet) {
    uiStore.say(
      'Zu dieser Zelle lässt sich keine Bemerkung erfassen; Bemerkungen gehören zu Zahlen und Maßnahmen.',
      'error',
    );
    return true;
  }
  const { plan, calc } = planStore.getState();
  requestNote({ key, sheet, where: describeNoteKey(plan, calc, key) });
  return true;
}

/** Handles the key and returns true when it was Umschalt+F2 outside an editor. */
export function handleNoteKey(e: KeyboardEvent<HTMLDivElement>, live: GridLive, editing: boolean): boolean {
  if (!live.api || editing || !isNoteKey(e) || !live.api.getFocusedCell()) return false;
  e.preventDefault();
  e.stopPropagation();
  return openNoteAtCursor(live);
}

/** Umschalt+F2 in a grid: the Bemerkung of the cell under the cursor (shell/NoteEditor.tsx). */
import type { KeyboardEvent } from 'react';
import { describeNoteKey } from '../../../shared/commands/describeNote';
import { isNoteKey, noteKeyOfCell } from '../../sheet/cellNote';
import { requestNote } from '../../state/noteRequests';
import { planStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import type { GridLive } from './types';

/** Handles the key and returns true when it was Umschalt+F2 outside an editor. */
export function handleNoteKey(e: KeyboardEvent<HTMLDivElement>, live: GridLive, editing: boolean): boolean {
  const api = live.api;
  if (!api || editing || !isNoteKey(e)) return false;
  const focused = api.getFocusedCell();
  if (!focused) return false;
  e.preventDefault();
  e.stopPropagation();
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

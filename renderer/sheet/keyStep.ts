/**
 * What a spreadsheet key (keyboard.ts) does to the selection and the cursor, given where the
 * grid's cursor is: plain data, so the grid only carries it out.
 */
import type { SheetAction } from './keyboard';
import type { CellPos, GridBounds, Selection } from './selection';
import { moveHead, singleCell } from './selection';

export type KeyStep =
  /** New selection; `cursor`: where the grid's cursor goes (`extend`: the selection's head). */
  | { kind: 'select'; selection: Selection; cursor: { pos: CellPos; extend: boolean } | null }
  | { kind: 'clear' }
  | { kind: 'fillDown' }
  | { kind: 'undo' }
  | { kind: 'redo' };

const clamp = (v: number, hi: number): number => Math.max(0, Math.min(hi, v));

function goTo(pos: CellPos): KeyStep {
  return { kind: 'select', selection: singleCell(pos), cursor: { pos, extend: false } };
}

/** `current`: the selection before the key; `cursor`: the grid's focused cell. */
export function keyStep(
  action: SheetAction,
  cursor: CellPos,
  current: Selection | null,
  b: GridBounds,
): KeyStep {
  switch (action.type) {
    case 'extend': {
      // The selection's head is the grid's cursor; anything else is stale.
      const sel =
        current && current.head.row === cursor.row && current.head.col === cursor.col
          ? current
          : singleCell(cursor);
      const dRow = action.toEdge ? action.dRow * b.rows : action.dRow;
      const dCol = action.toEdge ? action.dCol * b.cols : action.dCol;
      const next = moveHead(sel, dRow, dCol, b);
      return { kind: 'select', selection: next, cursor: { pos: next.head, extend: true } };
    }
    case 'move':
      return goTo({
        row: clamp(cursor.row + action.dRow, b.rows - 1),
        col: clamp(cursor.col + action.dCol, b.cols - 1),
      });
    case 'jumpStart':
      return goTo({ row: 0, col: 0 });
    case 'jumpEnd':
      return goTo({ row: b.rows - 1, col: b.cols - 1 });
    case 'selectAll':
      return {
        kind: 'select',
        selection: { anchor: { row: 0, col: 0 }, head: { row: b.rows - 1, col: b.cols - 1 } },
        cursor: null,
      };
    case 'clear':
    case 'fillDown':
    case 'undo':
    case 'redo':
      return { kind: action.type };
  }
}

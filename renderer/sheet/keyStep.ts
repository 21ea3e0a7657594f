/**
 * What a spreadsheet key (keyboard.ts) does to the selection and the cursor, given where the
 * grid's cursor is: plain data, so the grid only carries it out.
 */
import type { SheetAction } from './keyboard';
import type { CellPos, GridBounds, Selection } from './selection';
import { moveHead, rowSelection, singleCell, toRange } from './selection';

export type KeyStep =
  /** New selection; `cursor`: where the grid's cursor goes (`extend`: the selection's head). */
  | { kind: 'select'; selection: Selection; cursor: { pos: CellPos; extend: boolean } | null }
  /** Carried out by the grid as it is (rows, find, menu, clear, fill, history). */
  | {
      kind: Exclude<
        SheetAction['type'],
        'extend' | 'move' | 'jumpStart' | 'jumpEnd' | 'rowEdge' | 'selectAll' | 'selectRows'
      >;
      action: SheetAction;
    };

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
  // The selection's head is the grid's cursor; anything else is stale.
  const live = () =>
    current && current.head.row === cursor.row && current.head.col === cursor.col
      ? current
      : singleCell(cursor);
  switch (action.type) {
    case 'extend': {
      const dRow = action.toEdge ? action.dRow * b.rows : action.dRow;
      const dCol = action.toEdge ? action.dCol * b.cols : action.dCol;
      const next = moveHead(live(), dRow, dCol, b);
      return { kind: 'select', selection: next, cursor: { pos: next.head, extend: true } };
    }
    case 'move':
      return goTo({
        row: clamp(cursor.row + action.dRow, b.rows - 1),
        col: clamp(cursor.col + action.dCol, b.cols - 1),
      });
    case 'rowEdge': {
      const col = action.end ? b.cols - 1 : 0;
      if (!action.extend) return goTo({ row: cursor.row, col });
      const next = { anchor: live().anchor, head: { row: cursor.row, col } };
      return { kind: 'select', selection: next, cursor: { pos: next.head, extend: true } };
    }
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
    case 'selectRows': {
      const sel = live();
      const r = toRange(sel);
      const up = sel.head.row < sel.anchor.row;
      const next = rowSelection(up ? r.bottom : r.top, up ? r.top : r.bottom, b);
      return { kind: 'select', selection: next, cursor: { pos: next.head, extend: true } };
    }
    default:
      return { kind: action.type, action };
  }
}

import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  clampSelection,
  contains,
  extendTo,
  isSingleCell,
  moveHead,
  pasteTarget,
  rangeSize,
  singleCell,
  toRange,
} from '../../../../renderer/sheet/selection';

const bounds = { rows: 10, cols: 5 };

describe('rectangular selection', () => {
  it('Shift+arrows move the head while the anchor stays', () => {
    let sel = singleCell({ row: 2, col: 1 });
    sel = moveHead(sel, 1, 0, bounds);
    sel = moveHead(sel, 1, 0, bounds);
    sel = moveHead(sel, 0, 1, bounds);
    expect(sel.anchor).toEqual({ row: 2, col: 1 });
    expect(toRange(sel)).toEqual({ top: 2, bottom: 4, left: 1, right: 2 });
  });
  it('moving the head above the anchor flips the range', () => {
    const sel = moveHead(moveHead(singleCell({ row: 3, col: 3 }), -2, 0, bounds), 0, -3, bounds);
    expect(toRange(sel)).toEqual({ top: 1, bottom: 3, left: 0, right: 3 });
  });
  it('stops at the edges of the grid', () => {
    const sel = moveHead(singleCell({ row: 9, col: 4 }), 5, 5, bounds);
    expect(sel.head).toEqual({ row: 9, col: 4 });
    expect(moveHead(singleCell({ row: 0, col: 0 }), -1, -1, bounds).head).toEqual({ row: 0, col: 0 });
  });
  it('Shift+click extends from the anchor to the clicked cell', () => {
    const sel = extendTo(singleCell({ row: 5, col: 0 }), { row: 1, col: 2 });
    expect(toRange(sel)).toEqual({ top: 1, bottom: 5, left: 0, right: 2 });
    expect(rangeSize(toRange(sel))).toEqual({ rows: 5, cols: 3 });
    expect(isSingleCell(sel)).toBe(false);
    expect(isSingleCell(singleCell({ row: 1, col: 1 }))).toBe(true);
  });
  it('lists the cells row by row and knows what it contains', () => {
    const range = toRange(extendTo(singleCell({ row: 0, col: 0 }), { row: 1, col: 1 }));
    expect(cellsOf(range)).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]);
    expect(contains(range, { row: 1, col: 1 })).toBe(true);
    expect(contains(range, { row: 2, col: 1 })).toBe(false);
  });
  it('a paste fills the block size from the top-left cell', () => {
    expect(pasteTarget(singleCell({ row: 2, col: 1 }), { rows: 3, cols: 2 }, bounds)).toEqual({
      top: 2,
      bottom: 4,
      left: 1,
      right: 2,
    });
  });
  it('a paste repeats the block over a selection that is a multiple of it (Excel)', () => {
    const sel = extendTo(singleCell({ row: 0, col: 0 }), { row: 3, col: 0 });
    expect(pasteTarget(sel, { rows: 1, cols: 1 }, bounds)).toEqual({ top: 0, bottom: 3, left: 0, right: 0 });
    expect(pasteTarget(sel, { rows: 3, cols: 1 }, bounds)).toEqual({ top: 0, bottom: 2, left: 0, right: 0 });
  });
  it('a paste is cut off at the edge of the grid', () => {
    expect(pasteTarget(singleCell({ row: 8, col: 4 }), { rows: 5, cols: 3 }, bounds)).toEqual({
      top: 8,
      bottom: 9,
      left: 4,
      right: 4,
    });
  });
  it('keeps a selection inside the grid after rows went away', () => {
    const sel = clampSelection(extendTo(singleCell({ row: 8, col: 1 }), { row: 9, col: 2 }), {
      rows: 5,
      cols: 5,
    });
    expect(toRange(sel)).toEqual({ top: 4, bottom: 4, left: 1, right: 2 });
  });
});

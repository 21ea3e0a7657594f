import { describe, expect, it } from 'vitest';
import { sheetActionFor } from '../../../../renderer/sheet/keyboard';
import type { KeyLike } from '../../../../renderer/sheet/keyboard';
import { keyStep } from '../../../../renderer/sheet/keyStep';
import { singleCell } from '../../../../renderer/sheet/selection';

const bounds = { rows: 10, cols: 5 };
const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const step = (k: KeyLike, cursor = { row: 4, col: 2 }, current = singleCell(cursor)) => {
  const action = sheetActionFor(k, false);
  if (!action) throw new Error(`keine Aktion für ${k.key}`);
  return keyStep(action, cursor, current, bounds);
};

describe('what a key does to the selection', () => {
  it('Shift+arrows grow the selection from the cursor; the cursor follows the head', () => {
    const first = step(key('ArrowDown', { shiftKey: true }));
    expect(first).toEqual({
      kind: 'select',
      selection: { anchor: { row: 4, col: 2 }, head: { row: 5, col: 2 } },
      cursor: { pos: { row: 5, col: 2 }, extend: true },
    });
    if (first.kind !== 'select') return;
    const second = step(key('ArrowRight', { shiftKey: true }), { row: 5, col: 2 }, first.selection);
    expect(second).toMatchObject({ selection: { anchor: { row: 4, col: 2 }, head: { row: 5, col: 3 } } });
  });

  it('a selection whose head is not the cursor is stale: Shift+arrow starts from the cursor', () => {
    const stale = { anchor: { row: 0, col: 0 }, head: { row: 1, col: 1 } };
    expect(step(key('ArrowUp', { shiftKey: true }), { row: 4, col: 2 }, stale)).toMatchObject({
      selection: { anchor: { row: 4, col: 2 }, head: { row: 3, col: 2 } },
    });
  });

  it('Ctrl+Shift+arrow goes to the edge; Ctrl+Home/End jump; Shift+Enter moves up', () => {
    expect(step(key('ArrowDown', { shiftKey: true, ctrlKey: true }))).toMatchObject({
      selection: { anchor: { row: 4, col: 2 }, head: { row: 9, col: 2 } },
    });
    expect(step(key('Home', { ctrlKey: true }))).toEqual({
      kind: 'select',
      selection: singleCell({ row: 0, col: 0 }),
      cursor: { pos: { row: 0, col: 0 }, extend: false },
    });
    expect(step(key('End', { ctrlKey: true }))).toMatchObject({ selection: singleCell({ row: 9, col: 4 }) });
    expect(step(key('Enter', { shiftKey: true }))).toMatchObject({
      selection: singleCell({ row: 3, col: 2 }),
    });
    expect(step(key('Enter', { shiftKey: true }), { row: 0, col: 1 })).toMatchObject({
      selection: singleCell({ row: 0, col: 1 }),
    });
  });

  it('Ctrl+A selects everything without moving the cursor; the others are edits', () => {
    expect(step(key('a', { ctrlKey: true }))).toEqual({
      kind: 'select',
      selection: { anchor: { row: 0, col: 0 }, head: { row: 9, col: 4 } },
      cursor: null,
    });
    expect(step(key('Delete'))).toEqual({ kind: 'clear' });
    expect(step(key('d', { ctrlKey: true }))).toEqual({ kind: 'fillDown' });
    expect(step(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(step(key('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
  });
});

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
    expect(step(key('Delete'))).toMatchObject({ kind: 'clear' });
    expect(step(key('d', { ctrlKey: true }))).toMatchObject({ kind: 'fillDown' });
    expect(step(key('z', { ctrlKey: true }))).toMatchObject({ kind: 'undo' });
    expect(step(key('y', { ctrlKey: true }))).toMatchObject({ kind: 'redo' });
    expect(step(key('+', { ctrlKey: true }))).toMatchObject({ kind: 'insertRows' });
    expect(step(key('-', { ctrlKey: true }))).toMatchObject({ kind: 'deleteRows' });
  });

  it("Home and End go to the row's first and last column; with Shift the selection grows there", () => {
    expect(step(key('Home'))).toEqual({
      kind: 'select',
      selection: singleCell({ row: 4, col: 0 }),
      cursor: { pos: { row: 4, col: 0 }, extend: false },
    });
    expect(step(key('End'))).toMatchObject({ selection: singleCell({ row: 4, col: 4 }) });
    expect(step(key('End', { shiftKey: true }))).toEqual({
      kind: 'select',
      selection: { anchor: { row: 4, col: 2 }, head: { row: 4, col: 4 } },
      cursor: { pos: { row: 4, col: 4 }, extend: true },
    });
  });

  it('Shift+Space selects the whole rows; Shift+arrows then go on with whole rows', () => {
    const current = { anchor: { row: 2, col: 3 }, head: { row: 4, col: 2 } };
    const rows = step(key(' ', { shiftKey: true }), { row: 4, col: 2 }, current);
    expect(rows).toEqual({
      kind: 'select',
      selection: { anchor: { row: 2, col: 4 }, head: { row: 4, col: 0 } },
      cursor: { pos: { row: 4, col: 0 }, extend: true },
    });
    if (rows.kind !== 'select') return;
    expect(step(key('ArrowDown', { shiftKey: true }), { row: 4, col: 0 }, rows.selection)).toMatchObject({
      selection: { anchor: { row: 2, col: 4 }, head: { row: 5, col: 0 } },
    });
  });
});

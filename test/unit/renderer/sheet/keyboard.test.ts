import { describe, expect, it } from 'vitest';
import { historyActionFor, sheetActionFor } from '../../../../renderer/sheet/keyboard';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean; meta: boolean }> = {},
) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
  metaKey: !!mods.meta,
});

describe('spreadsheet keys (Excel habits)', () => {
  it('Shift+arrows extend the selection, Ctrl+Shift+arrows to the edge', () => {
    expect(sheetActionFor(key('ArrowDown', { shift: true }), false)).toEqual({
      type: 'extend',
      dRow: 1,
      dCol: 0,
      toEdge: false,
    });
    expect(sheetActionFor(key('ArrowLeft', { shift: true, ctrl: true }), false)).toEqual({
      type: 'extend',
      dRow: 0,
      dCol: -1,
      toEdge: true,
    });
  });
  it('plain arrows, Tab, Enter, F2 and Escape stay with the grid', () => {
    expect(sheetActionFor(key('Home'), false)).toEqual({ type: 'rowEdge', end: false, extend: false });
    expect(sheetActionFor(key('End', { shift: true }), false)).toEqual({
      type: 'rowEdge',
      end: true,
      extend: true,
    });
    for (const k of ['ArrowDown', 'Tab', 'Enter', 'F2', 'Escape'])
      expect(sheetActionFor(key(k), false)).toBeNull();
    // Shift+Enter moves up without starting the editor (Excel), inside an editor AG Grid commits and moves up
    expect(sheetActionFor(key('Enter', { shift: true }), false)).toEqual({ type: 'move', dRow: -1, dCol: 0 });
    expect(sheetActionFor(key('Enter', { shift: true }), true)).toBeNull();
  });
  it('Ctrl+Home/End jump, Delete and Backspace clear, Ctrl+D fills down, Ctrl+A selects all', () => {
    expect(sheetActionFor(key('Home', { ctrl: true }), false)).toEqual({ type: 'jumpStart' });
    expect(sheetActionFor(key('End', { ctrl: true }), false)).toEqual({ type: 'jumpEnd' });
    expect(sheetActionFor(key('Delete'), false)).toEqual({ type: 'clear' });
    expect(sheetActionFor(key('Backspace'), false)).toEqual({ type: 'clear' });
    expect(sheetActionFor(key('d', { ctrl: true }), false)).toEqual({ type: 'fillDown' });
    expect(sheetActionFor(key('D', { ctrl: true, shift: false }), false)).toEqual({ type: 'fillDown' });
    expect(sheetActionFor(key('a', { ctrl: true }), false)).toEqual({ type: 'selectAll' });
  });
  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (also with Cmd)', () => {
    expect(sheetActionFor(key('z', { ctrl: true }), false)).toEqual({ type: 'undo' });
    expect(sheetActionFor(key('y', { ctrl: true }), false)).toEqual({ type: 'redo' });
    expect(sheetActionFor(key('Z', { ctrl: true, shift: true }), false)).toEqual({ type: 'redo' });
    expect(sheetActionFor(key('z', { meta: true }), false)).toEqual({ type: 'undo' });
    expect(historyActionFor(key('z', { ctrl: true }))).toBe('undo');
    expect(historyActionFor(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyActionFor(key('y', { ctrl: true }))).toBe('redo');
    expect(historyActionFor(key('z'))).toBeNull();
  });
  it('while a cell editor is open the keys belong to the editor', () => {
    expect(sheetActionFor(key('Delete'), true)).toBeNull();
    expect(sheetActionFor(key('z', { ctrl: true }), true)).toBeNull();
    expect(sheetActionFor(key('ArrowRight', { shift: true }), true)).toBeNull();
  });
  it('Strg++ and Strg+- insert and delete rows; Strg+Alt+ and Strg+0 are left to the zoom', () => {
    expect(sheetActionFor(key('+', { ctrl: true }), false)).toEqual({ type: 'insertRows' });
    expect(sheetActionFor(key('+', { ctrl: true, shift: true }), false)).toEqual({ type: 'insertRows' });
    expect(sheetActionFor(key('-', { ctrl: true }), false)).toEqual({ type: 'deleteRows' });
    expect(sheetActionFor(key('+', { ctrl: true, alt: true }), false)).toBeNull();
    expect(sheetActionFor(key('0', { ctrl: true }), false)).toBeNull();
  });
  it('Strg+F and F3 find, Shift+F10 and the context-menu key open the menu, Shift+Space rows', () => {
    expect(sheetActionFor(key('f', { ctrl: true }), false)).toEqual({ type: 'find' });
    expect(sheetActionFor(key('F3', { shift: true }), false)).toEqual({ type: 'findNext', back: true });
    expect(sheetActionFor(key('F10', { shift: true }), false)).toEqual({ type: 'contextMenu' });
    expect(sheetActionFor(key('ContextMenu'), false)).toEqual({ type: 'contextMenu' });
    expect(sheetActionFor(key('F10'), false)).toBeNull();
    expect(sheetActionFor(key(' ', { shift: true }), false)).toEqual({ type: 'selectRows' });
    expect(sheetActionFor(key(' '), false)).toBeNull();
  });
  it('Ctrl+C and Ctrl+V are left to the browser copy and paste events', () => {
    expect(sheetActionFor(key('c', { ctrl: true }), false)).toBeNull();
    expect(sheetActionFor(key('v', { ctrl: true }), false)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clearWrites, fillDownWrites, planPaste } from '../../../../renderer/sheet/rangeWrites';
import type { SheetRow } from '../../../../renderer/sheet/cellSpec';
import { singleCell } from '../../../../renderer/sheet/selection';
import { writeCells } from '../../../../renderer/sheet/writeCells';
import { PlanStore } from '../../../../renderer/state/planStore';
import { findInstrumentRow } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { portfolioView } from './specs';

// columns: 0 instrument, 1 eintritte, 2 mittelansatz, 3 kje (read-only), 4 fbw
const view = portfolioView(['r-mag', 'r-egz', 'r-esg', 'r-eq']);
const texts = (writes: { text: string }[]) => writes.map((w) => w.text);
const wheres = (writes: { where?: string }[]) => writes.map((w) => w.where);

describe('which cells a paste writes', () => {
  it('a block lands from the top-left of the selection, row by row, naming each cell', () => {
    const plan = planPaste(view, singleCell({ row: 1, col: 1 }), [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(plan.target).toEqual({ top: 1, bottom: 2, left: 1, right: 2 });
    expect(texts(plan.writes)).toEqual(['1', '2', '3', '4']);
    expect(wheres(plan.writes)).toEqual([
      'Zeile 2, Eintritte',
      'Zeile 2, Mittelansatz',
      'Zeile 3, Eintritte',
      'Zeile 3, Mittelansatz',
    ]);
    expect(plan.prelude).toBeUndefined();
  });

  it('repeats over a selection that is a multiple of the block, and is cut at the edges', () => {
    const repeated = planPaste(view, { anchor: { row: 0, col: 1 }, head: { row: 3, col: 1 } }, [
      ['7'],
      ['8'],
    ]);
    expect(repeated.target).toEqual({ top: 0, bottom: 3, left: 1, right: 1 });
    expect(texts(repeated.writes)).toEqual(['7', '8', '7', '8']);
    const cut = planPaste(view, singleCell({ row: 3, col: 3 }), [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(cut.target).toEqual({ top: 3, bottom: 3, left: 3, right: 4 });
    expect(texts(cut.writes)).toEqual(['a', 'b']);
  });

  it('read-only cells in the block are skipped when written, the rest is one step', () => {
    const store = new PlanStore(beispielplan());
    const plan = planPaste(view, singleCell({ row: 0, col: 2 }), [['90.000', '999', 'ja']]);
    expect(plan.writes.map((w) => w.spec?.kind)).toEqual(['input', 'figure', 'choice']);
    const r = writeCells(plan.writes, store.getState(), 'Einfügen');
    expect(r).toMatchObject({ ok: true, cells: 2, command: { type: 'batch' } });
    if (!r.ok || !r.command) throw new Error('kein Befehl');
    store.execute(r.command);
    const row = findInstrumentRow(store.getState().plan, 'r-mag')!;
    expect([row.mittelansatz, row.fbw]).toEqual([90_000, true]);
  });

  it('a block of several rows goes where the grid says (new rows first), a single row does not ask', () => {
    const asked: [number, number][] = [];
    const extra: SheetRow = { ...view.rows[3]!, id: 'neu' };
    const pasteRows = (rows: readonly SheetRow[], start: number, count: number) => {
      asked.push([start, count]);
      return {
        rows: [rows[start]!, extra],
        prelude: { type: 'deleteRows' as const, rowIds: ['x'] },
      };
    };
    const plan = planPaste(view, singleCell({ row: 2, col: 0 }), [['A'], ['B']], pasteRows);
    expect(asked).toEqual([[2, 2]]);
    expect(plan.prelude).toEqual({ type: 'deleteRows', rowIds: ['x'] });
    expect(plan.target).toEqual({ top: 2, bottom: 3, left: 0, right: 0 });
    expect(plan.rowIds).toEqual([view.rows[2]!.id, 'neu']);
    expect(plan.writes.map((w) => w.spec)).toEqual([view.rows[2]!.cells.instrument, extra.cells.instrument]);
    planPaste(view, singleCell({ row: 2, col: 0 }), [['A']], pasteRows);
    expect(asked).toHaveLength(1);
  });
});

describe('Delete and Ctrl+D over a range', () => {
  it('Delete empties every cell of the range', () => {
    const writes = clearWrites(view, { top: 0, bottom: 1, left: 1, right: 2 });
    expect(texts(writes)).toEqual(['', '', '', '']);
    expect(wheres(writes)).toEqual([
      'Zeile 1, Eintritte',
      'Zeile 1, Mittelansatz',
      'Zeile 2, Eintritte',
      'Zeile 2, Mittelansatz',
    ]);
  });

  it('Ctrl+D repeats the first row into the cells of the same kind below', () => {
    const s = new PlanStore(beispielplan()).getState();
    const writes = fillDownWrites(view, { top: 0, bottom: 2, left: 1, right: 3 }, s);
    // Eintritte 1.000, Mittelansatz 80.000; Kosten je Eintritt is derived: listed, not written
    expect(texts(writes)).toEqual(['1000', '1000', '80000', '80000', '', '']);
    expect(writes.map((w) => w.spec)).toEqual(
      ['eintritte', 'mittelansatz', 'kje'].flatMap((c) => [view.rows[1]!.cells[c], view.rows[2]!.cells[c]]),
    );
    expect(writeCells(writes, s, 'Nach unten ausfüllen')).toMatchObject({ ok: true, cells: 4 });
    expect(fillDownWrites(view, { top: 0, bottom: 0, left: 1, right: 1 }, s)).toEqual([]);
  });

  it('Ctrl+D copies a "nein" choice down too (it is shown as an empty cell)', () => {
    const store = new PlanStore(beispielplan());
    store.execute({ type: 'patchRow', rowId: 'r-egz', patch: { fbw: true } });
    const writes = fillDownWrites(view, { top: 0, bottom: 1, left: 4, right: 4 }, store.getState());
    expect(texts(writes)).toEqual(['nein']);
    const r = writeCells(writes, store.getState(), 'Nach unten ausfüllen');
    if (!r.ok || !r.command) throw new Error('kein Befehl');
    store.execute(r.command);
    expect(findInstrumentRow(store.getState().plan, 'r-egz')!.fbw).toBe(false);
  });
});

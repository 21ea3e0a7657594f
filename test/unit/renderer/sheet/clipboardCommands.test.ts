import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../../shared/model/cellKey';
import { readInput } from '../../../../shared/model/inputs';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { blockFromClipboard, copyText } from '../../../../renderer/sheet/clipboard';
import { fillDownWrites } from '../../../../renderer/sheet/rangeWrites';
import { writeCells } from '../../../../renderer/sheet/writeCells';
import type { CellSpec } from '../../../../renderer/sheet/cellSpec';
import { PlanStore } from '../../../../renderer/state/planStore';
import { buildPortfolioRows, portfolioPasteRows } from '../../../../renderer/grids/portfolioRows';

const eintritte = (id: string): CellSpec => ({
  kind: 'input',
  key: cellKey({ kind: 'row', id, field: 'eintritte' }),
  unit: 'count',
});
const mittel = (id: string): CellSpec => ({
  kind: 'input',
  key: cellKey({ kind: 'row', id, field: 'mittelansatz' }),
  unit: 'eur',
});

describe('clipboard blocks', () => {
  it('prefers the HTML table over the text (Excel puts both)', () => {
    expect(blockFromClipboard('<table><tr><td>1,5</td></tr></table>', '9\r\n')).toEqual([['1,5']]);
    expect(blockFromClipboard('', '1\t2\r\n')).toEqual([['1', '2']]);
  });
});

describe('paste, fill and clear as one command', () => {
  it('a 3×2 paste with German numbers sets 6 cells in one undo step; undo restores all 6', () => {
    const store = new PlanStore(beispielplan());
    const ids = ['r-mag', 'r-egz', 'r-esg'];
    const block = blockFromClipboard(null, '1.100\t90.000\r\n600\t2.500.000\r\n90\t160.000,50\r\n');
    const cells = ids.flatMap((id, r) => [
      { spec: eintritte(id), where: `Zeile ${r + 1}, Eintritte`, text: block[r]![0]! },
      { spec: mittel(id), where: `Zeile ${r + 1}, Mittelansatz`, text: block[r]![1]! },
    ]);
    const res = writeCells(cells, store.getState(), 'Einfügen');
    expect(res.ok).toBe(true);
    if (!res.ok || !res.command) throw new Error('kein Befehl');
    expect(res.cells).toBe(6);
    const before = store.getState().calc.get('portfolio.mittelansatzEgt')!;
    expect(store.execute(res.command).ok).toBe(true);
    const plan = store.getState().plan;
    expect(readInput(plan, cellKey({ kind: 'row', id: 'r-egz', field: 'mittelansatz' }))).toBe(2_500_000);
    expect(readInput(plan, cellKey({ kind: 'row', id: 'r-esg', field: 'mittelansatz' }))).toBe(160_000.5);
    expect(store.getState().calc.get('portfolio.mittelansatzEgt')).toBeCloseTo(
      before + 10_000 + 300_000 + 10_000.5,
      2,
    );
    expect(store.getState().history.past).toHaveLength(1);
    store.undo();
    const back = store.getState().plan;
    expect(readInput(back, cellKey({ kind: 'row', id: 'r-mag', field: 'eintritte' }))).toBe(1000);
    expect(readInput(back, cellKey({ kind: 'row', id: 'r-esg', field: 'mittelansatz' }))).toBe(150_000);
    expect(store.getState().calc.get('portfolio.mittelansatzEgt')).toBe(before);
  });

  it('one unreadable cell refuses the whole paste and names the cell', () => {
    const state = new PlanStore(beispielplan()).getState();
    const res = writeCells(
      [
        { spec: eintritte('r-mag'), where: 'Zeile 1, Eintritte', text: '12' },
        { spec: mittel('r-mag'), where: 'Zeile 1, Mittelansatz', text: 'abc' },
      ],
      state,
      'Einfügen',
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toMatch(/^Zeile 1, Mittelansatz: /);
  });

  it('derived cells are skipped, formulas are kept', () => {
    const res = writeCells(
      [
        { spec: { kind: 'figure', id: 'portfolio.eintritte', unit: 'count' }, where: 'x', text: '5' },
        { spec: mittel('r-mag'), where: 'y', text: '=120*2400' },
      ],
      new PlanStore(beispielplan()).getState(),
      'Einfügen',
    );
    expect(res).toEqual({
      ok: true,
      cells: 1,
      command: {
        type: 'setInputs',
        changes: [{ key: 'row.r-mag.mittelansatz', value: 288_000, formula: '=120*2400' }],
      },
      // the value meant for the derived figure is named, not lost silently
      skipped: ['x'],
    });
  });

  it('Ctrl+D copies the first row down, formula text included', () => {
    const store = new PlanStore(beispielplan());
    store.execute({
      type: 'setInputs',
      changes: [{ key: 'row.r-mag.eintritte', value: 240, formula: '=2*120' }],
    });
    const view = {
      columns: [{ id: 'e', header: 'Eintritte', width: 80, align: 'right' as const }],
      rows: ['r-mag', 'r-egz', 'r-esg'].map((id) => ({
        id,
        kind: 'data' as const,
        cells: { e: eintritte(id) },
      })),
    };
    const filled = fillDownWrites(view, { top: 0, bottom: 2, left: 0, right: 0 }, store.getState());
    expect(filled.map((f) => f.text)).toEqual(['=2*120', '=2*120']);
    const res = writeCells(filled, store.getState(), 'Nach unten ausfüllen');
    if (!res.ok || !res.command) throw new Error('kein Befehl');
    store.execute(res.command);
    expect(readInput(store.getState().plan, 'row.r-esg.eintritte')).toBe(240);
    expect(store.getState().plan.formeln['row.r-esg.eintritte']).toBe('=2*120');
  });

  it('copies numbers as plain German numbers Excel reads back', () => {
    const store = new PlanStore(beispielplan());
    expect(copyText(mittel('r-ftec'), store.getState())).toBe('555840');
    expect(
      copyText({ kind: 'figure', id: 'haushalt.plan.egtAuslastung', unit: 'ratio' }, store.getState()),
    ).toMatch(/^\d+,\d+ %$/);
  });
});

describe('undo brings the cursor back', () => {
  it('undo reports the changed cell as focus and the label of what it undid', () => {
    const store = new PlanStore(beispielplan());
    store.execute({ type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 2_500_000 }] });
    expect(store.undoLabel()).toMatch(/Mittelansatz/);
    const r = store.undo();
    expect(r?.ok).toBe(true);
    if (r?.ok)
      expect(r.applied.focus).toMatchObject({ sheet: 'portfolio', cellKey: 'row.r-egz.mittelansatz' });
    expect(store.redoLabel()).toMatch(/Mittelansatz/);
  });
  it('announces changes with the figures that changed', () => {
    const store = new PlanStore(beispielplan());
    const seen: string[][] = [];
    store.subscribe((c) => seen.push(c.changedFigures));
    store.execute({ type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 2_500_000 }] });
    expect(seen[0]).toEqual(
      expect.arrayContaining([
        'area.hs-integration.mittelansatzEgt',
        'portfolio.mittelansatzEgt',
        'haushalt.plan.egtAuslastung',
      ]),
    );
  });
});

describe('portfolio paste of many rows', () => {
  it('fills the area from the cursor down and creates the rows that are missing', () => {
    const plan = beispielplan();
    const { rows } = buildPortfolioRows(plan, new Set());
    const start = rows.findIndex((r) => r.id === 'r-ftec');
    const res = portfolioPasteRows(plan, rows, start, 4);
    expect(res.rows.slice(0, 2).map((r) => r.id)).toEqual(['r-ftec', 'r-vb']);
    expect(res.rows).toHaveLength(4);
    expect(res.prelude).toMatchObject({ type: 'insertRows' });
    if (res.prelude?.type !== 'insertRows') throw new Error('kein insertRows');
    expect(res.prelude.rows.map((p) => [p.areaId, p.index])).toEqual([
      ['hs-integration', 7],
      ['hs-integration', 8],
    ]);
    const store = new PlanStore(plan);
    expect(store.execute(res.prelude).ok).toBe(true);
    expect(store.getState().plan.schwerpunkte[0]!.rows).toHaveLength(9);
  });
  it('stays within existing rows when they suffice', () => {
    const plan = beispielplan();
    const { rows } = buildPortfolioRows(plan, new Set());
    const res = portfolioPasteRows(
      plan,
      rows,
      rows.findIndex((r) => r.id === 'r-mag'),
      3,
    );
    expect(res.rows.map((r) => r.id)).toEqual(['r-mag', 'r-egz', 'r-esg']);
    expect(res.prelude).toBeUndefined();
  });
});

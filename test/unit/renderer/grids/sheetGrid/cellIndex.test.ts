import { describe, expect, it } from 'vitest';
import {
  addRowsOf,
  buildCellIndex,
  lazyCellIndex,
  positionOf,
  repaintFor,
} from '../../../../../renderer/grids/sheetGrid/cellIndex';
import type { SheetRow } from '../../../../../renderer/sheet/cellSpec';
import type { PlanChange } from '../../../../../renderer/state/planStore';
import type { Pruefung } from '../../../../../shared/checks/pruefung';
import { beispielplan } from '../../../../../shared/sample/beispielplan';
import { portfolioView } from '../../sheet/specs';
import type { CellIndex } from '../../../../../renderer/grids/sheetGrid/cellIndex';
import { buildPortfolioRows } from '../../../../../renderer/grids/portfolioRows';
import { textCellKey } from '../../../../../shared/checks/pruefung';
import type { Plan } from '../../../../../shared/model/plan';
import { zielgruppenBeispiel } from '../../../../../shared/sample/zielgruppenBeispiel';
import { generatePlan } from '../../../../support/generatePlan';

const view = portfolioView(['r-mag', 'r-egz']);
const group: SheetRow = {
  id: 'grp:hs-integration',
  kind: 'group',
  areaId: 'hs-integration',
  cells: { instrument: { kind: 'text', target: { kind: 'area', areaId: 'hs-integration' } } },
};
const sum: SheetRow = {
  id: 'sum:hs-integration',
  kind: 'subtotal',
  cells: { mittelansatz: { kind: 'figure', id: 'area.hs-integration.mittelansatzEgt', unit: 'eur' } },
};
const total: SheetRow = {
  id: 'total',
  kind: 'total',
  cells: { mittelansatz: { kind: 'figure', id: 'portfolio.mittelansatzEgt', unit: 'eur' } },
};
const rows = [group, ...view.rows, sum];
const index = buildCellIndex(rows, [total]);
const colIndex = new Map(view.columns.map((c, i) => [c.id, i]));

const change = (patch: Partial<PlanChange>): PlanChange => ({
  kind: 'execute',
  plan: beispielplan(),
  changedFigures: [],
  changedKeys: [],
  structural: false,
  checksChanged: false,
  ...patch,
});

describe('which rows repaint after a change', () => {
  it('a value edit repaints the rows showing the changed inputs and figures, the pinned total too', () => {
    const r = repaintFor(
      change({
        command: { type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 1 }] },
        changedKeys: ['row.r-egz.mittelansatz'],
        changedFigures: [
          'row.r-egz.kostenJeEintritt',
          'area.hs-integration.mittelansatzEgt',
          'portfolio.mittelansatzEgt',
        ],
      }),
      [],
    );
    if (r.kind !== 'deps') throw new Error(r.kind);
    const ids = new Set<string>();
    addRowsOf(index, r.deps, ids);
    expect([...ids].sort()).toEqual(['r-egz', 'sum:hs-integration', 'total']);
  });

  it('rows, areas or a loaded plan rebuild; another command repaints all', () => {
    expect(repaintFor(change({ structural: true }), [])).toEqual({ kind: 'rebuild' });
    expect(repaintFor(change({ kind: 'load' }), [])).toEqual({ kind: 'rebuild' });
    expect(
      repaintFor(
        change({
          command: { type: 'setText', target: { kind: 'zuweisung', id: 'zw-fluechtlinge-1' }, value: 'x' },
        }),
        [],
      ),
    ).toEqual({ kind: 'all' });
  });

  it('new checks repaint the cells whose markers changed', () => {
    const check: Pruefung = {
      id: 'c1',
      severity: 'Warnung',
      sheet: 'portfolio',
      message: 'keine Eintritte',
      location: { sheet: 'portfolio', cellKey: 'row.r-mag.eintritte' },
    };
    const r = repaintFor(change({ kind: 'checks', checksBefore: [] }), [check]);
    if (r.kind !== 'deps') throw new Error(r.kind);
    const ids = new Set<string>();
    addRowsOf(index, r.deps, ids);
    expect([...ids]).toEqual(['r-mag']);
  });
});

describe('where a focus target puts the cursor', () => {
  it('an input cell, a row and column (by plan row id too), an area heading; else nothing', () => {
    expect(positionOf({ sheet: 'portfolio', cellKey: 'row.r-egz.mittelansatz' }, index, colIndex)).toEqual({
      row: 2,
      col: 2,
    });
    expect(positionOf({ sheet: 'portfolio', rowId: 'r-mag', column: 'fbw' }, index, colIndex)).toEqual({
      row: 1,
      col: 4,
    });
    expect(positionOf({ sheet: 'portfolio', rowId: 'r-mag' }, index, colIndex)).toEqual({ row: 1, col: 0 });
    expect(
      positionOf({ sheet: 'portfolio', areaId: 'hs-integration', column: 'instrument' }, index, colIndex),
    ).toEqual({ row: 0, col: 0 });
    expect(positionOf({ sheet: 'portfolio', rowId: 'r-weg' }, index, colIndex)).toBeNull();
    // the pinned total is no place for the cursor
    expect(index.byKey.size).toBe(4);
    expect(index.rowPos.has('total')).toBe(false);
  });
});

describe('the portfolio’s own rows are filed by their plan row, their cells read only when asked', () => {
  /** The same rows indexed cell by cell (no row filed by its plan row). */
  const eager = (rows: readonly SheetRow[]): SheetRow[] =>
    rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      cells: r.cells,
      ...(r.planRowId ? { planRowId: r.planRowId } : {}),
    }));

  for (const [name, plan] of [
    ['generated, with references and dotted ids', withDottedId(generatePlan({ rows: 300, seed: 21 }))],
    ['Zielgruppen and kommunal ranges', zielgruppenBeispiel()],
  ] as const)
    it(`finds every cell, figure and dependency as an index of all cells does (${name})`, () => {
      const model = buildPortfolioRows(plan, new Set());
      const own = model.rows.filter((r) => r.ownRowOnly);
      expect(own.length).toBeGreaterThan(5);
      // Building the index reads no cells of own rows.
      let reads = 0;
      const counted = model.rows.map((r) =>
        r.ownRowOnly
          ? {
              ...r,
              get cells() {
                reads++;
                return r.cells;
              },
            }
          : r,
      );
      const lazy = buildCellIndex(counted, model.pinned);
      expect(reads).toBe(0);
      const full = buildCellIndex(eager(model.rows), model.pinned);
      const deps = new Set<string>();
      const keys = new Set<string>();
      const figures = new Set<string>();
      for (const r of [...model.rows, ...model.pinned])
        for (const spec of Object.values(r.cells)) {
          if (!spec) continue;
          if (spec.kind === 'input') {
            keys.add(spec.key);
            if (spec.bis) keys.add(spec.bis);
            if (spec.figure) figures.add(spec.figure);
            for (const d of [spec.key, spec.figure, spec.bis, spec.fallback]) if (d) deps.add(d);
          } else if (spec.kind === 'figure') {
            figures.add(spec.id);
            deps.add(spec.id);
          } else if (spec.kind === 'view') deps.add(spec.key);
          else if (spec.kind === 'text') deps.add(textCellKey(spec.target));
        }
      expect([...keys].some((k) => k.startsWith('eb.')) || name.startsWith('generated')).toBe(true);
      const rowsOf = (idx: CellIndex, dep: string) => {
        const out = new Set<string>();
        addRowsOf(idx, [dep], out);
        return [...out].sort();
      };
      for (const dep of deps) expect(rowsOf(lazy, dep), dep).toEqual(rowsOf(full, dep));
      for (const key of keys) expect(lazy.byKey.get(key), key).toEqual(full.byKey.get(key));
      for (const id of figures) expect(lazy.byFigure.get(id), id).toEqual(full.byFigure.get(id));
      expect(lazy.byKey.size).toBe(full.byKey.size);
      expect(lazy.byKey.get('row.gibt-es-nicht.eintritte')).toBeUndefined();
      expect(rowsOf(lazy, 'row.gibt-es-nicht.eintritte')).toEqual([]);
    });
});

/** A plan whose first instrument row has dots in its id (ids may, names of figures may not). */
function withDottedId(plan: Plan): Plan {
  const copy = structuredClone(plan);
  const area = copy.schwerpunkte[0]!;
  const i = area.rows.findIndex((r) => r.kind === 'instrument');
  const oldId = area.rows[i]!.id;
  area.rows[i] = { ...area.rows[i]!, id: 'r.mit.punkten' };
  for (const a of copy.schwerpunkte)
    a.rows = a.rows.map((r) =>
      r.kind === 'reference' && r.ownerRowId === oldId ? { ...r, ownerRowId: 'r.mit.punkten' } : r,
    );
  return copy;
}

/** The test rows, counting how often a row's cells are read. */
function countingRows(): { rows: SheetRow[]; read: () => number } {
  let read = 0;
  const counted = rows.map((r) => ({
    ...r,
    get cells() {
      read++;
      return r.cells;
    },
  }));
  return { rows: counted, read: () => read };
}

describe('the index built when first asked', () => {
  it('answers as the index built at once, and reads no row before it is asked', () => {
    const counted = countingRows();
    const lazy = lazyCellIndex(counted.rows, [total]);
    expect(counted.read()).toBe(0);
    expect(lazy.byKey.size).toBe(index.byKey.size);
    expect(counted.read()).toBeGreaterThan(0);
    for (const key of ['row.r-egz.mittelansatz', 'row.r-mag.eintritte'])
      expect(lazy.byKey.get(key)).toEqual(index.byKey.get(key));
    for (const id of ['area.hs-integration.mittelansatzEgt', 'portfolio.mittelansatzEgt'])
      expect(lazy.byFigure.get(id)).toEqual(index.byFigure.get(id));
    const seen = (i: CellIndex, dep: string) => {
      const out: string[] = [];
      i.byDep.rowsOf(dep, (id) => out.push(id));
      return out;
    };
    expect(seen(lazy, 'portfolio.mittelansatzEgt')).toEqual(seen(index, 'portfolio.mittelansatzEgt'));
    expect(seen(lazy, 'row.r-egz.mittelansatz')).toEqual(seen(index, 'row.r-egz.mittelansatz'));
    expect([...lazy.rowPos]).toEqual([...index.rowPos]);
  });

  it('prepare builds it ahead', () => {
    const counted = countingRows();
    const lazy = lazyCellIndex(counted.rows, [total]);
    lazy.prepare();
    const after = counted.read();
    expect(after).toBeGreaterThan(0);
    expect(lazy.rowPos.get('r-egz')).toBe(index.rowPos.get('r-egz'));
    expect(counted.read()).toBe(after);
  });
});

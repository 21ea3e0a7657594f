import { describe, expect, it } from 'vitest';
import {
  addRowsOf,
  buildCellIndex,
  positionOf,
  repaintFor,
} from '../../../../../renderer/grids/sheetGrid/cellIndex';
import type { SheetRow } from '../../../../../renderer/sheet/cellSpec';
import type { PlanChange } from '../../../../../renderer/state/planStore';
import type { Pruefung } from '../../../../../shared/checks/pruefung';
import { beispielplan } from '../../../../../shared/sample/beispielplan';
import { portfolioView } from '../../sheet/specs';

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

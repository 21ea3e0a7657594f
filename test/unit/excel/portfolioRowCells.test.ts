/**
 * The portfolio layout names the instrument row and field of a row's input cells, so the
 * export reads their values and finds their cells by row (exportWorkbook.ts): a link must stand
 * for exactly the cell its key names.
 */
import { describe, expect, it } from 'vitest';
import { rowFigureId } from '../../../shared/calc/portfolioTotals';
import { prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { portfolioLayout } from '../../../shared/excel/layout/portfolio';
import { cellKey } from '../../../shared/model/cellKey';
import { readInput } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';

function inputCells(plan: Plan) {
  const { layouts } = prepareWorkbook(plan);
  return layouts.flatMap((l) =>
    l.rows.flatMap((r) => r.cells.flatMap((c) => (c.content.kind === 'input' ? [c.content] : []))),
  );
}

describe('portfolio input cells that name their row', () => {
  it.each([
    ['Beispielplan', beispielplan()],
    ['generated plan', generatePlan({ rows: 400, seed: 11 })],
  ])('%s: every cell of an instrument row is linked, each to the row and field its key names', (_, plan) => {
    const cells = inputCells(plan);
    const rowCells = cells.filter((c) => c.key.startsWith('row.'));
    expect(rowCells.length).toBeGreaterThan(10);
    for (const c of rowCells) {
      expect(c.row, c.key).toBeDefined();
      expect(cellKey({ kind: 'row', id: c.row!.id, field: c.field! })).toBe(c.key);
      expect(c.row![c.field!] ?? null).toBe(readInput(plan, c.key) ?? null);
    }
    for (const c of cells) if (!c.key.startsWith('row.')) expect(c.row, c.key).toBeUndefined();
  });

  it.each([
    ['Beispielplan', beispielplan()],
    ['generated plan', generatePlan({ rows: 400, seed: 11 })],
  ])('%s: every row figure cell is linked to the row and name its id names', (_, plan) => {
    const { layouts } = prepareWorkbook(plan);
    const figures = layouts.flatMap((l) =>
      l.rows.flatMap((r) => r.cells.flatMap((c) => (c.content.kind === 'figure' ? [c.content] : []))),
    );
    const rowFigures = figures.filter((c) => c.id.startsWith('row.'));
    expect(rowFigures.length).toBeGreaterThan(10);
    for (const c of rowFigures) {
      expect(c.row, c.id).toBeDefined();
      expect(rowFigureId(c.row!.id, c.name!)).toBe(c.id);
    }
    for (const c of figures) if (!c.id.startsWith('row.')) expect(c.row, c.id).toBeUndefined();
  });

  it('links nothing when two rows share an id (readInput finds a row by id)', () => {
    const linked = (plan: Plan) =>
      portfolioLayout(plan).rows.flatMap((r) =>
        r.cells.filter((c) => c.content.kind === 'input' && c.content.row !== undefined),
      ).length;
    const plan = generatePlan({ rows: 40, seed: 3 });
    expect(linked(plan)).toBeGreaterThan(40);
    const rows = plan.schwerpunkte.flatMap((a) => a.rows);
    rows[rows.length - 1]!.id = rows[0]!.id;
    expect(linked(plan)).toBe(0);
    // Nor does a cell keep the outline's word that it is a row's own (its field or figure name).
    const marked = portfolioLayout(plan).rows.flatMap((r) =>
      r.cells.filter(
        (c) =>
          (c.content.kind === 'input' && c.content.field !== undefined) ||
          (c.content.kind === 'figure' && c.content.name !== undefined),
      ),
    );
    expect(marked).toEqual([]);
  });
});

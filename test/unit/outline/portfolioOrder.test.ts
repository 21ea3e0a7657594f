/**
 * The portfolio's workbook column order depends on the plan (kommunal rows add their columns);
 * it is worked out when the workbook asks, so the grid of a Land plan does not scan its rows.
 */
import { describe, expect, it } from 'vitest';
import { hasKommunal } from '../../../shared/calc/portfolioTotals';
import type { Plan } from '../../../shared/model/plan';
import {
  PORTFOLIO_EXCEL_ORDER,
  PORTFOLIO_EXCEL_ORDER_KOMMUNAL,
} from '../../../shared/outline/portfolioColumns';
import { portfolioOutline } from '../../../shared/outline/portfolio';
import { columnsFor } from '../../../shared/outline/types';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';

const excelIds = (plan: Plan) => columnsFor(portfolioOutline(plan), 'excel').map((c) => c.id);

/** The plan with rows read through a counter: how often the areas' rows were asked for. */
function counted(plan: Plan): { plan: Plan; reads: () => number } {
  let n = 0;
  const schwerpunkte = plan.schwerpunkte.map((area) => {
    const rows = area.rows;
    return Object.defineProperty({ ...area }, 'rows', {
      get: () => {
        n++;
        return rows;
      },
      enumerable: true,
    });
  });
  return { plan: { ...plan, schwerpunkte }, reads: () => n };
}

describe('Maßnahmeportfolio: workbook column order', () => {
  it('without kommunal rows the plain order, with them the kommunal one', () => {
    const plain = beispielplan();
    const kommunal = zielgruppenBeispiel();
    expect(plain.schwerpunkte.some(hasKommunal)).toBe(false);
    expect(kommunal.schwerpunkte.some(hasKommunal)).toBe(true);
    expect(excelIds(plain)).toEqual([...PORTFOLIO_EXCEL_ORDER]);
    expect(excelIds(kommunal)).toEqual([...PORTFOLIO_EXCEL_ORDER_KOMMUNAL]);
  });

  it('the grid’s columns do not read the rows for it; the workbook’s do', () => {
    const { plan, reads } = counted(zielgruppenBeispiel());
    const table = portfolioOutline(plan);
    const before = reads();
    columnsFor(table, 'grid');
    expect(reads()).toBe(before);
    expect(columnsFor(table, 'excel').map((c) => c.id)).toEqual([...PORTFOLIO_EXCEL_ORDER_KOMMUNAL]);
    expect(reads()).toBeGreaterThan(before);
  });
});

/**
 * The export never writes a formula whose value differs from the app's (issue 11, point 5),
 * even for a plan that never went through the file validator (defence in depth): LibreOffice
 * recalculates such a workbook to exactly the app's totals.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { formulaCoverage } from '../../support/workbookFigures';
import { runXlsxcheck } from '../../support/xlsxcheck';

describe('exportWorkbook: stored formulas that contradict their values', () => {
  it('writes the plain value instead; LibreOffice finds 0 mismatches and the core’s figures', async () => {
    const base = beispielplan();
    const fbw = base.schwerpunkte[1]!.rows[0]!;
    if (fbw.kind === 'instrument') fbw.mittelansatz = 2_833_333.67;
    const plan: Plan = {
      ...base,
      haushalt: {
        ...base.haushalt,
        umschichtung: { ...base.haushalt.umschichtung, plan: { mode: 'quote', quote: 0.0215 } },
      },
      formeln: {
        'row.r-mag.mittelansatz': '=5', // beside 80.000 €
        'row.r-egz.mittelansatz': '=1/0',
        'hh.mittelausstattung.plan': '=1.000', // beside 37.620.000 €
        'row.r-egz.eintritte': '=1/3', // beside 550
        'hh.umschichtungsquote.plan': '=4,3/2', // 2,15 % typed in percent points: a share in Excel would be 2,15
        'row.r-fbw.mittelansatz': '=8.500.001/3', // rounded to cents in the app, not in Excel
        'row.r-esg.mittelansatz': '=60000*2,5', // consistent: stays a live formula
      },
    };
    const bytes = await exportWorkbook(plan, { now: new Date('2026-01-15T09:00:00Z') });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const { book } = prepareWorkbook(plan);
    const cell = (key: string) => {
      const p = book.inputs.get(key)!;
      return wb.getWorksheet(p.sheet)!.getCell(p.row, p.col).value;
    };
    expect(cell('row.r-mag.mittelansatz')).toBe(80_000);
    expect(cell('row.r-egz.mittelansatz')).toBe(2_200_000);
    expect(cell('hh.mittelausstattung.plan')).toBe(37_620_000);
    expect(cell('row.r-egz.eintritte')).toBe(550);
    expect(cell('hh.umschichtungsquote.plan')).toBe(0.0215);
    expect(cell('row.r-fbw.mittelansatz')).toBe(2_833_333.67);
    expect(cell('row.r-esg.mittelansatz')).toEqual({ formula: '60000*2.5', result: 150_000 });

    const result = await runXlsxcheck(bytes, 'widerspruch.xlsx');
    expect(result.mismatches).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.cells.filter((c) => c.formula === '60000*2.5')).toHaveLength(1);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
  }, 120_000);
});

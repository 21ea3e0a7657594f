/**
 * The formulas are live: an input changed inside the exported file, recalculated by
 * LibreOffice, gives the totals the calculation core computes for the same change.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { parseCellKey } from '../../../shared/model/cellKey';
import { writeInputRef } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';
import { formulaCoverage, sameValue } from '../../support/workbookFigures';
import { runXlsxcheck } from '../../support/xlsxcheck';

const NOW = new Date('2026-01-15T09:00:00Z');

/** Changes input cells of an exported workbook with ExcelJS, as a budget officer would in Excel. */
async function editInExcel(
  bytes: Uint8Array,
  plan: Plan,
  edits: Record<string, number>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const { book } = prepareWorkbook(plan);
  for (const [key, value] of Object.entries(edits)) {
    const at = book.inputs.get(key);
    if (!at) throw new Error(`${key} hat keine Eingabezelle`);
    wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function applyEdits(plan: Plan, edits: Record<string, number>): Plan {
  return Object.entries(edits).reduce((p, [key, value]) => writeInputRef(p, parseCellKey(key)!, value), plan);
}

describe('live formulas: change inputs in the file, LibreOffice recalculates what the core computes', () => {
  it('Beispielplan: one Eintritte, one Mittelansatz and the Umschichtung changed', async () => {
    const plan = beispielplan();
    const edits = {
      'row.r-egz.eintritte': 640,
      'row.r-fbw.mittelansatz': 9_150_000,
      'hh.umschichtung.plan': 1_500_000,
    };
    const edited = await editInExcel(await exportWorkbook(plan, { now: NOW }), plan, edits);
    const result = await runXlsxcheck(edited, 'geaendert.xlsx');
    const mutated = applyEdits(plan, edits);
    const calc = new Calculation(mutated);
    // The cached values are stale now: LibreOffice really recalculated.
    expect(result.mismatches.length).toBeGreaterThan(10);
    const coverage = formulaCoverage(mutated, result.cells, calc);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    // The figures a board member looks at, spelled out.
    const recalculated = (formula: string) =>
      result.cells.find((c) => c.sheet === 'Deckblatt' && c.formula === formula)?.recalculated;
    for (const [name, id] of [
      ['EGT_verfuegbar', hh('plan', 'verfuegbaresEgt')],
      ['Mittel_Neufaelle', hh('plan', 'mittelFuerNeufaelle')],
      ['Mitteleinsatz_geplant', hh('plan', 'geplanterMitteleinsatz')],
      ['EGT_Auslastung', hh('plan', 'egtAuslastung')],
      ['Umschichtungsquote', hh('plan', 'umschichtungsquote')],
      ['Eintritte_gesamt', 'portfolio.eintritte'],
    ] as const)
      expect(
        sameValue(calc.get(id), recalculated(name) ?? null),
        `${name}: ${String(recalculated(name))} ≠ ${String(calc.get(id))}`,
      ).toBe(true);
    expect(calc.get(hh('plan', 'umschichtungsquote'))).toBeCloseTo(1_500_000 / 40_360_000, 12);

    // Reading the edited file back gives the same plan as the edits made in the app.
    const back = await importWorkbook(edited, { now: NOW });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect({
      ...back.plan,
      id: plan.id,
      header: { ...back.plan.header, changedAt: plan.header.changedAt },
    }).toEqual(mutated);
    expect(back.changes.map((c) => [c.cellKey, c.before, c.after])).toEqual([
      ['hh.umschichtung.plan', '830.000 €', '1.500.000 €'],
      ['row.r-egz.eintritte', '550', '640'],
      ['row.r-fbw.mittelansatz', '8.500.000 €', '9.150.000 €'],
    ]);
    expect(back.skipped).toEqual([]);
  }, 120_000);

  it('Umschichtung typed as a share: changing the Quote in Excel moves the amount and every total', async () => {
    const base = beispielplan();
    const plan: Plan = {
      ...base,
      haushalt: {
        ...base.haushalt,
        umschichtung: { ...base.haushalt.umschichtung, plan: { mode: 'quote', quote: 0.02 } },
      },
    };
    const edits = { 'hh.umschichtungsquote.plan': 0.035, 'row.r-mag.eintritte': 1_200 };
    const edited = await editInExcel(await exportWorkbook(plan, { now: NOW }), plan, edits);
    const result = await runXlsxcheck(edited, 'quote.xlsx');
    const mutated = applyEdits(plan, edits);
    const coverage = formulaCoverage(mutated, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    const amount = result.cells.find(
      (c) => c.formula === 'ROUND(Umschichtungsquote*Summe_Eingliederungsmittel,2)',
    );
    expect(amount?.recalculated).toBe(1_412_600);
  }, 120_000);
});

describe('a generated plan with 2.000 rows', () => {
  it('exports with 0 mismatches, every derived figure a formula within Excel limits, and reads back unchanged', async () => {
    const plan = generatePlan({ rows: 2_000, seed: 42 });
    const started = performance.now();
    const bytes = await exportWorkbook(plan, { now: NOW });
    const exportMs = performance.now() - started;
    const result = await runXlsxcheck(bytes, 'generiert-2000.xlsx');
    expect(result.mismatches).toEqual([]);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.expected).toBeGreaterThan(7_000);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    // Excel refuses formulas longer than 8.192 characters.
    expect(Math.max(...result.cells.map((c) => c.formula.length))).toBeLessThan(8_192);
    expect(exportMs).toBeLessThan(20_000);

    const back = await importWorkbook(bytes, { now: NOW });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.plan.id).not.toBe(plan.id);
    expect(back.changes).toEqual([]);
    expect(back.skipped).toEqual([]);
    expect({
      ...back.plan,
      id: plan.id,
      header: { ...back.plan.header, changedAt: plan.header.changedAt },
    }).toEqual(plan);
  }, 240_000);
});

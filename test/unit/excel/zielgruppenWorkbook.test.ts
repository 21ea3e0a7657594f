/**
 * The target groups' sheets and the kommunal ranges in the workbook (issue 15): live formulas
 * that LibreOffice recalculates to the core's values, inputs that an edit in Excel changes and
 * the import reads back.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { zg } from '../../../shared/calc/zielgruppen';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { colName } from '../../../shared/excel/layout/types';
import { zielgruppeSheetName } from '../../../shared/excel/layout/zielgruppen';
import { parseCellKey } from '../../../shared/model/cellKey';
import { writeInputRef } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { zielgruppenBeispiel } from '../../../shared/sample/zielgruppenBeispiel';
import { asExported } from '../../support/importedPlan';
import { formulaCoverage, sameValue } from '../../support/workbookFigures';
import { runXlsxcheck } from '../../support/xlsxcheck';

const NOW = new Date('2026-01-15T09:00:00Z');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe('workbook of the Zielgruppen sample', () => {
  it('has a sheet per evaluated group and the kommunal range in two columns; 0 mismatches, every figure a formula, read back unchanged', async () => {
    const plan = zielgruppenBeispiel();
    const bytes = await exportWorkbook(plan, { now: NOW });
    const wb = await load(bytes);
    const names = wb.worksheets.map((w) => w.name);
    // One sheet per evaluated group, after the plan's own sheets and before the Prüfungen.
    expect(names.filter((n) => n.startsWith('ZG '))).toEqual([
      'ZG U25',
      'ZG Alleinerziehende',
      'ZG Geflüchtete',
    ]);
    expect(names.indexOf('ZG U25')).toBeGreaterThan(names.indexOf('Drittmittel'));
    expect(names.indexOf('Prüfungen')).toBe(names.indexOf('ZG Geflüchtete') + 1);
    expect(names.at(-1)).toBe('_amip');
    const result = await runXlsxcheck(bytes, 'zielgruppen.xlsx');
    expect(result.mismatches).toEqual([]);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    // The U25 sheet's Faktor and the kommunal range "1.670–2.470" are formulas with the core's values.
    const { book } = prepareWorkbook(plan);
    const at = (id: string) => {
      const a = book.figures.get(id)!;
      return result.cells.find((c) => c.sheet === a.sheet && c.cell === `${colName(a.col)}${a.row}`);
    };
    expect(at(zg('u25', 'faktor'))?.recalculated).toBeCloseTo(2.6, 2);
    expect(at('portfolio.faelleKommunalVon')?.recalculated).toBe(1_670);
    expect(at('portfolio.faelleKommunalBis')?.recalculated).toBe(2_470);
    const von = book.figures.get('portfolio.faelleKommunalVon')!;
    const bis = book.figures.get('portfolio.faelleKommunalBis')!;
    // The upper end in the column "Eintritte bis" of the same row.
    expect([von.sheet, bis.sheet, bis.row]).toEqual(['Maßnahmeportfolio', 'Maßnahmeportfolio', von.row]);
    const texts: string[] = [];
    wb.getWorksheet('Maßnahmeportfolio')!.eachRow((r) => texts.push(String(r.getCell(bis.col).value)));
    expect(texts.some((t) => t.includes('bis'))).toBe(true);

    const back = await importWorkbook(bytes, { now: NOW });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.changes).toEqual([]);
    expect(back.skipped).toEqual([]);
    expect(asExported(back.plan, plan)).toEqual(plan);
  }, 120_000);

  it('a share typed in Excel, the Kundenbestand and a range end: LibreOffice agrees with the core, the import takes them', async () => {
    const plan = zielgruppenBeispiel();
    const edits: Record<string, number> = {
      'za.u25.r-egz.eintritte': 90, // Teil: 90 of the EGZ's places, the money follows (360.000 €)
      'za.u25.r-agh.anteil': 0.25,
      'zk.u25': 0.04,
      'eb.r-kita': 1_500,
      'vt.ref-u25-egz.eintritte': 90,
    };
    const bytes = await exportWorkbook(plan, { now: NOW });
    const wb = await load(bytes);
    const { book } = prepareWorkbook(plan);
    for (const [key, value] of Object.entries(edits)) {
      const a = book.inputs.get(key);
      expect(a, key).toBeDefined();
      wb.getWorksheet(a!.sheet)!.getCell(a!.row, a!.col).value = value;
    }
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await runXlsxcheck(edited, 'zielgruppen-geaendert.xlsx');
    const mutated = Object.entries(edits).reduce(
      (p: Plan, [k, v]) => writeInputRef(p, parseCellKey(k)!, v),
      plan,
    );
    const calc = new Calculation(mutated);
    expect(result.mismatches.length).toBeGreaterThan(3);
    const coverage = formulaCoverage(mutated, result.cells, calc);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    expect(calc.get('zg.u25.r-egz.mittel')).toBe(360_000);
    expect(calc.get('portfolio.faelleKommunalBis')).toBe(2_770);
    const faktor = result.cells.find((c) => c.sheet === 'ZG U25' && /I\d+\/I\d+/.test(c.formula));
    expect(sameValue(calc.get(zg('u25', 'faktor')), faktor?.recalculated ?? null)).toBe(true);

    const back = await importWorkbook(edited, { now: NOW });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.skipped).toEqual([]);
    expect(back.changes.map((c) => c.cellKey).sort()).toEqual(Object.keys(edits).sort());
    expect(asExported(back.plan, plan)).toEqual(mutated);
  }, 120_000);

  it('sheet names: prefixed, at most 31 characters, no characters Excel refuses, unique', () => {
    const taken = new Set<string>();
    const names = ['U25', 'Langzeitleistungsbeziehende über 55 Jahre', 'A/B: [Test]?', 'U25'].map((n) => {
      const s = zielgruppeSheetName(n, taken);
      taken.add(s);
      return s;
    });
    expect(names).toEqual(['ZG U25', 'ZG Langzeitleistungsbeziehende', 'ZG A B Test', 'ZG U25 (2)']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});

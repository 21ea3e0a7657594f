/**
 * The Land workbook: every summary figure is a live formula over the data sheets; LibreOffice
 * recalculates the values the consolidation computed, and follows a changed data cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LAND_BASES, LAND_RATES } from '../../../shared/calc/landFigures';
import { consolidate } from '../../../shared/consolidate/consolidate';
import type { LandSource } from '../../../shared/consolidate/types';
import { LAND_SHEETS, landWorkbook } from '../../../shared/excel/land/landWorkbook';
import type { Plan } from '../../../shared/model/plan';
import { generateLand } from '../../support/generateLand';
import { runXlsxcheck } from '../../support/xlsxcheck';

const NOW = new Date('2026-12-01T09:00:00Z');
const sources = (plans: Plan[]): LandSource[] =>
  plans.map((plan, i) => ({ source: `p${i}.amip.json`, plan }));

describe('Land workbook', () => {
  const land = generateLand({ count: 30, meanRows: 40, seed: 11 });
  const withOtherYear = [
    ...land,
    { ...land[0]!, id: 'y', header: { ...land[0]!.header, year: 2017, vorjahr: 2016 } },
  ];

  it('xlsxcheck: every formula recalculates to the cached value (0 mismatches)', async () => {
    const c = consolidate(sources(withOtherYear));
    const bytes = await landWorkbook(c, {
      now: NOW,
      refused: [{ source: 'kaputt.amip.json', message: 'kein JSON' }],
    });
    const result = await runXlsxcheck(bytes, 'land.xlsx');
    expect(result.mismatches).toEqual([]);
    const onSheet = (s: string) => result.cells.filter((x) => x.sheet === s).length;
    // every Jobcenter row: all bases and rates; plus totals and fences per group
    const perRow = LAND_BASES.length + LAND_RATES.length;
    expect(onSheet(LAND_SHEETS.jobcenter)).toBe(31 * perRow + 3 * (perRow + 4));
    expect(onSheet(LAND_SHEETS.kategorien)).toBeGreaterThan(3 * 8 * 5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const hinweise = wb.getWorksheet(LAND_SHEETS.hinweise)!.getColumn(2).values.join('\n');
    expect(hinweise).toContain('nicht aufgenommen: kein JSON');
    expect(hinweise).toContain('Ausreißer hoch: EGT-Auslastung');
  }, 120_000);

  it('the Zielplanung sheet: live formulas over its data sheet, LibreOffice computes the figures of the JSON', async () => {
    const c = consolidate(sources(withOtherYear));
    const bytes = await landWorkbook(c, { now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet(LAND_SHEETS.ziele)!;
    expect(String(ws.getCell(1, 1).value)).toMatch(/^Formeln über das Blatt „Daten Zielplanung“/);
    const result = await runXlsxcheck(bytes, 'land-ziele.xlsx');
    expect(result.mismatches).toEqual([]);
    const recalculated = new Map(
      result.cells.filter((x) => x.sheet === LAND_SHEETS.ziele).map((x) => [x.cell, x.recalculated]),
    );
    const labels = (ws.getColumn(2).values as unknown[]).map(String);
    let checked = 0;
    let texts = 0;
    for (const g of c.groups)
      for (const p of g.parts)
        for (const l of p.lines) {
          const r = labels.findIndex(
            (x, i) => x === `${p.title}: ${l.label}` && ws.getCell(i, 1).value === g.label,
          );
          expect(r, l.label).toBeGreaterThan(0);
          // Every line is a formula; LibreOffice's value is the consolidation's (empty for none).
          expect(ws.getCell(r, 3).formula, l.label).toBeTruthy();
          const got = recalculated.get(`C${r}`);
          if (typeof l.value === 'number') expect(got, l.label).toBeCloseTo(l.value, 9);
          else expect(got ?? '', l.label).toBe(l.value ?? '');
          if (l.unit === 'text') texts++;
          checked++;
        }
    expect(checked).toBeGreaterThan(20);
    expect(texts).toBeGreaterThan(0);
    // the JSON's key and the sheet's cell agree
    const r = labels.indexOf('Zielplanung: K2 Integrationsquote: Zielquote (Σ Basis × Quote ÷ Σ Basis)');
    expect(ws.getCell(r, 1).value).toBe(c.groups[0]!.label);
    expect(recalculated.get(`C${r}`)).toBeCloseTo(
      c.groups[0]!.parts[0]!.figures['land.ziele.K2.gesamt.zielwert']!,
      12,
    );
    expect(ws.getCell(r, 3).numFmt).toBe('0.00%');
  }, 120_000);

  it('a changed Zähler on the Zielplanung data sheet changes the Land rate to Σ Zähler ÷ Σ Nenner', async () => {
    const c = consolidate(sources(land));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await landWorkbook(c, { now: NOW })) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    const data = wb.getWorksheet(LAND_SHEETS.datenZiele)!;
    const head = data.getRow(1).values as unknown[];
    const [zCol, nCol] = [head.indexOf('Zähler (Integrationen Ziel)'), head.indexOf('Nenner (Ø eLb Plan)')];
    const rows: number[] = [];
    data.eachRow((row, i) => {
      // the rows of the first group (the sheet's first K2 line is that group's)
      if (
        row.getCell(2).value === c.groups[0]!.label &&
        row.getCell(4).value === 'land.ziele.K2.gesamt.quote'
      )
        rows.push(i);
    });
    const num = (r: number, col: number) => data.getCell(r, col).value as number | null;
    const withBoth = rows.filter((r) => typeof num(r, zCol) === 'number' && typeof num(r, nCol) === 'number');
    expect(withBoth.length).toBeGreaterThan(3);
    data.getCell(withBoth[0]!, zCol).value = num(withBoth[0]!, zCol)! + 500;
    const expected =
      withBoth.reduce((s, r) => s + num(r, zCol)!, 0) / withBoth.reduce((s, r) => s + num(r, nCol)!, 0);
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await runXlsxcheck(edited, 'ziele-geaendert.xlsx');
    const ws = wb.getWorksheet(LAND_SHEETS.ziele)!;
    const r = (ws.getColumn(2).values as unknown[]).indexOf(
      'Zielplanung: K2 Integrationsquote: Zielquote (Σ Basis × Quote ÷ Σ Basis)',
    );
    const cell = result.cells.find((x) => x.sheet === LAND_SHEETS.ziele && x.cell === `C${r}`)!;
    expect(cell.match).toBe(false);
    expect(cell.recalculated).toBeCloseTo(expected, 12);
  }, 120_000);

  it('a changed data cell flows into the Jobcenter and the Land figures as the app computes them', async () => {
    const c = consolidate(sources(land));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await landWorkbook(c, { now: NOW })) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    // A Jobcenter with its Umschichtung typed as amount (a typed share would grow with the money)
    // gets 2 Mio. € more Mittelausstattung: in the data sheet and in its plan.
    const name = land.find(
      (p) => p.header.traegerform === 'gE' && p.haushalt.umschichtung.plan.mode === 'betrag',
    )!.header.jobcenter;
    const dj = wb.getWorksheet(LAND_SHEETS.datenJobcenter)!;
    const headerRow = dj.getRow(1).values as unknown[];
    const col = headerRow.indexOf('Summe Eingliederungsmittel');
    const row = (dj.getColumn(3).values as unknown[]).indexOf(name);
    const cell = dj.getCell(row, col);
    cell.value = (cell.value as number) + 2_000_000;
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const changed = land.map((p) =>
      p.header.jobcenter === name
        ? {
            ...p,
            haushalt: {
              ...p.haushalt,
              mittelausstattung: {
                ...p.haushalt.mittelausstattung,
                plan: p.haushalt.mittelausstattung.plan! + 2_000_000,
              },
            },
          }
        : p,
    );
    const expected = consolidate(sources(changed)).groups[0]!;
    const result = await runXlsxcheck(edited, 'geaendert.xlsx');
    const ws = wb.getWorksheet(LAND_SHEETS.jobcenter)!;
    const labels = ws.getRow(1).values as unknown[];
    const at = (label: string, r: number) =>
      result.cells.find(
        (x) => x.sheet === LAND_SHEETS.jobcenter && x.cell === `${colLetter(labels.indexOf(label))}${r}`,
      );
    const jcRow = (ws.getColumn(2).values as unknown[]).indexOf(name);
    const sumRow = (ws.getColumn(2).values as unknown[]).indexOf(`Summe ${expected.label}`);
    const jc = expected.jobcenter.find((e) => e.jobcenter === name)!;
    expect(at('EGT-Auslastung', jcRow)!.match).toBe(false);
    expect(at('EGT-Auslastung', jcRow)!.recalculated).toBeCloseTo(jc.values.egtAuslastung!, 12);
    expect(at('Mittel für Neufälle', jcRow)!.recalculated).toBeCloseTo(jc.values.mittelFuerNeufaelle!, 2);
    expect(at('EGT-Auslastung', sumRow)!.recalculated).toBeCloseTo(expected.totals.egtAuslastung!.value!, 12);
    expect(at('Umschichtungsquote', sumRow)!.recalculated).toBeCloseTo(
      expected.totals.umschichtungsquote!.value!,
      12,
    );
  }, 120_000);
});

function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { generatePlan } from '../../support/generatePlan';

const NOW = new Date('2026-02-01T12:00:00Z');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** The plan without what an import is allowed to change. */
const comparable = (p: Plan, like: Plan): Plan => ({
  ...p,
  id: like.id,
  header: { ...p.header, changedAt: like.header.changedAt },
});

function inputCell(wb: ExcelJS.Workbook, plan: Plan, key: string): ExcelJS.Cell {
  const at = prepareWorkbook(plan).book.inputs.get(key)!;
  return wb.getWorksheet(at.sheet)!.getCell(at.row, at.col);
}

describe('importWorkbook: round trip', () => {
  it('Beispielplan: export → import gives the same plan with a new id and a new Stand', async () => {
    const plan = beispielplan();
    const result = await importWorkbook(await exportWorkbook(plan, { now: NOW }), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.id).not.toBe(plan.id);
    expect(result.plan.header.changedAt).toBe(NOW.toISOString());
    expect(result.sourcePlanId).toBe(plan.id);
    expect(comparable(result.plan, plan)).toEqual(plan);
    expect(result.changes).toEqual([]);
  });

  it.each([
    [60, 1],
    [150, 2],
    [400, 3],
  ])(
    'generated plan with %i rows (seed %i) survives the round trip, typed formulas included',
    async (rows, seed) => {
      const plan = generatePlan({ rows, seed });
      const result = await importWorkbook(await exportWorkbook(plan, { now: NOW }), { knownPlans: [plan] });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(comparable(result.plan, plan)).toEqual(plan);
      expect(result.changes).toEqual([]);
    },
  );
});

describe('importWorkbook: edits made in Excel', () => {
  const plan = beispielplan();
  let exported: Uint8Array;
  beforeAll(async () => {
    exported = await exportWorkbook(plan, { now: NOW });
  });

  it('reads the edited inputs, ignores edited formulas, and lists the changes against the known plan', async () => {
    const wb = await load(exported);
    inputCell(wb, plan, 'row.r-egz.eintritte').value = 600;
    inputCell(wb, plan, 'bz.5.foerderungBgs').value = null;
    inputCell(wb, plan, 'dm.dm-esf-lza.betragJahr').value = {
      formula: '2900000+100000',
      result: 3_000_000,
    } as ExcelJS.CellValue;
    inputCell(wb, plan, 'row.r-fbw.mittelansatz').value = {
      formula: '1700*5000.5',
      result: 8_500_850,
    } as ExcelJS.CellValue;
    // Someone overwrote a total (after unprotecting): the app recomputes it anyway.
    const total = prepareWorkbook(plan).book.figures.get('portfolio.eintritte')!;
    wb.getWorksheet(total.sheet)!.getCell(total.row, total.col).value = 1;

    const result = await importWorkbook(await save(wb), { knownPlans: [plan], now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes).toEqual([
      {
        cellKey: 'row.r-egz.eintritte',
        label: 'Eintritte „Eingliederungszuschüsse (EGZ)“',
        before: 550,
        after: 600,
      },
      {
        cellKey: 'row.r-fbw.mittelansatz',
        label: 'Mittelansatz „Fort- und Weiterbildung (FbW)“',
        before: 8_500_000,
        after: 8_500_850,
      },
      { cellKey: 'bz.5.foerderungBgs', label: 'Förderung BGS, Berufsbereich 5', before: 660, after: null },
      {
        cellKey: 'dm.dm-esf-lza.betragJahr',
        label: 'Betrag im Planjahr „ESF-Bundesprogramm für Langzeitarbeitslose“',
        before: 2_900_000,
        after: 3_000_000,
      },
    ]);
    expect(result.plan.formeln).toEqual({
      'dm.dm-esf-lza.betragJahr': '=2900000+100000',
      'row.r-fbw.mittelansatz': '=1700*5000,5',
    });
  });

  it('finds rows by their hidden tag when rows were inserted above them', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet('Maßnahmeportfolio')!;
    ws.spliceRows(5, 0, ['', 'Notiz des Haushälters'], []);
    const egz = ws.getColumn(1).values.findIndex((v) => v === 'row:r-egz');
    ws.getCell(egz, 5).value = 575;
    const result = await importWorkbook(await save(wb), { knownPlans: [plan] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes.map((c) => [c.cellKey, c.after])).toEqual([['row.r-egz.eintritte', 575]]);
  });

  it('without the original plan at hand, the import still works and lists no changes', async () => {
    const result = await importWorkbook(exported, { knownPlans: [generatePlan({ rows: 10, seed: 9 })] });
    expect(result.ok && result.changes).toEqual([]);
  });

  it.each([
    [
      'text in an Eintritte cell',
      'row.r-egz.eintritte',
      'viele',
      'Blatt „Maßnahmeportfolio“, Zelle E6: „viele“ ist keine Zahl (Eintritte „Eingliederungszuschüsse (EGZ)“).',
    ],
    [
      'a fraction of a person',
      'row.r-mag.eintritte',
      12.5,
      'Blatt „Maßnahmeportfolio“, Zelle E5: 12,5 ist keine ganze Zahl ≥ 0 (Eintritte „Maßnahmen beim Arbeitgeber (MAG)“).',
    ],
    [
      'a formula without a stored result',
      'hh.mittelausstattung.plan',
      { formula: 'C4*2' },
      'Blatt „Haushalt (EGT)“, Zelle C4: die Formel hat keinen gespeicherten Wert',
    ],
    [
      'an error value',
      'hh.vorbindungen.plan',
      { error: '#DIV/0!' },
      'Blatt „Haushalt (EGT)“, Zelle C12: „{"error":"#DIV/0!"}“ ist keine Zahl',
    ],
  ])('refuses %s and names sheet and cell', async (_what, key, value, message) => {
    const wb = await load(exported);
    inputCell(wb, plan, key).value = value as ExcelJS.CellValue;
    const result = await importWorkbook(await save(wb));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
  });

  it('refuses a workbook whose columns were moved', async () => {
    const wb = await load(exported);
    wb.getWorksheet('Maßnahmeportfolio')!.spliceColumns(4, 0, []);
    const result = await importWorkbook(await save(wb));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        'Blatt „Maßnahmeportfolio“, Zelle D3: Spaltenüberschrift „Finanzierung“ erwartet',
      ),
    });
  });

  it('refuses a workbook whose row was deleted, naming the row', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet('Drittmittel')!;
    const row = ws.getColumn(1).values.findIndex((v) => v === 'dm:dm-talentwerkstatt');
    ws.spliceRows(row, 1);
    const result = await importWorkbook(await save(wb));
    expect(result.ok === false && result.message).toContain(
      'Blatt „Drittmittel“: die Zeile für Bewilligung gesamt „Inklusionsinitiative („Talentwerkstatt“)“ fehlt',
    );
  });
});

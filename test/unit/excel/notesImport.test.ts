/**
 * Bemerkungen survive the way through Excel: the export writes them as cell notes
 * (writeNotes.ts), the import reads the notes back (import/cellNotes.ts): unchanged ones keep the
 * plan's notes, a note written, changed or deleted in Excel is taken and listed as a change, a
 * note on a cell without Bemerkung is listed as not taken.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { formatChange, formatSkip } from '../../../shared/excel/import/changeList';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { PF, PORTFOLIO_SHEET } from '../../../shared/excel/layout/portfolio';
import { colName } from '../../../shared/excel/layout/types';
import { noteKey } from '../../../shared/model/notes';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { insertRowLikeExcel, rowOfTag } from '../../support/excelRowEdits';

const NOW = new Date('2016-11-01T10:00:00Z');
const EGZ = 'row.r-egz.mittelansatz';
const ESG = 'row.r-esg.eintritte';

function withNotes(): { plan: Plan; figureKey: string } {
  let plan = beispielplan();
  const figure = new Calculation(plan)
    .definitions()
    .find((d) => d.sheet === 'haushalt' && d.expr.op !== 'input')!;
  const figureKey = noteKey({ kind: 'figure', id: figure.id });
  const notes: [string, string][] = [
    [EGZ, 'Tarifsteigerung 3 % eingerechnet'],
    [figureKey, 'laut Zuweisung vom 15.10.'],
    [noteKey({ kind: 'row', rowId: 'r-mag' }), 'Vergabe im 2. Quartal\nmit zwei Losen'],
  ];
  for (const [key, text] of notes)
    plan = applyCommand(plan, { type: 'setNote', key, text, sheet: 'portfolio', where: key }).plan;
  return { plan, figureKey };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

async function reimport(wb: ExcelJS.Workbook) {
  const result = await importWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('Bemerkungen: Export und erneuter Import', () => {
  it('export → import keeps every note, without listing anything', async () => {
    const { plan } = withNotes();
    const wb = await load(await exportWorkbook(plan, { now: NOW }));
    const result = await reimport(wb);
    expect(result.plan.notizen).toEqual(plan.notizen);
    expect(Object.keys(result.plan.notizen)).toHaveLength(3);
    expect(result.changes).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('a note changed, written, deleted in Excel is taken and listed; one on a heading is not', async () => {
    const { plan, figureKey } = withNotes();
    const { book } = prepareWorkbook(plan);
    const wb = await load(await exportWorkbook(plan, { now: NOW }));
    const egz = book.inputs.get(EGZ)!;
    const esg = book.inputs.get(ESG)!;
    const fig = book.figures.get(figureKey.slice('fig:'.length))!;
    // Changed.
    wb.getWorksheet(egz.sheet)!.getCell(egz.row, egz.col).note = 'Tarifsteigerung 4 % eingerechnet';
    // Written anew, as Excel does: the author's name in bold in front.
    wb.getWorksheet(esg.sheet)!.getCell(esg.row, esg.col).note = {
      texts: [{ text: 'Mustermann:', font: { bold: true } }, { text: '\nFörderung läuft aus' }],
    } as ExcelJS.Comment;
    // Deleted.
    wb.getWorksheet(fig.sheet)!.getCell(fig.row, fig.col).note = undefined as unknown as string;
    // On the area heading: no Bemerkung there.
    const heading = rowOfTag(wb, PORTFOLIO_SHEET, 'area:hs-integration');
    wb.getWorksheet(PORTFOLIO_SHEET)!.getCell(heading, PF.instrument).note = 'nur eine Überschrift';

    const result = await reimport(wb);
    expect(result.plan.notizen).toEqual({
      [EGZ]: 'Tarifsteigerung 4 % eingerechnet',
      [ESG]: 'Förderung läuft aus',
      [noteKey({ kind: 'row', rowId: 'r-mag' })]: 'Vergabe im 2. Quartal\nmit zwei Losen',
    });
    const changes = result.changes.map(formatChange);
    expect(changes).toContain(
      `Blatt „${PORTFOLIO_SHEET}“, Zelle ${colName(egz.col)}${egz.row}: Bemerkung zu Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz: „Tarifsteigerung 3 % eingerechnet“ → „Tarifsteigerung 4 % eingerechnet“`,
    );
    expect(changes.find((c) => c.includes(`Zelle ${colName(esg.col)}${esg.row}:`))).toMatch(
      /Bemerkung zu .*Einstiegsgeld \(ESG\) › Eintritte: „Förderung läuft aus“$/,
    );
    expect(changes.find((c) => c.includes(`Zelle ${colName(fig.col)}${fig.row}:`))).toMatch(
      /Bemerkung zu Haushalt \(EGT\) › .* gelöscht: „laut Zuweisung vom 15\.10\.“$/,
    );
    expect(changes).toHaveLength(3);
    expect(result.skipped.map(formatSkip)).toEqual([
      `Blatt „${PORTFOLIO_SHEET}“, Zelle ${colName(PF.instrument)}${heading}: Notiz „nur eine Überschrift“ nicht übernommen: an dieser Zelle führt die App keine Bemerkung; Bemerkungen gehören zu Zahlen und Maßnahmen (Umschalt+F2 in der App)`,
    ]);
  });

  it('a note stays with its row when a row was inserted above it in Excel', async () => {
    const { plan } = withNotes();
    const wb = await load(await exportWorkbook(plan, { now: NOW }));
    const mag = rowOfTag(wb, PORTFOLIO_SHEET, 'row:r-mag');
    const ws = wb.getWorksheet(PORTFOLIO_SHEET)!;
    // ExcelJS's spliceRows leaves the notes behind; Excel moves them with their cells.
    const below: [number, number, ExcelJS.Cell['note']][] = [];
    ws.eachRow((row, rowNo) =>
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (rowNo >= mag && cell.note !== undefined) below.push([rowNo, col, cell.note]);
      }),
    );
    expect(below.length).toBe(2);
    insertRowLikeExcel(wb, PORTFOLIO_SHEET, mag);
    for (const [row, col] of below) ws.getCell(row, col).note = undefined as unknown as string;
    for (const [row, col, note] of below) ws.getCell(row + 1, col).note = note;
    const moved = rowOfTag(wb, PORTFOLIO_SHEET, 'row:r-mag');
    expect(moved).toBe(mag + 1);
    ws.getCell(moved, PF.instrument).note = 'Vergabe im 3. Quartal';
    const result = await reimport(wb);
    expect(result.plan.notizen[noteKey({ kind: 'row', rowId: 'r-mag' })]).toBe('Vergabe im 3. Quartal');
    expect(result.changes.map(formatChange)).toEqual([
      `Blatt „${PORTFOLIO_SHEET}“, Zelle ${colName(PF.instrument)}${moved}: Bemerkung zu Maßnahmeportfolio › Integration › Maßnahmen beim Arbeitgeber (MAG): „Vergabe im 2. Quartal mit zwei Losen“ → „Vergabe im 3. Quartal“`,
    ]);
  });
});

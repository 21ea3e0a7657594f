import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { applyCommand } from '../../../shared/commands/applyCommand';
import { noteLines } from '../../../shared/commands/describeNote';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { PF } from '../../../shared/excel/layout/portfolio';
import { noteKey } from '../../../shared/model/notes';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';

const NOW = new Date('2016-11-01T10:00:00Z');

function withNotes(): { plan: Plan; figureId: string } {
  let plan = beispielplan();
  const calc = new Calculation(plan);
  const figure = calc.definitions().find((d) => d.sheet === 'haushalt' && d.expr.op !== 'input')!;
  const notes: [string, string][] = [
    [noteKey({ kind: 'input', key: 'row.r-egz.mittelansatz' }), 'Tarifsteigerung 3 % eingerechnet'],
    [noteKey({ kind: 'figure', id: figure.id }), 'laut Zuweisung vom 15.10.'],
    [noteKey({ kind: 'row', rowId: 'r-mag' }), 'Vergabe im 2. Quartal'],
  ];
  for (const [key, text] of notes) {
    const r = applyCommand(plan, { type: 'setNote', key, text, sheet: 'portfolio', where: key });
    plan = r.plan;
  }
  return { plan, figureId: figure.id };
}

describe('Bemerkungen im Arbeitsmappen-Export', () => {
  it('writes each note as an Excel cell note on the cell the app shows it on', async () => {
    const { plan, figureId } = withNotes();
    const { book } = prepareWorkbook(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportWorkbook(plan, { now: NOW })) as unknown as ArrayBuffer);
    const noteAt = (sheet: string, row: number, col: number) => {
      const n = wb.getWorksheet(sheet)!.getCell(row, col).note;
      return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    };
    const egz = book.inputs.get('row.r-egz.mittelansatz')!;
    expect(noteAt(egz.sheet, egz.row, egz.col)).toBe('Tarifsteigerung 3 % eingerechnet');
    const fig = book.figures.get(figureId)!;
    expect(noteAt(fig.sheet, fig.row, fig.col)).toBe('laut Zuweisung vom 15.10.');
    const mag = book.inputs.get('row.r-mag.eintritte')!;
    expect(noteAt(mag.sheet, mag.row, PF.instrument)).toBe('Vergabe im 2. Quartal');
    // No note where the plan has none.
    const esg = book.inputs.get('row.r-esg.mittelansatz')!;
    expect(noteAt(esg.sheet, esg.row, esg.col)).toBe('');
  });

  it('a workbook with notes is read back by the import without complaint', async () => {
    const { plan } = withNotes();
    const result = await importWorkbook(await exportWorkbook(plan, { now: NOW }), { now: NOW });
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.changes).toEqual([]);
  });

  it('lists the notes with where they stand, for the print pack', () => {
    const { plan } = withNotes();
    const lines = noteLines(plan, new Calculation(plan));
    expect(lines.map((l) => l.text)).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.objectContaining({
        where: 'Maßnahmeportfolio › Integration › Eingliederungszuschüsse (EGZ) › Mittelansatz',
        text: 'Tarifsteigerung 3 % eingerechnet',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        where: 'Maßnahmeportfolio › Integration › Maßnahmen beim Arbeitgeber (MAG)',
        text: 'Vergabe im 2. Quartal',
      }),
    );
    expect(lines[0]!.where).toMatch(/^Haushalt \(EGT\) › /);
  });
});

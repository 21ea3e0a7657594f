/**
 * What validating the embedded plan repairs is not dropped silently: a stored formula that
 * contradicts its value (shared/file/settleFormeln.ts: the value wins) becomes an entry "nicht
 * übernommen" at the cell it belonged to, in German, beside the edits.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatSkip } from '../../../shared/excel/import/changeList';
import { exportWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import {
  CONTRADICTED_KEY as KEY,
  CONTRADICTION_LISTED,
  planWithContradiction,
} from '../../support/contradictingFormula';
import { insertRowLikeExcel, rowOfTag } from '../../support/excelRowEdits';

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe('a stored formula that contradicts its value', () => {
  it('is listed as not taken at its cell, and the value stays', async () => {
    const result = await importWorkbook(await exportWorkbook(planWithContradiction(), { now: NOW }), {
      now: NOW,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.changes).toEqual([]);
    expect(result.skipped.map(formatSkip)).toEqual([CONTRADICTION_LISTED]);
    expect(KEY in result.plan.formeln).toBe(false);
    const esg = result.plan.schwerpunkte.flatMap((a) => a.rows).find((r) => r.id === 'r-esg');
    expect(esg).toMatchObject({ mittelansatz: 150_000 });
  });

  it('names the cell where it stands now when rows were inserted above it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await exportWorkbook(planWithContradiction(), { now: NOW })) as unknown as Parameters<
        typeof wb.xlsx.load
      >[0],
    );
    const pf = 'Maßnahmeportfolio';
    insertRowLikeExcel(wb, pf, rowOfTag(wb, pf, 'row:r-esg'), [null, 'Coaching', 'I', 'EGT', 25, 120_000]);
    const result = await importWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { now: NOW });
    if (!result.ok) throw new Error(result.message);
    const note = result.skipped.find((s) => s.found === 'gespeicherte Formel „=5“');
    expect(note).toMatchObject({ sheet: pf, cell: `F${rowOfTag(wb, pf, 'row:r-esg')}` });
    expect(note?.cell).toBe('F8');
  });
});

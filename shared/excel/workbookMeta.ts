/**
 * What the importer needs besides the numbers: the plan as JSON in a very hidden sheet `_amip`
 * (A1 marker, A2 format, A3 number of chunks, A4… the JSON in chunks). Numbers are read from the
 * visible input cells, so edits made in Excel count; the JSON says where they are and what the
 * export wrote. The importer reads it back from the archive (embeddedPlan.ts).
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../model/plan';

export const META_SHEET = '_amip';
export const META_MARKER = 'AMIP-Planer Export';
export const META_FORMAT = 1;
/** Excel holds at most 32.767 characters per cell. */
const CHUNK = 30_000;

export function writeMeta(wb: ExcelJS.Workbook, plan: Plan): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(plan);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  ws.getCell('A1').value = META_MARKER;
  ws.getCell('A2').value = META_FORMAT;
  ws.getCell('A3').value = chunks.length;
  chunks.forEach((c, i) => (ws.getCell(`A${i + 4}`).value = c));
}

/**
 * What the importer needs besides the numbers: the plan's non-numeric parts (ids, names,
 * structure, master data) as JSON in a very hidden sheet `_amip`. Numbers are read from the
 * visible input cells, so edits made in Excel count; the JSON only says where they are.
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

export type MetaResult = { ok: true; plan: unknown } | { ok: false; message: string };

const cellText = (v: ExcelJS.CellValue): string | null => (typeof v === 'string' ? v : null);

export function readMeta(wb: ExcelJS.Workbook): MetaResult {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws)
    return {
      ok: false,
      message: `Diese Arbeitsmappe stammt nicht aus dem AMIP-Planer: das ausgeblendete Blatt „${META_SHEET}“ fehlt.`,
    };
  if (ws.getCell('A1').value !== META_MARKER)
    return { ok: false, message: `Blatt „${META_SHEET}“, Zelle A1: keine AMIP-Planer-Kennung.` };
  if (ws.getCell('A2').value !== META_FORMAT)
    return {
      ok: false,
      message: `Blatt „${META_SHEET}“, Zelle A2: unbekannte Exportversion „${String(ws.getCell('A2').value)}“.`,
    };
  const count = ws.getCell('A3').value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000)
    return { ok: false, message: `Blatt „${META_SHEET}“, Zelle A3: ungültige Anzahl von Datenzellen.` };
  let json = '';
  for (let i = 0; i < count; i++) {
    const t = cellText(ws.getCell(`A${i + 4}`).value);
    if (t === null)
      return {
        ok: false,
        message: `Blatt „${META_SHEET}“, Zelle A${i + 4}: Planstruktur fehlt oder ist beschädigt.`,
      };
    json += t;
  }
  try {
    return { ok: true, plan: JSON.parse(json) as unknown };
  } catch {
    return {
      ok: false,
      message: `Blatt „${META_SHEET}“, Zellen A4:A${count + 3}: Planstruktur ist kein gültiges JSON.`,
    };
  }
}

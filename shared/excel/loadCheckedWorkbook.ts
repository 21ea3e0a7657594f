/**
 * A workbook from outside, parsed by ExcelJS only after the zip guard (zipGuard.ts) passed it,
 * and from the guard's re-packed archive of checked entries, never from the original bytes.
 */
import ExcelJS from 'exceljs';
import type { ZipLimits } from './zipGuard';
import { DEFAULT_ZIP_LIMITS, guardWorkbookZip, verifiedZip } from './zipGuard';

export type LoadedWorkbook = { ok: true; wb: ExcelJS.Workbook } | { ok: false; message: string };

/** ExcelJS over the guard's re-packed archive; a failure inside ExcelJS becomes a German message. */
export async function parseVerifiedZip(zip: Uint8Array): Promise<LoadedWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(zip as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    return {
      ok: false,
      message: `Die Arbeitsmappe lässt sich nicht lesen (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  return { ok: true, wb };
}

export async function loadCheckedWorkbook(
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): Promise<LoadedWorkbook> {
  const guard = await guardWorkbookZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits });
  if (!guard.ok) return guard;
  return parseVerifiedZip(verifiedZip(guard.archive));
}

/**
 * Reads a workbook the app exported, possibly edited in Excel or LibreOffice since. The plan's
 * structure comes from the hidden sheet `_amip`; the edited sheets are compared cell by cell
 * with what the export wrote for that plan (import/compareWorkbook.ts): numbers, names and texts,
 * new, deleted and moved portfolio rows are taken through the app's commands; everything else is
 * listed as not taken, with sheet and cell. The result is always a new plan (new id), never an
 * overwrite.
 */
import ExcelJS from 'exceljs';
import { validatePlan } from '../file/planFile';
import { upgradeStoredPlan } from '../file/storedPlan';
import { newId } from '../model/ids';
import type { Plan } from '../model/plan';
import type { ImportChange, ImportSkip } from './import/changeList';
import { ImportRefusal, compareWorkbook } from './import/compareWorkbook';
import { readMeta } from './workbookMeta';
import type { ZipLimits } from './zipGuard';
import { DEFAULT_ZIP_LIMITS, guardWorkbookZip } from './zipGuard';

export type { ImportChange, ImportSkip };

export interface ImportOptions {
  limits?: Partial<ZipLimits>;
  /** Time stamp for header.changedAt (tests pass a fixed one). */
  now?: Date;
}

export type ImportResult =
  | {
      ok: true;
      plan: Plan;
      /** Edits found in the workbook and taken into the new plan. */
      changes: ImportChange[];
      /** Edits found and not taken, each with the reason; never left out silently. */
      skipped: ImportSkip[];
      sourcePlanId: string;
    }
  | { ok: false; message: string };

export async function importWorkbook(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const guard = await guardWorkbookZip(bytes, limits);
  if (!guard.ok) return guard;

  const wb = new ExcelJS.Workbook();
  try {
    // The re-packed archive of checked entries, never the original bytes (see zipGuard.ts).
    await wb.xlsx.load(guard.zip as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    return {
      ok: false,
      message: `Die Arbeitsmappe lässt sich nicht lesen (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  const meta = readMeta(wb);
  if (!meta.ok) return meta;
  // A workbook exported before an upgrade embeds its plan in the older file format.
  const embedded = validatePlan(upgradeStoredPlan(meta.plan));
  if (!embedded.ok) {
    const first = embedded.errors[0];
    return {
      ok: false,
      message: `Blatt „_amip“: die eingebettete Planstruktur ist ungültig (${first?.path ?? ''}: ${first?.message ?? ''}).`,
    };
  }
  const original = embedded.plan;

  let compared;
  try {
    compared = compareWorkbook(wb, original);
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, message: e.message };
    throw e;
  }

  const checked = validatePlan(compared.plan);
  if (!checked.ok) {
    const first = checked.errors[0];
    return {
      ok: false,
      message: `Die eingelesenen Werte ergeben keinen gültigen Plan (${first?.path ?? ''}: ${first?.message ?? ''}).`,
    };
  }
  const now = options.now ?? new Date();
  const imported: Plan = {
    ...checked.plan,
    id: newId('plan'),
    header: { ...checked.plan.header, changedAt: now.toISOString() },
  };
  return {
    ok: true,
    plan: imported,
    changes: compared.changes,
    skipped: compared.skipped,
    sourcePlanId: original.id,
  };
}

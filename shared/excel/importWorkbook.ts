/**
 * Reads a workbook the app exported, possibly edited in Excel or LibreOffice since. Before
 * ExcelJS parses anything: the guard checks the archive and tallies every part (zipGuard.ts);
 * the plan embedded in the hidden sheet `_amip` is read from the archive and validated
 * (embeddedPlan.ts); each sheet must be no larger than that plan's export plus an allowance for
 * inserted rows (import/packSize.ts), and its column headers must stand where the export put
 * them (import/headerRow.ts). Only then is the workbook parsed, and its sheets compared cell by
 * cell with what the export wrote for that plan (import/compareWorkbook.ts): numbers, names and
 * texts, new, deleted and moved portfolio rows are taken through the app's commands; everything
 * else is listed as not taken, with sheet and cell, as is what validating the embedded plan
 * repaired. The result is always a new plan (new id), never an overwrite.
 */
import { validatePlan } from '../file/planFile';
import { upgradeStoredPlan } from '../file/storedPlan';
import type { ValidationError } from '../file/validationError';
import { newId } from '../model/ids';
import type { Plan } from '../model/plan';
import { NOT_AN_AMIP_PACK, readEmbeddedPlan } from './embeddedPlan';
import type { ImportChange, ImportSkip } from './import/changeList';
import { ImportRefusal, compareWorkbook } from './import/compareWorkbook';
import { checkHeaderRows } from './import/headerRow';
import { checkPackSize, packBudgets } from './import/packSize';
import type { PlanNote } from './import/planNotes';
import { planNotes } from './import/planNotes';
import { sheetSizes } from './layout/sheetSizes';
import type { Guarded } from './zipArchive';
import type { CheckedArchive, ZipLimits } from './zipGuard';
import { DEFAULT_ZIP_LIMITS, openWorkbookZip, tallyRest, verifiedZip } from './zipGuard';
import { parseVerifiedZip } from './loadCheckedWorkbook';
import { META_SHEET } from './workbookMeta';

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

const firstError = (errors: readonly ValidationError[]): string =>
  `${errors[0]?.path ?? ''}: ${errors[0]?.message ?? ''}`;

/**
 * The embedded plan read and validated; the raw JSON is garbage once this returns (a 60.000-row
 * plan is some 50 MB of objects, and the checks that follow need only the validated one).
 */
async function embeddedPlan(
  archive: CheckedArchive,
): Promise<Guarded<{ original: Plan; notes: PlanNote[]; chunks: number; chars: number }>> {
  const embedded = await readEmbeddedPlan(archive);
  if (!embedded.ok) return embedded;
  // A workbook exported before an upgrade embeds its plan in the older file format.
  const validated = validatePlan(upgradeStoredPlan(embedded.plan));
  if (!validated.ok)
    return {
      ok: false,
      message: `Blatt „${META_SHEET}“: die eingebettete Planstruktur ist ungültig (${firstError(validated.errors)}).`,
    };
  return {
    ok: true,
    original: validated.plan,
    notes: planNotes(validated.warnings, embedded.plan),
    chunks: embedded.chunks,
    chars: embedded.chars,
  };
}

/**
 * Everything before ExcelJS: the archive checked and tallied, the embedded plan read and
 * validated, the sheets sized and their headers found. Returns only what the parse needs, so the
 * archive's tallies and the raw JSON are garbage by then (the 60.000-row import is faster with
 * less alive while ExcelJS builds its objects).
 */
async function prepare(
  bytes: Uint8Array,
  limits: ZipLimits,
): Promise<Guarded<{ original: Plan; notes: PlanNote[]; zip: Uint8Array }>> {
  const opened = await openWorkbookZip(bytes, limits);
  if (!opened.ok) return opened;
  const { archive } = opened;
  // Not an AMIP pack: refused before any sheet is inflated.
  if (!archive.sheets.some((s) => s.name === META_SHEET)) return { ok: false, message: NOT_AN_AMIP_PACK };

  const embedded = await embeddedPlan(archive);
  if (!embedded.ok) return embedded;
  const { original, notes } = embedded;
  const size = { chunks: embedded.chunks, chars: embedded.chars };
  const sizes = sheetSizes(original);
  // Every other part tallied against what this plan's export holds, stopped at the first excess.
  const tallied = await tallyRest(archive, packBudgets(archive, sizes, size));
  if (!tallied.ok) return tallied;
  const fits = checkPackSize(archive, sizes, size);
  if (!fits.ok) return fits;
  const headers = await checkHeaderRows(archive, sizes);
  if (!headers.ok) return headers;
  // The re-packed archive of checked entries, never the original bytes (see zipGuard.ts).
  return { ok: true, original, notes, zip: verifiedZip(archive) };
}

export async function importWorkbook(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const prepared = await prepare(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  if (!prepared.ok) return prepared;
  const { original, notes } = prepared;

  const parsed = await parseVerifiedZip(prepared.zip);
  if (!parsed.ok) return parsed;
  const { wb } = parsed;

  let compared;
  try {
    compared = compareWorkbook(wb, original, notes);
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, message: e.message };
    throw e;
  }

  const checked = validatePlan(compared.plan);
  if (!checked.ok)
    return {
      ok: false,
      message: `Die eingelesenen Werte ergeben keinen gültigen Plan (${firstError(checked.errors)}).`,
    };
  const now = options.now ?? new Date();
  const imported: Plan = {
    ...checked.plan,
    id: newId('plan'),
    header: { ...checked.plan.header, changedAt: now.toISOString() },
  };
  // What the second validation repaired in the edited plan (the commands keep formulas beside
  // their values, so this stays empty unless a rule changes): listed too, never dropped silently.
  const repaired = planNotes(checked.warnings, compared.plan).map((n) => ({
    sheet: META_SHEET,
    cell: '',
    found: n.found,
    reason: n.reason,
  }));
  return {
    ok: true,
    plan: imported,
    changes: compared.changes,
    skipped: [...compared.skipped, ...repaired],
    sourcePlanId: original.id,
  };
}

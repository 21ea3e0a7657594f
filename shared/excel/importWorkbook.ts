/**
 * Reads a workbook the app exported, possibly edited in Excel or LibreOffice since. The plan's
 * structure comes from the hidden sheet `_amip`; every number is read from its visible input
 * cell (found by the row tag in hidden column A), so edits made in Excel count. Formula cells
 * are ignored: the app computes its own figures. The result is always a new plan (new id),
 * never an overwrite, with the changes against the plan it came from when that one is known.
 */
import ExcelJS from 'exceljs';
import { validatePlan } from '../file/planFile';
import { MAX_ANZAHL, MAX_BETRAG } from '../input/limits';
import type { CellKey } from '../model/cellKey';
import { inputUnit, parseCellKey } from '../model/cellKey';
import { newId } from '../model/ids';
import { readInput, writeInputRef } from '../model/inputs';
import type { Num, Plan } from '../model/plan';
import { prepareWorkbook } from './exportWorkbook';
import type { InputPlace } from './layout';
import type { SheetLayout } from './layout/types';
import { TAG_COL, colName } from './layout/types';
import { excelFormulaToGerman, germanFormulaToExcel } from './userFormula';
import { readMeta } from './workbookMeta';
import type { ZipLimits } from './zipGuard';
import { DEFAULT_ZIP_LIMITS, guardWorkbookZip } from './zipGuard';

export interface ImportOptions {
  /** Plans the app holds; the one with the embedded id is compared with the import. */
  knownPlans?: readonly Plan[];
  limits?: Partial<ZipLimits>;
  /** Time stamp for header.changedAt (tests pass a fixed one). */
  now?: Date;
}

export interface ImportChange {
  cellKey: CellKey;
  label: string;
  before: Num;
  after: Num;
}

export type ImportResult =
  { ok: true; plan: Plan; changes: ImportChange[]; sourcePlanId: string } | { ok: false; message: string };

class ImportError extends Error {}

const at = (sheet: string, row: number, col: number) => `Blatt „${sheet}“, Zelle ${colName(col)}${row}`;

function shown(v: unknown): string {
  if (v === null || v === undefined) return 'leer';
  if (typeof v === 'object') return JSON.stringify(v).slice(0, 60);
  return String(v).slice(0, 60);
}

interface ReadCell {
  value: Num;
  formula?: string;
}

/** One input cell's number (or the result of the user's formula there). */
function readNumber(cell: ExcelJS.Cell, where: string, place: InputPlace): ReadCell {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'string') {
    if (v.trim() === '') return { value: null };
    throw new ImportError(`${where}: „${shown(v)}“ ist keine Zahl (${place.label}).`);
  }
  if (typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const result = (v as { result?: unknown }).result;
    const formula = 'formula' in v && typeof v.formula === 'string' ? v.formula : undefined;
    if (result === undefined)
      throw new ImportError(
        `${where}: die Formel hat keinen gespeicherten Wert; bitte in Excel neu berechnen und speichern (${place.label}).`,
      );
    if (typeof result === 'number')
      return formula === undefined ? { value: result } : { value: result, formula };
    if (result === '' || result === null) return { value: null };
    throw new ImportError(
      `${where}: das Ergebnis der Formel („${shown(result)}“) ist keine Zahl (${place.label}).`,
    );
  }
  throw new ImportError(`${where}: „${shown(v)}“ ist keine Zahl (${place.label}).`);
}

function checkUnit(key: CellKey, value: Num, where: string, place: InputPlace): Num {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw new ImportError(`${where}: kein gültiger Zahlenwert (${place.label}).`);
  const ref = parseCellKey(key);
  const unit = ref ? inputUnit(ref) : 'eur';
  switch (unit) {
    case 'count':
      if (!Number.isInteger(value) || value < 0)
        throw new ImportError(
          `${where}: ${String(value).replace('.', ',')} ist keine ganze Zahl ≥ 0 (${place.label}).`,
        );
      if (value > MAX_ANZAHL) throw new ImportError(`${where}: ${value} ist zu groß (${place.label}).`);
      return value;
    case 'eur': {
      if (Math.abs(value) > MAX_BETRAG)
        throw new ImportError(`${where}: ${value} € ist zu groß (${place.label}).`);
      // Euro carry at most two decimals in the model; Excel arithmetic may leave binary remainders.
      return Math.round(value * 100) / 100;
    }
    case 'ratio':
      return value;
  }
}

/** Row numbers by tag (hidden column A), and a check that the columns are where we put them. */
function locateRows(ws: ExcelJS.Worksheet, layout: SheetLayout): Map<string, number> {
  const header = ws.getRow(layout.headerRow);
  layout.columns.forEach((spec, i) => {
    const col = i + 1;
    if (col === TAG_COL || spec.header === '') return;
    const found = header.getCell(col).value;
    if (found !== spec.header)
      throw new ImportError(
        `${at(layout.name, layout.headerRow, col)}: Spaltenüberschrift „${spec.header}“ erwartet, gefunden „${shown(found)}“. ` +
          'Wurden Spalten eingefügt oder gelöscht?',
      );
  });
  const rows = new Map<string, number>();
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const tag = row.getCell(TAG_COL).value;
    if (typeof tag === 'string' && tag !== '' && !rows.has(tag)) rows.set(tag, n);
  });
  return rows;
}

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
  const embedded = validatePlan(meta.plan);
  if (!embedded.ok) {
    const first = embedded.errors[0];
    return {
      ok: false,
      message: `Blatt „_amip“: die eingebettete Planstruktur ist ungültig (${first?.path ?? ''}: ${first?.message ?? ''}).`,
    };
  }
  const original = embedded.plan;

  let plan = original;
  try {
    const { layouts, book } = prepareWorkbook(original);
    const located = new Map<string, { ws: ExcelJS.Worksheet; rows: Map<string, number> }>();
    for (const layout of layouts) {
      if (![...book.inputs.values()].some((p) => p.sheet === layout.name)) continue;
      const ws = wb.getWorksheet(layout.name);
      if (!ws) throw new ImportError(`Das Blatt „${layout.name}“ fehlt in der Arbeitsmappe.`);
      located.set(layout.name, { ws, rows: locateRows(ws, layout) });
    }
    for (const [key, place] of book.inputs) {
      const sheet = located.get(place.sheet)!;
      const rowNo = sheet.rows.get(place.tag);
      if (rowNo === undefined)
        throw new ImportError(
          `Blatt „${place.sheet}“: die Zeile für ${place.label} fehlt (Kennung „${place.tag}“ in der ausgeblendeten Spalte A nicht gefunden).`,
        );
      const where = at(place.sheet, rowNo, place.col);
      const read = readNumber(sheet.ws.getRow(rowNo).getCell(place.col), where, place);
      const value = checkUnit(key, read.value, where, place);
      const typedBefore = original.formeln[key];
      // Keep the user's own spelling when Excel holds exactly what the export wrote for it.
      const formula =
        read.formula === undefined || value === null
          ? undefined
          : typedBefore !== undefined && germanFormulaToExcel(typedBefore) === read.formula
            ? typedBefore
            : (excelFormulaToGerman(read.formula) ?? undefined);
      const before = readInput(plan, key) ?? null;
      if (before === value && plan.formeln[key] === formula) continue;
      const ref = parseCellKey(key);
      if (ref) plan = writeInputRef(plan, ref, value, formula);
    }
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, message: e.message };
    throw e;
  }

  const checked = validatePlan(plan);
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

  const changes: ImportChange[] = [];
  const known = options.knownPlans?.find((p) => p.id === original.id);
  if (known) {
    const { book } = prepareWorkbook(imported);
    for (const [key, place] of book.inputs) {
      const before = readInput(known, key) ?? null;
      const after = readInput(imported, key) ?? null;
      if (before !== after) changes.push({ cellKey: key, label: place.label, before, after });
    }
  }
  return { ok: true, plan: imported, changes, sourcePlanId: original.id };
}

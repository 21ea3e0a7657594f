/**
 * Operations measured in Node: 1 edit → all figures, 2 full recomputation (both against
 * HyperFormula), 6 Excel export (against a bare ExcelJS write), 7 reading a plan file, and the
 * heap a plan and its calculation hold.
 */
import ExcelJS from 'exceljs';
import { Calculation } from '../../shared/calc/engine';
import { cellKey } from '../../shared/model/cellKey';
import { writeInputRef } from '../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../shared/model/plan';
import { exportWorkbook, exportedCellValues } from '../../shared/excel/exportWorkbook';
import { exportDocx } from '../../shared/docx/exportDocx';
import { withFullTexts } from '../support/fullTexts';
import { parsePlanFile, serializePlanFile, validatePlan } from '../../shared/file/planFile';
import { runChecks } from '../../shared/checks/runChecks';
import type { BenchField } from './hyperformulaSheet';
import { buildHyperFormula, cellAddress, planSheet } from './hyperformulaSheet';
import type { Stats } from './measure';
import { gc, heapMb, lcg, time, timePair } from './measure';

/** `--no-compare` skips the comparisons (HyperFormula needs minutes at 60.000 rows). */
export const settings = { compare: true };

export interface Measured {
  stats: Stats;
  /** The comparison measured in the same run, if the operation has one. */
  against?: { label: string; stats: Stats };
  note?: string;
}

export const instrumentRows = (plan: Plan): InstrumentRow[] =>
  plan.schwerpunkte.flatMap((a) => a.rows.filter((r): r is InstrumentRow => r.kind === 'instrument'));

/** The same deterministic sequence of edits for the engine and for HyperFormula. */
function edits(plan: Plan, count: number): { rowId: string; field: BenchField; value: number }[] {
  const rows = instrumentRows(plan);
  const rand = lcg(4711);
  return Array.from({ length: count }, (_, i) => {
    const row = rows[Math.floor(rand() * rows.length)]!;
    return i % 2 === 0
      ? { rowId: row.id, field: 'eintritte', value: Math.floor(rand() * 2000) }
      : { rowId: row.id, field: 'mittelansatz', value: Math.round(rand() * 300_000_000) / 100 };
  });
}

/** 1: one input edit → every derived figure up to date. */
export async function editToFigures(plan: Plan, iterations: number): Promise<Measured> {
  const list = edits(plan, iterations + 3);
  let current = plan;
  const calc = new Calculation(plan);
  const ours = await time(iterations, (i) => {
    const e = list[i + 3]!;
    const ref = { kind: 'row', id: e.rowId, field: e.field } as const;
    current = writeInputRef(current, ref, e.value);
    calc.updateInputs(current, [cellKey(ref)]);
  });
  if (!settings.compare) return { stats: ours, note: 'writeInputRef + Calculation.updateInputs' };
  const sheet = planSheet(plan);
  const hf = buildHyperFormula(sheet.sheets);
  // HyperFormula re-adds the Kennzahlen SUMIFS on every edit: seconds each at 60.000 rows.
  const theirs = await time(
    instrumentRows(plan).length >= 50_000 ? Math.min(iterations, 20) : iterations,
    (i) => {
      const e = list[i + 3]!;
      hf.setCellContents(cellAddress(hf, sheet, e.rowId, e.field), [[e.value]]);
    },
  );
  hf.destroy();
  return {
    stats: ours,
    against: { label: 'HyperFormula setCellContents', stats: theirs },
    note: 'writeInputRef + Calculation.updateInputs',
  };
}

/** 2: every figure from scratch. */
export async function fullRecalculation(plan: Plan, iterations: number): Promise<Measured> {
  const ours = await time(iterations, () => new Calculation(plan), { warmup: 1 });
  if (!settings.compare) return { stats: ours, note: 'new Calculation(plan)' };
  const sheet = planSheet(plan);
  const theirs = await time(iterations, () => buildHyperFormula(sheet.sheets).destroy(), { warmup: 1 });
  return {
    stats: ours,
    against: { label: `HyperFormula buildFromSheets (${sheet.formulas} Formeln)`, stats: theirs },
    note: 'new Calculation(plan)',
  };
}

/**
 * The first comparison for the export, kept from the first runs of the benchmark: a bare
 * ExcelJS write of the portfolio's main columns and the plan-level figures (two worksheets,
 * about three quarters of the cells the export writes), without styles, formulas, names,
 * protection or the hidden `_amip` sheet. The issue asks for a bare `xlsx` write; the app does
 * not use the `xlsx` package, so ExcelJS (which the export uses) is the fair library.
 */
async function bareWrite(plan: Plan, calc: Calculation): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const portfolio = wb.addWorksheet('Maßnahmeportfolio');
  for (const area of plan.schwerpunkte) {
    portfolio.addRow([area.name]);
    for (const r of area.rows) {
      if (r.kind !== 'instrument') continue;
      portfolio.addRow([
        r.instrument,
        r.kategorie,
        r.eintritte,
        r.mittelansatz,
        calc.get(`row.${r.id}.kostenJeEintritt`),
        r.vorjahrEintritte,
        r.vorjahrMittel,
        calc.get(`row.${r.id}.vorjahrKostenJeEintritt`),
        calc.get(`row.${r.id}.aenderungEintritte`),
        calc.get(`row.${r.id}.aenderungMittel`),
        r.funktion,
      ]);
    }
    portfolio.addRow([
      'Summe',
      null,
      calc.get(`area.${area.id}.eintritte`),
      calc.get(`area.${area.id}.mittelansatzEgt`),
    ]);
  }
  const others = wb.addWorksheet('Kennzahlen');
  for (const d of calc.definitions()) if (!d.id.startsWith('row.')) others.addRow([d.label, calc.get(d.id)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type BareCell = string | number | boolean | null;

/**
 * Every cell value the export writes, sheet by sheet (a formula cell as its computed result),
 * gathered once before the timing: the same values, for the bare write of the same cells.
 */
function exportedValues(plan: Plan): { name: string; rows: BareCell[][] }[] {
  const sheets = new Map<string, BareCell[][]>();
  exportedCellValues(plan, (layout, rowIndex, spec, value) => {
    let rows = sheets.get(layout.name);
    if (!rows) sheets.set(layout.name, (rows = []));
    const row = (rows[rowIndex] ??= []);
    row[spec.col - 1] = bareValue(value);
  });
  return [...sheets].map(([name, rows]) => ({ name, rows }));
}

function bareValue(value: unknown): BareCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && 'result' in value) return bareValue((value as { result: unknown }).result);
  if (typeof value === 'object' && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  return String(value);
}

/**
 * The comparison for the export: ExcelJS writing exactly the cell values of every sheet the
 * export writes (formula cells as their results), without styles, formulas, names, notes,
 * protection or the hidden `_amip` sheet: what the library needs for the same cells, so the
 * ratio is the cost of what the export adds.
 */
async function bareWriteOfCells(sheets: { name: string; rows: BareCell[][] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row ?? []);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 6: Excel export of the whole plan. */
export async function excelExport(plan: Plan, iterations: number): Promise<Measured> {
  let bytes = 0;
  const ours = await time(
    iterations,
    async () => {
      bytes = (await exportWorkbook(plan)).length;
    },
    { warmup: 1 },
  );
  if (!settings.compare) return { stats: ours };
  const sheets = exportedValues(plan);
  const cells = sheets.reduce(
    (n, s) =>
      n + s.rows.reduce((m, r) => m + (r?.filter((v) => v !== null && v !== undefined).length ?? 0), 0),
    0,
  );
  let bareBytes = 0;
  const theirs = await time(
    iterations,
    async () => {
      bareBytes = (await bareWriteOfCells(sheets)).length;
    },
    { warmup: 1 },
  );
  const calc = new Calculation(plan);
  const first = await time(iterations, async () => void (await bareWrite(plan, calc)), { warmup: 1 });
  const firstRatio = (ours.p50 / first.p50).toFixed(2).replace('.', ',');
  return {
    stats: ours,
    against: { label: 'bare ExcelJS write of the same cells', stats: theirs },
    note:
      `exportWorkbook: ${(bytes / 1024).toFixed(0)} KB; bare write of the same ${cells} cells in ` +
      `${sheets.length} sheets: ${(bareBytes / 1024).toFixed(0)} KB; against the first, two-sheet ` +
      `baseline (${first.p50.toFixed(0)} ms p50): ${firstRatio}×`,
  };
}

/**
 * 8: the Word export of the Programm (issue 17) with full chapter texts in every section and
 * every Handlungsschwerpunkt; target below 3 s for a Jobcenter's 300 rows.
 */
export async function docxExport(plan: Plan, iterations: number): Promise<Measured> {
  const full = withFullTexts(plan);
  let bytes = 0;
  const stats = await time(
    iterations,
    async () => {
      bytes = (await exportDocx(full)).length;
    },
    { warmup: 1 },
  );
  return { stats, note: `Programm.docx ${(bytes / 1024).toFixed(0)} KB, target < 3 s at 300 rows` };
}

/**
 * 7: reading the plan file and validating it (parsePlanFile), against JSON.parse alone. A file
 * above the size limit is refused at once; then the same work without the limit is measured
 * (JSON.parse + validatePlan) and the refusal is noted.
 */
export async function readPlanFile(plan: Plan, iterations: number): Promise<Measured> {
  const text = serializePlanFile(plan, new Date('2026-01-01T00:00:00Z'));
  const size = `${(text.length / 1024 / 1024).toFixed(1)} MB file`;
  const first = parsePlanFile(text);
  const refused = first.ok ? null : (first.errors[0]?.message ?? 'abgelehnt');
  const read = refused
    ? () => validatePlan((JSON.parse(text) as { plan: unknown }).plan)
    : () => parsePlanFile(text);
  let ok = true;
  const ours = () => {
    ok &&= read().ok;
  };
  const note = refused
    ? `${size}; parsePlanFile refuses it (${refused}): JSON.parse + validatePlan measured`
    : size;
  if (!settings.compare) {
    const alone = await time(iterations, ours);
    if (!ok) throw new Error('Der erzeugte Plan besteht die Prüfung nicht');
    return { stats: alone, note };
  }
  // In turns with JSON.parse: the ratio is the point, and a millisecond operation swings with
  // whatever ran before it in this process.
  const [stats, theirs] = await timePair(iterations, ours, () => JSON.parse(text));
  if (!ok) throw new Error('Der erzeugte Plan besteht die Prüfung nicht');
  return { stats, against: { label: 'JSON.parse alone', stats: theirs }, note };
}

export interface HeapFigures {
  planMb: number;
  calcMb: number;
  checksMb: number;
  totalMb: number;
}

/** Live heap of the plan, its Calculation and its checks (what the renderer's store holds). */
export function heapOf(make: () => Plan): HeapFigures {
  const base = heapMb();
  const plan = make();
  const withPlan = heapMb();
  const calc = new Calculation(plan);
  const withCalc = heapMb();
  const checks = runChecks(plan, calc);
  const withChecks = heapMb();
  const held = [plan, calc, checks]; // keep alive until measured
  gc();
  return {
    planMb: withPlan - base,
    calcMb: withCalc - withPlan,
    checksMb: withChecks - withCalc + (held.length - 3),
    totalMb: withChecks - base,
  };
}

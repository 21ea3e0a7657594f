/**
 * How large each sheet of the export is for a plan, without laying out its long lists (a
 * 60.000-row layout costs more memory than the import may spend before it knows the file is
 * sound): its rows, its columns and where the column headers are. The import compares the sheets
 * of a workbook with these sizes before ExcelJS parses it (import/packSize.ts).
 *
 * Each sheet is laid out for a copy of the plan without its long lists (portfolio rows,
 * Zuweisungen, lines outside the EGT, Drittmittel programmes), and every item of those lists
 * adds exactly one row. So the sizes follow the layouts by construction; the test compares them
 * with full layouts of many plans, which catches a list item that starts to take two rows.
 *
 * Portfolio rows also decide optional parts (issue 15): a kommunal row brings a column and total
 * lines, a row with a target-group share a line and its area's heading on that group's sheet.
 * So the copy keeps, per area, the first row of each such kind (at most 2 + 3 per evaluated
 * group); the rows left out add one row to the portfolio and one to each group they name.
 */
import { maxChecks } from '../../checks/runChecks';
import { countsKommunal, isKommunal } from '../../calc/rowSelection';
import type { Id, InstrumentRow, Plan, PortfolioRow } from '../../model/plan';
import type { Labels } from '../../outline/types';
import { workbookLayout } from './index';
import { PRUEFUNGEN_SHEET } from './pruefungen';
import { BILDUNG_SHEET, bildungLayout } from './bildung';
import { DECKBLATT_SHEET, deckblattLayout } from './deckblatt';
import { DRITTMITTEL_SHEET } from './drittmittel';
import { HAUSHALT_SHEET } from './haushalt';
import { PORTFOLIO_SHEET } from './portfolio';
import { KENNZAHLEN_SHEET, kennzahlenLayout } from './kennzahlen';
import { zielgruppenSheets } from './zielgruppen';
import { globalbudgetLayout } from './globalbudget';
import { verpflichtungenLayout } from './verpflichtungen';
import { zieleLayout } from './ziele';
import type { ColumnSpec, ExcelSheetKey, SheetLayout } from './types';
import { HEADER_ROW } from './types';

export interface SheetSize {
  name: string;
  /** Rows the export writes (the Prüfungen sheet: at most, one per check that can fire). */
  rows: number;
  /** columns[0] is column A (the hidden tag column). */
  columns: readonly ColumnSpec[];
  /** 1-based row of the column headers; 0 = none. */
  headerRow: number;
}

/** Sizes need no label texts. */
const NO_LABELS: Labels = { of: () => '', title: () => '' };

const hasShare = (r: InstrumentRow, g: Id): boolean =>
  r.zielgruppen?.some((a) => a.zielgruppeId === g) ?? false;

/** The rows of an area that decide its optional parts: the first of each kind. */
function representativeRows(plan: Plan, rows: readonly PortfolioRow[]): InstrumentRow[] {
  // A multi-year row brings the portfolio's Beginn and Laufzeit.
  const mehrjaehrig = (r: InstrumentRow) => r.beginn !== undefined || r.laufzeit !== undefined;
  const kinds: ((r: InstrumentRow) => boolean)[] = [countsKommunal, isKommunal, mehrjaehrig];
  for (const { zielgruppeId: g } of plan.zielgruppen)
    kinds.push(
      (r) => hasShare(r, g),
      (r) => hasShare(r, g) && countsKommunal(r),
      (r) => hasShare(r, g) && isKommunal(r),
    );
  const kept = new Set<InstrumentRow>();
  for (const kind of kinds) {
    const first = rows.find((r): r is InstrumentRow => r.kind === 'instrument' && kind(r));
    if (first) kept.add(first);
  }
  return rows.filter((r): r is InstrumentRow => r.kind === 'instrument' && kept.has(r));
}

/** The plan without its long lists, keeping what decides which optional lines appear. */
function skeleton(plan: Plan): Plan {
  return {
    ...plan,
    haushalt: { ...plan.haushalt, zuweisungen: [], ausserhalbEgt: [] },
    drittmittel: [],
    schwerpunkte: plan.schwerpunkte.map((a) => ({ ...a, rows: representativeRows(plan, a.rows) })),
  };
}

/** One row per item of a long list left out of the skeleton, on the sheets that show it. */
function listRows(plan: Plan, lean: Plan): Record<string, number> {
  const rows = (p: Plan) => p.schwerpunkte.reduce((n, a) => n + a.rows.length, 0);
  const shares = (p: Plan, g: Id) =>
    p.schwerpunkte.reduce(
      (n, a) => n + a.rows.filter((r) => r.kind === 'instrument' && hasShare(r, g)).length,
      0,
    );
  const out: Record<string, number> = {
    [HAUSHALT_SHEET]: plan.haushalt.zuweisungen.length + plan.haushalt.ausserhalbEgt.length,
    [PORTFOLIO_SHEET]: rows(plan) - rows(lean),
    [DRITTMITTEL_SHEET]: plan.drittmittel.length,
  };
  for (const { zielgruppeId, sheet } of zielgruppenSheets(plan))
    out[sheet] = shares(plan, zielgruppeId) - shares(lean, zielgruppeId);
  return out;
}

/** The sheets of the export in its order (as workbookLayout), sized for `plan`. */
export function sheetSizes(plan: Plan): SheetSize[] {
  const lean = skeleton(plan);
  const extra = listRows(plan, lean);
  // The other sheets are bounded by master data, not by the plan's rows: laid out for the plan
  // itself (their notes may depend on the rows, e.g. the Kennzahlen' nachrichtlich note).
  const own: Record<string, () => SheetLayout> = {
    [DECKBLATT_SHEET]: () => deckblattLayout(plan, NO_LABELS, []),
    [BILDUNG_SHEET]: () => bildungLayout(plan, NO_LABELS),
    [KENNZAHLEN_SHEET]: () => kennzahlenLayout(plan),
  };
  // Sheets whose lines follow the portfolio's rows beyond the kinds kept (the multi-year rows
  // of the Verpflichtungen) or lists of their own are laid out for the plan itself.
  const fromPlan: Partial<Record<ExcelSheetKey, () => SheetLayout>> = {
    ziele: () => zieleLayout(plan, NO_LABELS),
    globalbudget: () => globalbudgetLayout(plan, NO_LABELS),
    verpflichtungen: () => verpflichtungenLayout(plan, NO_LABELS),
  };
  return workbookLayout(lean, NO_LABELS).map((sized) => {
    const layout = own[sized.name]?.() ?? fromPlan[sized.key]?.() ?? sized;
    return {
      name: layout.name,
      rows:
        layout.name === PRUEFUNGEN_SHEET
          ? HEADER_ROW + Math.max(1, maxChecks(plan))
          : layout.rows.length + (extra[layout.name] ?? 0),
      columns: layout.columns,
      headerRow: layout.headerRow,
    };
  });
}

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
 */
import { maxChecks } from '../../checks/runChecks';
import type { Plan } from '../../model/plan';
import type { Labels } from '../../outline/types';
import { workbookLayout } from './index';
import { PRUEFUNGEN_SHEET } from './pruefungen';
import { BILDUNG_SHEET, bildungLayout } from './bildung';
import { DECKBLATT_SHEET, deckblattLayout } from './deckblatt';
import { DRITTMITTEL_SHEET } from './drittmittel';
import { HAUSHALT_SHEET } from './haushalt';
import { PORTFOLIO_SHEET } from './portfolio';
import { KENNZAHLEN_SHEET, kennzahlenLayout } from './kennzahlen';
import { globalbudgetLayout } from './globalbudget';
import { verpflichtungenLayout } from './verpflichtungen';
import { zieleLayout } from './ziele';
import { zielgruppenLayouts } from './zielgruppen';
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

/** The plan without its long lists, keeping what decides which optional lines appear. */
function skeleton(plan: Plan): Plan {
  return {
    ...plan,
    haushalt: { ...plan.haushalt, zuweisungen: [], ausserhalbEgt: [] },
    drittmittel: [],
    schwerpunkte: plan.schwerpunkte.map((a) => ({ ...a, rows: [] })),
  };
}

/** One row per item of a long list, on the sheet that shows it. */
function listRows(plan: Plan): Record<string, number> {
  return {
    [HAUSHALT_SHEET]: plan.haushalt.zuweisungen.length + plan.haushalt.ausserhalbEgt.length,
    [PORTFOLIO_SHEET]: plan.schwerpunkte.reduce((n, a) => n + a.rows.length, 0),
    [DRITTMITTEL_SHEET]: plan.drittmittel.length,
  };
}

/** The sheets of the export in its order (as workbookLayout), sized for `plan`. */
export function sheetSizes(plan: Plan): SheetSize[] {
  const extra = listRows(plan);
  // The other sheets are bounded by master data, not by the plan's rows: laid out for the plan
  // itself (their notes may depend on the rows, e.g. the Kennzahlen' nachrichtlich note).
  const own: Record<string, () => SheetLayout> = {
    [DECKBLATT_SHEET]: () => deckblattLayout(plan, NO_LABELS, []),
    [BILDUNG_SHEET]: () => bildungLayout(plan, NO_LABELS),
    [KENNZAHLEN_SHEET]: () => kennzahlenLayout(plan),
  };
  // Sheets that read the portfolio's rows (multi-year rows, target-group shares and their
  // optional columns) are laid out for the plan itself: the skeleton has no rows.
  const fromPlan: Partial<Record<ExcelSheetKey, () => SheetLayout[]>> = {
    ziele: () => [zieleLayout(plan, NO_LABELS)],
    globalbudget: () => [globalbudgetLayout(plan, NO_LABELS)],
    verpflichtungen: () => [verpflichtungenLayout(plan, NO_LABELS)],
    zielgruppe: () => zielgruppenLayouts(plan, NO_LABELS),
  };
  const laidOut = new Map<ExcelSheetKey, SheetLayout[]>();
  const full = (lean: SheetLayout): SheetLayout | undefined => {
    const make = fromPlan[lean.key];
    if (!make) return undefined;
    if (!laidOut.has(lean.key)) laidOut.set(lean.key, make());
    return laidOut.get(lean.key)?.find((l) => l.name === lean.name);
  };
  return workbookLayout(skeleton(plan), NO_LABELS).map((lean) => {
    const layout = own[lean.name]?.() ?? full(lean) ?? lean;
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

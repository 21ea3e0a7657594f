/**
 * How large each sheet of the export is for a plan, without building the layout (a 60.000-row
 * layout costs more memory than the import may spend before it knows the file is sound): its
 * rows, its columns and where the column headers are. The import compares the sheets of a
 * workbook with these sizes before ExcelJS parses it (import/packSize.ts).
 */
import { maxChecks } from '../../checks/runChecks';
import type { Plan } from '../../model/plan';
import { bildungLayout } from './bildung';
import { deckblattLayout } from './deckblatt';
import { drittmittelColumns, drittmittelRowCount, DRITTMITTEL_SHEET } from './drittmittel';
import { haushaltColumns, haushaltRowCount, HAUSHALT_SHEET } from './haushalt';
import { kennzahlenLayout } from './kennzahlen';
import { portfolioColumns, portfolioRowCount, PORTFOLIO_SHEET } from './portfolio';
import { pruefungenLayout } from './pruefungen';
import type { ColumnSpec } from './types';
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

/** The sheets of the export in its order (as workbookLayout), sized for `plan`. */
export function sheetSizes(plan: Plan): SheetSize[] {
  // Small sheets (bounded by master data, not by the plan's rows) are simply laid out.
  const small = [deckblattLayout(plan, []), bildungLayout(plan), kennzahlenLayout(plan)].map((l) => ({
    name: l.name,
    rows: l.rows.length,
    columns: l.columns,
    headerRow: l.headerRow,
  }));
  const pruefungen = pruefungenLayout(plan, [], () => '');
  return [
    small[0]!,
    {
      name: HAUSHALT_SHEET,
      rows: haushaltRowCount(plan),
      columns: haushaltColumns(plan),
      headerRow: HEADER_ROW,
    },
    {
      name: PORTFOLIO_SHEET,
      rows: portfolioRowCount(plan),
      columns: portfolioColumns(plan),
      headerRow: HEADER_ROW,
    },
    small[1]!,
    small[2]!,
    {
      name: DRITTMITTEL_SHEET,
      rows: drittmittelRowCount(plan),
      columns: drittmittelColumns(plan),
      headerRow: HEADER_ROW,
    },
    {
      name: pruefungen.name,
      rows: HEADER_ROW + Math.max(1, maxChecks(plan)),
      columns: pruefungen.columns,
      headerRow: pruefungen.headerRow,
    },
  ];
}

/**
 * Ziele: the workbook's drawing of the Ziele sheet's tables (shared/outline/ziele.ts). The
 * targets' table sets the sheet's columns; every further table follows as a section with its
 * own header line.
 */
import type { Plan } from '../../model/plan';
import { zieleTables } from '../../outline/ziele';
import type { Labels, OutlineTable } from '../../outline/types';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows, text } from './types';
import { excelColumns, excelRows, excelSection } from './outlineLayout';

export const ZIELE_SHEET = 'Ziele';

/** A further table: blank line, caption, its own column headers, its lines. */
function section(table: OutlineTable): LayoutRow[] {
  const [blank, caption, ...rows] = excelSection(table);
  const headers = excelColumns(table)
    .slice(1)
    .map((c, i) => text(i + 2, c.header));
  return [blank!, caption!, { style: 'header', cells: headers }, ...rows];
}

export function zieleLayout(plan: Plan, labels: Labels): SheetLayout {
  const [main, ...more] = zieleTables(plan, labels);
  const columns = excelColumns(main!);
  const rows = [
    ...headRows(
      `Ziele ${plan.header.year} – ${plan.header.jobcenter}`,
      'Zielvereinbarung: Ziele, Herleitungen (F1–F14) und Zielsteuerungsdialoge; hell hinterlegte Zellen sind Eingaben. % = relative Veränderung, Pp. = Prozentpunkte.',
      columns,
    ),
    ...excelRows(main!),
    ...more.flatMap(section),
  ];
  return { key: 'ziele', name: ZIELE_SHEET, columns, headerRow: HEADER_ROW, rows };
}

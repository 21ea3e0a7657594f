/**
 * Ziele: the workbook's drawing of the Ziele sheet's tables (shared/outline/ziele.ts). The
 * targets' table sets the sheet's columns; every further table follows as a section with its
 * own header line.
 */
import type { Plan } from '../../model/plan';
import { zieleTables } from '../../outline/ziele';
import type { Labels } from '../../outline/types';
import type { SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows, excelTable } from './outlineLayout';

export const ZIELE_SHEET = 'Ziele';

export function zieleLayout(plan: Plan, labels: Labels): SheetLayout {
  const [main, ...more] = zieleTables(plan, labels);
  const columns = excelColumns(main!, ...more);
  const rows = [
    ...headRows(
      `Ziele ${plan.header.year} – ${plan.header.jobcenter}`,
      'Zielvereinbarung: Ziele, Herleitungen (F1–F14) und Zielsteuerungsdialoge; hell hinterlegte Zellen sind Eingaben. % = relative Veränderung, Pp. = Prozentpunkte.',
      columns,
    ),
    ...excelRows(main!),
    ...more.flatMap(excelTable),
  ];
  return { key: 'ziele', name: ZIELE_SHEET, columns, headerRow: HEADER_ROW, rows };
}

/** Drittmittel: the workbook's drawing of the outline (shared/outline/drittmittel.ts). */
import type { Plan } from '../../model/plan';
import { drittmittelOutline } from '../../outline/drittmittel';
import type { Labels } from '../../outline/types';
import type { SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export const DRITTMITTEL_SHEET = 'Drittmittel';

export function drittmittelLayout(plan: Plan, labels: Labels): SheetLayout {
  const outline = drittmittelOutline(plan, labels);
  const columns = excelColumns(outline);
  const rows = [
    ...headRows(
      `Drittmittel ${plan.header.year} – ${plan.header.jobcenter}`,
      'Mittel Dritter, nicht Teil des EGT; Beträge in €; hell hinterlegte Zellen sind Eingaben.',
      columns,
    ),
    ...excelRows(outline),
  ];
  return { key: 'drittmittel', name: DRITTMITTEL_SHEET, columns, headerRow: HEADER_ROW, rows };
}

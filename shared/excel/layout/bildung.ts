/** Bildungszielplanung: the workbook's drawing of the outline (shared/outline/bildung.ts). */
import type { Plan } from '../../model/plan';
import { bildungOutline } from '../../outline/bildung';
import type { Labels } from '../../outline/types';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export const BILDUNG_SHEET = 'Bildungszielplanung';

export function bildungLayout(plan: Plan, labels: Labels): SheetLayout {
  const outline = bildungOutline(plan, labels);
  const columns = excelColumns(outline);
  const rows: LayoutRow[] = headRows(
    `Bildungszielplanung ${plan.header.year} – ${plan.header.jobcenter}`,
    'Geplante Eintritte mit Bildungsgutschein nach Berufsbereichen; hell hinterlegte Zellen sind Eingaben.',
    columns,
  );
  // The comparison with the portfolio stands apart from the sum.
  for (const r of excelRows(outline)) {
    if (r.tag === 'fbw') rows.push({ style: 'blank', cells: [] });
    rows.push(r);
  }
  return { key: 'bildung', name: BILDUNG_SHEET, columns, headerRow: HEADER_ROW, rows };
}

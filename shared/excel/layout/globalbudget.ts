/** Globalbudget: the workbook's drawing of its outline (shared/outline/globalbudget.ts). */
import type { Plan } from '../../model/plan';
import { globalbudgetOutline } from '../../outline/globalbudget';
import type { Labels } from '../../outline/types';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows, excelTable } from './outlineLayout';

export const GLOBALBUDGET_SHEET = 'Globalbudget';

export function globalbudgetLayout(plan: Plan, labels: Labels): SheetLayout {
  const o = globalbudgetOutline(plan, labels);
  const columns = excelColumns(
    o.schaetzungen,
    o.grundlage,
    o.umschichtung,
    o.personal,
    o.projekte,
    o.betreuung,
  );
  const rows: LayoutRow[] = [
    ...headRows(
      `Globalbudget ${plan.header.year} – ${plan.header.jobcenter}`,
      'Verwaltungsbudget und Eingliederungsmittel nach Schätzungen, Umschichtung und Personal; Beträge in €; hell hinterlegte Zellen sind Eingaben.',
      columns,
    ),
    ...excelRows(o.schaetzungen),
    ...excelTable(o.grundlage),
    ...excelTable(o.umschichtung),
    ...excelTable(o.personal),
    ...excelTable(o.projekte),
    ...excelTable(o.betreuung),
  ];
  return { key: 'globalbudget', name: GLOBALBUDGET_SHEET, columns, headerRow: HEADER_ROW, rows };
}

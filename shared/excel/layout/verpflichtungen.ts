/** Verpflichtungen: the workbook's drawing of its outline (shared/outline/verpflichtungen.ts). */
import type { Plan } from '../../model/plan';
import { verpflichtungenOutline } from '../../outline/verpflichtungen';
import type { Labels } from '../../outline/types';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows } from './types';
import { excelColumns, excelRows, excelTable } from './outlineLayout';

export const VERPFLICHTUNGEN_SHEET = 'Verpflichtungen';

export function verpflichtungenLayout(plan: Plan, labels: Labels): SheetLayout {
  const o = verpflichtungenOutline(plan, labels);
  const columns = excelColumns(o.register, o.verwendung, o.mehrjaehrig, o.belastung);
  const rows: LayoutRow[] = [
    ...headRows(
      `Verpflichtungen ${plan.header.year} – ${plan.header.jobcenter}`,
      'Mehrjährige Verpflichtungen, Vorbindungen und Folgejahresbelastung; Beträge in €; hell hinterlegte Zellen sind Eingaben.',
      columns,
    ),
    ...excelRows(o.register),
    ...excelTable(o.verwendung),
    ...excelTable(o.mehrjaehrig),
    ...excelTable(o.belastung),
  ];
  return { key: 'verpflichtungen', name: VERPFLICHTUNGEN_SHEET, columns, headerRow: HEADER_ROW, rows };
}

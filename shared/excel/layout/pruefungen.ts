/** Prüfungen: the workbook's drawing of the open checks (shared/outline/pruefungen.ts). */
import type { Pruefung } from '../../checks/pruefung';
import type { Plan } from '../../model/plan';
import { pruefungenOutline } from '../../outline/pruefungen';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows, text } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export const PRUEFUNGEN_SHEET = 'Prüfungen';

export function pruefungenLayout(
  plan: Plan,
  pruefungen: readonly Pruefung[],
  whereOf: (p: Pruefung) => string,
): SheetLayout {
  const outline = pruefungenOutline(plan, pruefungen, whereOf);
  const columns = excelColumns(outline);
  const rows: LayoutRow[] = [
    ...headRows(
      `Prüfungen – ${plan.header.jobcenter}, AMIP ${plan.header.year}`,
      'Plausibilitätsprüfungen zum Zeitpunkt des Exports.',
      columns,
    ),
    ...excelRows(outline),
  ];
  if (outline.rows.length === 0) rows.push({ style: 'note', cells: [text(2, 'Keine offenen Prüfungen.')] });
  return { key: 'pruefungen', name: PRUEFUNGEN_SHEET, columns, headerRow: HEADER_ROW, rows };
}

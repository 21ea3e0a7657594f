/** Kennzahlen: the workbook's drawing of the outline (shared/outline/kennzahlen.ts). */
import type { Plan } from '../../model/plan';
import { kennzahlenOutline, kommunalNote, nachrichtlichNote } from '../../outline/kennzahlen';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows, text } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export const KENNZAHLEN_SHEET = 'Kennzahlen';

export function kennzahlenLayout(plan: Plan): SheetLayout {
  const outline = kennzahlenOutline(plan);
  const columns = excelColumns(outline);
  const rows: LayoutRow[] = [
    ...headRows(
      `Kennzahlen ${plan.header.year} – ${plan.header.jobcenter}`,
      'Plätze nach Förderkategorien; Vergleich = Plätze ÷ Ergebnis Vorjahr − 1; hell hinterlegte Zellen sind Eingaben.',
      columns,
    ),
    ...excelRows(outline),
  ];
  const note = nachrichtlichNote(plan);
  if (note) rows.push({ style: 'blank', cells: [] }, { style: 'note', cells: [text(2, note)] });
  const kommunal = kommunalNote(plan);
  if (kommunal) rows.push({ style: 'blank', cells: [] }, { style: 'note', cells: [text(2, kommunal)] });
  return { key: 'kennzahlen', name: KENNZAHLEN_SHEET, columns, headerRow: HEADER_ROW, rows };
}

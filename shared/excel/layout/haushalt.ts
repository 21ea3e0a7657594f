/** Haushalt (EGT): the workbook's drawing of the Haushalt outline (shared/outline/haushalt.ts). */
import type { HaushaltOutline } from '../../outline/haushalt';
import type { Plan } from '../../model/plan';
import type { LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows, keptTogether } from './types';
import { excelColumns, excelRows, excelSection } from './outlineLayout';

export const HAUSHALT_SHEET = 'Haushalt (EGT)';

export function haushaltLayout(plan: Plan, outline: HaushaltOutline): SheetLayout {
  const columns = excelColumns(outline.chain);
  // On paper each block stays on one page: the chain, the Mittel für aktive
  // Arbeitsmarktpolitik, the legal caps (a cap's Anteil printed alone on a second page misled).
  const rows: LayoutRow[] = [
    ...headRows(
      `Haushalt (EGT) – ${plan.header.jobcenter}, AMIP ${plan.header.year}`,
      'Beträge in €; hell hinterlegte Zellen sind Eingaben, alle anderen Zahlen Formeln.',
      columns,
    ),
    ...keptTogether(excelRows(outline.chain)),
    // The money outside the EGT sits inside the Mittel für aktive Arbeitsmarktpolitik, above
    // the total that includes it.
    ...keptTogether([
      ...excelSection(outline.aktiveAmp),
      ...excelRows(outline.ausserhalb),
      ...excelRows(outline.aktiveAmpMitAusserhalb),
    ]),
  ];
  if (outline.deckel.rows.length > 0) rows.push(...keptTogether(excelSection(outline.deckel)));
  return { key: 'haushalt', name: HAUSHALT_SHEET, columns, headerRow: HEADER_ROW, rows };
}

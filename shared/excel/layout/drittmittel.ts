/** Drittmittel: third-party money beside the EGT (fachkonzept §2.1, second table). */
import { cellKey } from '../../model/cellKey';
import type { DrittmittelField } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import type { ColumnSpec, LayoutCell, LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, figureCell, headRows, inputCell, text } from './types';

export const DRITTMITTEL_SHEET = 'Drittmittel';

const LABELS: Record<DrittmittelField, string> = {
  bewilligungGesamt: 'Bewilligung gesamt',
  betragJahr: 'Betrag im Planjahr',
  davonPersonal: 'davon Personal',
};

/** Rows of {@link drittmittelLayout} without building them. */
export const drittmittelRowCount = (plan: Plan): number => HEADER_ROW + plan.drittmittel.length + 1;

export function drittmittelColumns(plan: Plan): ColumnSpec[] {
  return [
    { header: 'Kennung', width: 4 },
    { header: 'Programm', width: 56, wrap: true },
    { header: 'Zeitraum', width: 12 },
    { header: 'Bewilligung gesamt', width: 16 },
    { header: `Betrag ${plan.header.year}`, width: 16 },
    { header: 'davon Personal', width: 16 },
    { header: 'für Arbeitsmarkt-dienstleistungen', width: 18 },
  ];
}

export function drittmittelLayout(plan: Plan): SheetLayout {
  const { year } = plan.header;
  const columns = drittmittelColumns(plan);
  const rows: LayoutRow[] = headRows(
    `Drittmittel ${year} – ${plan.header.jobcenter}`,
    'Mittel Dritter, nicht Teil des EGT; Beträge in €; hell hinterlegte Zellen sind Eingaben.',
    columns,
  );
  for (const d of plan.drittmittel) {
    const field = (col: number, f: DrittmittelField): LayoutCell =>
      inputCell(
        col,
        cellKey({ kind: 'drittmittel', id: d.id, field: f }),
        `${LABELS[f]} „${d.programm}“`,
        'eur',
      );
    rows.push({
      tag: `dm:${d.id}`,
      style: 'data',
      cells: [
        text(2, d.programm),
        text(3, d.zeitraum),
        field(4, 'bewilligungGesamt'),
        field(5, 'betragJahr'),
        field(6, 'davonPersonal'),
        figureCell(7, `drittmittel.${d.id}.fuerAmdl`, 'eur'),
      ],
    });
  }
  rows.push({
    tag: 'sum',
    style: 'total',
    cells: [
      text(2, 'Drittmittel gesamt'),
      figureCell(5, 'drittmittel.summe', 'eur'),
      figureCell(6, 'drittmittel.davonPersonal', 'eur'),
      figureCell(7, 'drittmittel.fuerAmdl', 'eur'),
    ],
  });
  return { key: 'drittmittel', name: DRITTMITTEL_SHEET, columns, headerRow: HEADER_ROW, rows };
}

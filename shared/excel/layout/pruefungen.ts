/** Prüfungen: the open checks at export time, as a list (fachkonzept §3). */
import type { Pruefung } from '../../checks/pruefung';
import { severityRank } from '../../checks/pruefung';
import type { Plan } from '../../model/plan';
import { SHEET_LABELS } from '../../model/sheets';
import type { ColumnSpec, LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, headRows, text } from './types';

export const PRUEFUNGEN_SHEET = 'Prüfungen';

export function pruefungenLayout(
  plan: Plan,
  pruefungen: readonly Pruefung[],
  whereOf: (p: Pruefung) => string,
): SheetLayout {
  const columns: ColumnSpec[] = [
    { header: 'Kennung', width: 4 },
    { header: 'Schwere', width: 11 },
    { header: 'Blatt', width: 20 },
    { header: 'Position', width: 40, wrap: true },
    { header: 'Meldung', width: 90, wrap: true },
  ];
  const rows: LayoutRow[] = headRows(
    `Prüfungen – ${plan.header.jobcenter}, AMIP ${plan.header.year}`,
    'Plausibilitätsprüfungen zum Zeitpunkt des Exports.',
    columns,
  );
  const sorted = [...pruefungen].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  for (const p of sorted)
    rows.push({
      tag: `check:${p.id}`,
      style: 'data',
      cells: [text(2, p.severity), text(3, SHEET_LABELS[p.sheet]), text(4, whereOf(p)), text(5, p.message)],
    });
  if (sorted.length === 0) rows.push({ style: 'note', cells: [text(2, 'Keine offenen Prüfungen.')] });
  return { key: 'pruefungen', name: PRUEFUNGEN_SHEET, columns, headerRow: HEADER_ROW, rows };
}

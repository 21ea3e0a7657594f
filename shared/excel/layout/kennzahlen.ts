/** Kennzahlen: planned places by Förderkategorie against last year's result (fachkonzept §2.4). */
import { kz } from '../../calc/kennzahlen';
import { allOwnRows } from '../../calc/rowSelection';
import { cellKey } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import type { ColumnSpec, LayoutRow, RowStyle, SheetLayout } from './types';
import { HEADER_ROW, figureCell, headRows, inputCell, text } from './types';

export const KENNZAHLEN_SHEET = 'Kennzahlen';

export function kennzahlenLayout(plan: Plan): SheetLayout {
  const { year, vorjahr } = plan.header;
  const columns: ColumnSpec[] = [
    { header: 'Kennung', width: 4 },
    { header: 'Förderkategorie', width: 66, wrap: true },
    { header: `Plätze Plan ${year}`, width: 14 },
    { header: `Ergebnis ${vorjahr}`, width: 14 },
    { header: 'Vergleich', width: 12 },
  ];
  const rows: LayoutRow[] = headRows(
    `Kennzahlen ${year} – ${plan.header.jobcenter}`,
    'Plätze nach Förderkategorien; Vergleich = Plätze ÷ Ergebnis Vorjahr − 1; hell hinterlegte Zellen sind Eingaben.',
    columns,
  );
  rows.push({
    tag: 'gesamt',
    style: 'total',
    cells: [
      text(2, 'Förderkategorien gesamt'),
      figureCell(3, 'kennzahlen.gesamt.plaetze', 'count'),
      figureCell(4, 'kennzahlen.gesamt.ergebnisVorjahr', 'count'),
      figureCell(5, 'kennzahlen.gesamt.vergleich', 'ratioWhole'),
    ],
  });
  const line = (key: string, label: string, style: RowStyle): LayoutRow => ({
    tag: `kz:${key}`,
    style,
    cells: [
      text(2, label),
      figureCell(3, kz(key, 'plaetze'), 'count'),
      inputCell(
        4,
        cellKey({ kind: 'kennzahl', key, field: 'ergebnisVorjahr' }),
        `Ergebnis Vorjahr ${label.trim()}`,
        'count',
      ),
      figureCell(5, kz(key, 'vergleich'), 'ratioWhole'),
    ],
  });
  for (const c of plan.stammdaten.foerderkategorien) {
    rows.push(line(c.key, `${c.key}. ${c.name}`, 'subtotal'));
    for (const l of c.lines) rows.push(line(l.key, `      ${l.name}`, 'data'));
  }
  const nachrichtlich = allOwnRows(plan).filter((r) => r.nachrichtlich);
  rows.push({ style: 'blank', cells: [] });
  rows.push({
    style: 'note',
    cells: [
      text(
        2,
        nachrichtlich.length > 0
          ? `Nicht enthalten (nachrichtlich): ${nachrichtlich.map((r) => r.instrument).join('; ')}.`
          : 'Alle Positionen des Maßnahmeportfolios mit Förderkategorie sind enthalten.',
      ),
    ],
  });
  return { key: 'kennzahlen', name: KENNZAHLEN_SHEET, columns, headerRow: HEADER_ROW, rows };
}

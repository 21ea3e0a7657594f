/** Bildungszielplanung: training vouchers by Berufsbereich (fachkonzept §2.3). */
import { cellKey } from '../../model/cellKey';
import type { Plan } from '../../model/plan';
import type { ColumnSpec, LayoutRow, SheetLayout } from './types';
import { HEADER_ROW, figureCell, headRows, inputCell, text } from './types';

export const BILDUNG_SHEET = 'Bildungszielplanung';

export function bildungLayout(plan: Plan): SheetLayout {
  const { year } = plan.header;
  const columns: ColumnSpec[] = [
    { header: 'Kennung', width: 4 },
    { header: 'Berufsbereich (KldB 2010)', width: 70, wrap: true },
    { header: 'Förderung BGS', width: 14 },
    { header: 'davon abschluss-orientiert', width: 16 },
    { header: 'Anteil abschluss-orientiert', width: 16 },
  ];
  const rows: LayoutRow[] = headRows(
    `Bildungszielplanung ${year} – ${plan.header.jobcenter}`,
    'Geplante Eintritte mit Bildungsgutschein nach Berufsbereichen; hell hinterlegte Zellen sind Eingaben.',
    columns,
  );
  for (const b of plan.bildungsziele) {
    const name = plan.stammdaten.berufsbereiche[b.bereich - 1] ?? `Berufsbereich ${b.bereich}`;
    rows.push({
      tag: `bz:${b.bereich}`,
      style: 'data',
      cells: [
        text(2, `${b.bereich}. ${name}`),
        inputCell(
          3,
          cellKey({ kind: 'bildung', bereich: b.bereich, field: 'foerderungBgs' }),
          `Förderung BGS, Berufsbereich ${b.bereich}`,
          'count',
        ),
        inputCell(
          4,
          cellKey({ kind: 'bildung', bereich: b.bereich, field: 'davonAbschluss' }),
          `davon abschlussorientiert, Berufsbereich ${b.bereich}`,
          'count',
        ),
        figureCell(5, `bildung.${b.bereich}.anteilAbschluss`, 'ratio'),
      ],
    });
  }
  rows.push({
    tag: 'sum',
    style: 'total',
    cells: [
      text(2, 'Summe'),
      figureCell(3, 'bildung.foerderungBgs', 'count'),
      figureCell(4, 'bildung.davonAbschluss', 'count'),
      figureCell(5, 'bildung.anteilAbschluss', 'ratio'),
    ],
  });
  rows.push({ style: 'blank', cells: [] });
  rows.push({
    tag: 'fbw',
    style: 'data',
    cells: [text(2, 'Eintritte FbW laut Maßnahmeportfolio'), figureCell(3, 'bildung.fbwEintritte', 'count')],
  });
  rows.push({
    tag: 'differenzFbw',
    style: 'subtotal',
    cells: [
      text(2, 'Differenz Förderung BGS − Eintritte FbW (soll 0 sein)'),
      figureCell(3, 'bildung.differenzFbw', 'count'),
    ],
  });
  return { key: 'bildung', name: BILDUNG_SHEET, columns, headerRow: HEADER_ROW, rows };
}

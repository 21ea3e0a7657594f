/** Deckblatt: what the board sees first: the plan's header and its key figures. */
import type { Pruefung } from '../../checks/pruefung';
import { formatStand } from '../../format/dateFormat';
import type { Plan } from '../../model/plan';
import { eckwerteOutline } from '../../outline/eckwerte';
import type { Labels } from '../../outline/types';
import type { LayoutRow, SheetLayout } from './types';
import { text } from './types';
import { excelColumns, excelRows } from './outlineLayout';

export const DECKBLATT_SHEET = 'Deckblatt';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function deckblattLayout(plan: Plan, labels: Labels, pruefungen: readonly Pruefung[]): SheetLayout {
  const h = plan.header;
  // The key figures, each a formula on the figure's own cell (shared/outline/eckwerte.ts).
  const eckwerte = eckwerteOutline(plan, labels);
  // The cover has no header row: its columns only give the widths.
  const columns = excelColumns(eckwerte).map((c, i) => (i === 0 ? c : { ...c, header: '' }));
  const field = (label: string, value: string): LayoutRow => ({
    style: 'data',
    cells: [text(2, label), text(3, value)],
  });
  const count = (s: Pruefung['severity']) => pruefungen.filter((p) => p.severity === s).length;
  const rows: LayoutRow[] = [
    { style: 'title', cells: [text(2, `Arbeitsmarkt- und Integrationsprogramm ${h.year}`)] },
    { style: 'subtitle', cells: [text(2, `${h.jobcenter} – Vorlage für die Trägerversammlung`)] },
    { style: 'blank', cells: [] },
    field('Jobcenter', h.jobcenter),
    field('Planungsjahr', String(h.year)),
    field('Vorjahr', String(h.vorjahr)),
    field('Status', h.status),
    field('Variante', h.variante),
    field('Erstellt von', h.author),
    field('Stand', formatStand(h.changedAt)),
  ];
  if (h.globalbudget !== undefined && h.globalbudget !== null)
    rows.push({
      style: 'data',
      cells: [
        text(2, 'Globalbudget (EGT + VWB) laut Vorlage'),
        { col: 3, content: { kind: 'value', value: h.globalbudget }, format: 'eurMio' },
      ],
    });
  rows.push({ style: 'blank', cells: [] });
  rows.push({ style: 'section', cells: [text(2, `Eckwerte ${h.year}`)] });
  rows.push(...excelRows(eckwerte));
  rows.push({ style: 'blank', cells: [] });
  rows.push({
    style: 'section',
    cells: [
      text(2, 'Offene Prüfungen (Blatt Prüfungen)'),
      text(
        3,
        `${count('Fehler')} Fehler, ${plural(count('Warnung'), 'Warnung', 'Warnungen')}, ${plural(count('Hinweis'), 'Hinweis', 'Hinweise')}`,
      ),
    ],
  });
  rows.push({ style: 'blank', cells: [] });
  rows.push({
    style: 'note',
    cells: [
      text(
        2,
        'Hell hinterlegte Zellen sind Eingaben. Alle anderen Zahlen sind Formeln und rechnen in Excel mit; ' +
          'sie sind gegen versehentliches Überschreiben geschützt (Blattschutz ohne Kennwort).',
      ),
    ],
  });
  return { key: 'deckblatt', name: DECKBLATT_SHEET, columns, headerRow: 0, rows };
}

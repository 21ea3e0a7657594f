/** Deckblatt: what the board sees first: the plan's header and its key figures. */
import { hh } from '../../calc/egtChain';
import type { Pruefung } from '../../checks/pruefung';
import type { Plan } from '../../model/plan';
import type { ColumnSpec, LayoutRow, NumberStyle, SheetLayout } from './types';
import { mirrorCell, text } from './types';

export const DECKBLATT_SHEET = 'Deckblatt';

/** Key figures on the cover, each a formula on the figure's defined name or cell. */
const KEY_FIGURES: readonly { id: string; label: string; format: NumberStyle }[] = [
  { id: hh('plan', 'summeEingliederungsmittel'), label: 'Summe Eingliederungsmittel', format: 'eurMio' },
  { id: hh('plan', 'umschichtung'), label: 'Umschichtung in das VWB', format: 'eurMio' },
  { id: hh('plan', 'umschichtungsquote'), label: 'Umschichtungsquote', format: 'ratio' },
  { id: hh('plan', 'verfuegbaresEgt'), label: 'verfügbares EGT', format: 'eurMio' },
  { id: hh('plan', 'mittelFuerNeufaelle'), label: 'Mittel für Neufälle', format: 'eurMio' },
  { id: hh('plan', 'geplanterMitteleinsatz'), label: 'geplanter Mitteleinsatz', format: 'eurMio' },
  { id: hh('plan', 'egtAuslastung'), label: 'EGT-Auslastung', format: 'ratio' },
  { id: hh('plan', 'restMittelFuerNeufaelle'), label: 'verbleibende Mittel für Neufälle', format: 'eurMio' },
  { id: 'drittmittel.summe', label: 'Drittmittel gesamt', format: 'eurMio' },
  { id: 'mittelAktiveAmp', label: 'Mittel für aktive Arbeitsmarktpolitik', format: 'eurMio' },
  { id: 'portfolio.eintritte', label: 'Eintritte gesamt (Maßnahmeportfolio)', format: 'count' },
  { id: 'kennzahlen.gesamt.plaetze', label: 'Plätze gesamt (Kennzahlen)', format: 'count' },
  { id: 'bildung.foerderungBgs', label: 'Förderung mit Bildungsgutschein', format: 'count' },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const STAND = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

export function formatStand(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${STAND.format(d)} Uhr`;
}

export function deckblattLayout(plan: Plan, pruefungen: readonly Pruefung[]): SheetLayout {
  const h = plan.header;
  const columns: ColumnSpec[] = [
    { header: 'Kennung', width: 4 },
    { header: '', width: 44, wrap: true },
    { header: '', width: 34, wrap: true },
  ];
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
  for (const k of KEY_FIGURES)
    rows.push({
      tag: `key:${k.id}`,
      style: 'data',
      cells: [text(2, k.label), mirrorCell(3, { fig: k.id }, k.format)],
    });
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

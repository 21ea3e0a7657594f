/** The Maßnahmeportfolio's columns: what each renderer draws, how wide, in which order. */
import type { Plan } from '../model/plan';
import type { OutlineColumn } from './types';
import { column } from './types';

/**
 * The workbook's columns from B on; their letters are the addresses of every formula. A plan
 * with kommunal rows adds `eintritteBis` (the upper end of a range of cases) after them, so the
 * columns of every other plan, and of an edited workbook, stay where they were.
 */
export const PORTFOLIO_EXCEL_ORDER = [
  'instrument',
  'kategorie',
  'finanzierung',
  'eintritte',
  'mittelansatz',
  'kje',
  'vorjahrEintritte',
  'vorjahrMittel',
  'vorjahrKosten',
  'aenderungEintritte',
  'aenderungMittel',
  'funktion',
  // Last, so the columns before it keep the letters their formulas and imports use.
  'fbw',
] as const;

export const PORTFOLIO_EXCEL_ORDER_KOMMUNAL = [...PORTFOLIO_EXCEL_ORDER, 'eintritteBis'] as const;

export const GRID_ORDER = [
  'instrument',
  'kategorie',
  'eintritte',
  'mittelansatz',
  'kje',
  'anteil',
  'finanzierung',
  'nachrichtlich',
  'fbw',
  'beginn',
  'laufzeit',
  'zielgruppen',
  'vorjahrEintritte',
  'vorjahrMittel',
  'aenderungEintritte',
  'aenderungMittel',
  'funktion',
];

export function portfolioColumns(plan: Plan, withVorjahr: boolean): OutlineColumn[] {
  const { year, vorjahr } = plan.header;
  // Without the Vorjahr columns print widens the texts.
  const vj = (width: number) => (withVorjahr ? { print: { width } } : {});
  return [
    {
      id: 'instrument',
      header: 'Instrument',
      align: 'left',
      grid: { width: 250, minWidth: 160, pinned: 'left' },
      excel: { width: 36, wrap: true },
      print: { width: withVorjahr ? 21 : 25 },
    },
    {
      id: 'kategorie',
      header: 'Förder\u00ADkategorie',
      align: 'left',
      grid: { width: 66, header: 'Kat.', tooltip: 'Förderkategorie (Kennzahlen)' },
      excel: { width: 10 },
      print: { width: 6 },
    },
    {
      id: 'finanzierung',
      header: 'Finanzierung',
      align: 'left',
      grid: { width: 104 },
      excel: { width: 20, wrap: true },
      print: { width: withVorjahr ? 11 : 13 },
    },
    {
      id: 'eintritte',
      header: `Eintritte ${year}`,
      align: 'right',
      grid: { width: 82, header: 'Eintritte' },
      excel: { width: 11 },
      print: { width: 6.5 },
    },
    {
      // The upper end of a range of cases (kommunal rows): the grid and print show "60–150" in one cell.
      id: 'eintritteBis',
      header: 'Eintritte bis (Spanne, kommunal)',
      align: 'right',
      excel: { width: 10 },
    },
    column('mittelansatz', `Mittelansatz ${year}`, 'right', { grid: 128, excel: 15, print: 9.5 }),
    {
      // Amounts with cents ("23.706,90 €"): the column does not give up width on a laptop.
      ...column('kje', 'Kosten je Eintritt', 'right', { excel: 13, print: 7.5 }),
      grid: { width: 100, minWidth: 100 },
    },
    // The sums' share of the verfügbares EGT; the workbook has a line of its own for it.
    {
      id: 'anteil',
      header: 'Anteil am verfügbaren EGT',
      align: 'right',
      grid: {
        width: 78,
        header: 'Anteil EGT',
        tooltip:
          'Anteil am verfügbaren EGT: Summe des Handlungsschwerpunkts (einschl. Verweise) bzw. Gesamtsumme',
      },
      print: { width: 6, header: 'Anteil verf. EGT' },
    },
    {
      id: 'nachrichtlich',
      header: 'nachrichtlich',
      align: 'left',
      grid: { width: 62, header: 'nachr.', tooltip: 'nachrichtlich: nicht in den Summen' },
    },
    {
      id: 'fbw',
      header: 'FbW-Zeile',
      align: 'left',
      excel: { width: 9 },
      grid: {
        header: 'FbW',
        width: 54,
        tooltip: 'FbW-Zeile: ihre Eintritte vergleicht die Bildungszielplanung mit der Förderung BGS',
      },
    },
    // Multi-year entries (zielplanung.md C.1): the grid edits them; the Verpflichtungen sheet
    // shows their cash per year in the workbook and the print.
    {
      id: 'beginn',
      header: 'Beginn',
      align: 'left',
      grid: { width: 72, tooltip: 'Beginn mehrjähriger Eintritte im Planjahr (Monat)' },
    },
    {
      id: 'laufzeit',
      header: 'Laufzeit',
      align: 'left',
      grid: { width: 80, tooltip: 'Laufzeit mehrjähriger Eintritte in Monaten' },
    },
    {
      id: 'zielgruppen',
      header: 'Zielgruppen',
      align: 'left',
      grid: {
        width: 110,
        tooltip: 'Zielgruppenanteile der Zeile (bearbeiten: Enter oder „Zielgruppen der Zeile“)',
      },
    },
    {
      id: 'vorjahrEintritte',
      header: `Eintritte ${vorjahr}`,
      align: 'right',
      grid: { width: 92 },
      excel: { width: 11 },
      ...vj(6.5),
    },
    {
      id: 'vorjahrMittel',
      header: `Mittel ${vorjahr}`,
      align: 'right',
      grid: { width: 116 },
      excel: { width: 15 },
      ...vj(9),
    },
    column('vorjahrKosten', `Kosten je Eintritt ${vorjahr}`, 'right', { excel: 13 }),
    {
      id: 'aenderungEintritte',
      header: 'Veränd. Eintritte',
      align: 'right',
      grid: { width: 78, header: 'Δ Eintritte', tooltip: 'Veränderung Eintritte ggü. Vorjahr' },
      excel: { width: 11 },
    },
    {
      id: 'aenderungMittel',
      header: 'Veränd. Mittel',
      align: 'right',
      grid: { width: 76, header: 'Δ Mittel', tooltip: 'Veränderung Mittelansatz ggü. Vorjahr' },
      excel: { width: 11 },
    },
    {
      id: 'funktion',
      header: 'Funktion im Integrationsprozess',
      align: 'left',
      grid: {
        width: 220,
        // A text column gives way on a laptop before an amount is cut.
        minWidth: 80,
        flex: 1,
        tooltip:
          'Funktion im Integrationsprozess: wozu die Maßnahme dient (Text; F2 öffnet, Strg+Enter übernimmt)',
      },
      excel: { width: 50, wrap: true },
      print: { width: withVorjahr ? 17 : 26.5 },
    },
  ];
}

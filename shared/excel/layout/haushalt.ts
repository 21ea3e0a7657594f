/** Haushalt (EGT): the money chain for the plan year and the Vorjahr (fachkonzept §2.1). */
import { deckelInForce } from '../../calc/deckel';
import { hh } from '../../calc/egtChain';
import { cellKey } from '../../model/cellKey';
import type { HaushaltField } from '../../model/cellKey';
import type { Plan, YearColumn } from '../../model/plan';
import { YEAR_COLUMNS } from '../../model/plan';
import type { ColumnSpec, LayoutCell, LayoutRow, NumberStyle, RowStyle, SheetLayout } from './types';
import { HEADER_ROW, figureCell, headRows, inputCell, mirrorCell, text } from './types';

export const HAUSHALT_SHEET = 'Haushalt (EGT)';

export const haushaltColumns = (plan: Plan): ColumnSpec[] => [
  { header: 'Kennung', width: 4 },
  { header: 'Position', width: 62, wrap: true },
  { header: `Plan ${plan.header.year}`, width: 18 },
  { header: `Vorjahr ${plan.header.vorjahr}`, width: 18 },
];

/**
 * Rows of {@link haushaltLayout} without building them: 20 fixed, one per Zuweisung and line
 * außerhalb des EGT, and a section of two rows per Deckel when one is in force.
 */
export function haushaltRowCount(plan: Plan): number {
  const deckel = deckelInForce(plan).length;
  const h = plan.haushalt;
  return 20 + h.zuweisungen.length + h.ausserhalbEgt.length + (deckel > 0 ? 2 + 2 * deckel : 0);
}

export function haushaltLayout(plan: Plan): SheetLayout {
  const { year, vorjahr } = plan.header;
  const h = plan.haushalt;
  const yearOf = (col: YearColumn) => (col === 'plan' ? year : vorjahr);
  const colOf = (col: YearColumn) => (col === 'plan' ? 3 : 4);
  const columns = haushaltColumns(plan);
  const rows: LayoutRow[] = headRows(
    `Haushalt (EGT) – ${plan.header.jobcenter}, AMIP ${year}`,
    'Beträge in Mio. €; hell hinterlegte Zellen sind Eingaben, alle anderen Zahlen Formeln.',
    columns,
  );
  const pair = (tag: string, label: string, style: RowStyle, cell: (col: YearColumn) => LayoutCell | null) =>
    rows.push({ tag, style, cells: [text(2, label), ...YEAR_COLUMNS.flatMap((c) => cell(c) ?? [])] });
  const inp = (field: HaushaltField, label: string) => (col: YearColumn) =>
    inputCell(colOf(col), cellKey({ kind: 'haushalt', field, col }), `${label} ${yearOf(col)}`, 'eurMio');
  const fig =
    (name: string, format: NumberStyle = 'eurMio') =>
    (col: YearColumn) =>
      figureCell(colOf(col), hh(col, name), format);

  pair('hh:mittelausstattung', 'Mittelausstattung', 'data', inp('mittelausstattung', 'Mittelausstattung'));
  pair(
    'hh:rueckeinnahmen',
    'geschätzte Rückeinnahmen',
    'data',
    inp('rueckeinnahmen', 'geschätzte Rückeinnahmen'),
  );
  for (const z of h.zuweisungen)
    pair(`zw:${z.id}`, z.name, 'data', (col) =>
      inputCell(
        colOf(col),
        cellKey({ kind: 'zuweisung', id: z.id, col }),
        `${z.name} ${yearOf(col)}`,
        'eurMio',
      ),
    );
  pair(
    'fig:summeEingliederungsmittel',
    'Summe Eingliederungsmittel',
    'subtotal',
    fig('summeEingliederungsmittel'),
  );
  // Typed as amount or as share: the typed side is an input cell, the other side its formula.
  pair('hh:umschichtung', 'Umschichtung in das VWB', 'data', fig('umschichtung'));
  pair(
    'hh:umschichtungsquote',
    'Umschichtungsquote (Anteil an der Summe Eingliederungsmittel)',
    'data',
    fig('umschichtungsquote', 'ratio'),
  );
  pair('fig:verfuegbaresEgt', 'verfügbares EGT', 'subtotal', fig('verfuegbaresEgt'));
  pair('hh:vorbindungen', 'Vorbindungen', 'data', inp('vorbindungen', 'Vorbindungen'));
  pair('fig:mittelFuerNeufaelle', 'Mittel für Neufälle', 'total', fig('mittelFuerNeufaelle'));
  pair(
    'fig:geplanterMitteleinsatz',
    'geplanter Mitteleinsatz (Maßnahmeportfolio, EGT)',
    'data',
    fig('geplanterMitteleinsatz'),
  );
  pair('fig:egtAuslastung', 'EGT-Auslastung', 'subtotal', fig('egtAuslastung', 'ratio'));
  pair(
    'fig:restMittelFuerNeufaelle',
    'verbleibende Mittel für Neufälle (negativ = Überplanung)',
    'data',
    fig('restMittelFuerNeufaelle'),
  );

  const planCol = (tag: string, label: string, style: RowStyle, cell: LayoutCell) =>
    rows.push({ tag, style, cells: [text(2, label), cell] });
  rows.push({ style: 'blank', cells: [] });
  rows.push({ style: 'section', cells: [text(2, `Mittel für aktive Arbeitsmarktpolitik ${year}`)] });
  planCol(
    'fig:drittmittelAmdl',
    'Drittmittel für Arbeitsmarktdienstleistungen (Blatt Drittmittel)',
    'data',
    mirrorCell(3, { fig: 'drittmittel.fuerAmdl' }, 'eurMio'),
  );
  planCol(
    'fig:mittelAktiveAmp',
    'Mittel für aktive Arbeitsmarktpolitik (verfügbares EGT + Drittmittel für AMDL)',
    'subtotal',
    figureCell(3, 'mittelAktiveAmp', 'eurMio'),
  );
  for (const a of h.ausserhalbEgt)
    planCol(
      `ae:${a.id}`,
      a.name,
      'data',
      inputCell(3, cellKey({ kind: 'ausserhalb', id: a.id }), a.name, 'eurMio'),
    );
  planCol(
    'fig:ausserhalbEgt',
    'Mittel außerhalb des EGT (nicht deckungsfähig)',
    'subtotal',
    figureCell(3, 'haushalt.ausserhalbEgt', 'eurMio'),
  );
  planCol(
    'fig:mittelAktiveAmpMitAusserhalbEgt',
    'Mittel für aktive Arbeitsmarktpolitik einschl. Mittel außerhalb des EGT',
    'total',
    figureCell(3, 'mittelAktiveAmpMitAusserhalbEgt', 'eurMio'),
  );

  const deckel = deckelInForce(plan);
  if (deckel.length > 0) {
    rows.push({ style: 'blank', cells: [] });
    rows.push({ style: 'section', cells: [text(2, `Gesetzliche Deckel ${year}`)] });
    for (const rule of deckel) {
      planCol(`deckel:${rule.id}`, rule.label, 'data', figureCell(3, `deckel.${rule.id}.betrag`, 'eurMio'));
      planCol(
        `deckelAnteil:${rule.id}`,
        `Anteil an der Summe Eingliederungsmittel (höchstens ${String(Math.round(rule.maxAnteil * 1000) / 10).replace('.', ',')} %)`,
        'subtotal',
        figureCell(3, `deckel.${rule.id}.anteil`, 'ratio'),
      );
    }
  }
  return { key: 'haushalt', name: HAUSHALT_SHEET, columns, headerRow: HEADER_ROW, rows };
}

/** Maßnahmeportfolio: instruments by Handlungsschwerpunkt with area sums and the grand total (§2.2). */
import { cellKey } from '../../model/cellKey';
import type { RowField } from '../../model/cellKey';
import { findInstrumentRow, rowIndex } from '../../model/inputs';
import type { Finanzierung, InstrumentRow, Plan } from '../../model/plan';
import { missingCase } from '../../model/plan';
import type { ColumnSpec, LayoutCell, LayoutRow, NumberStyle, SheetLayout } from './types';
import { HEADER_ROW, figureCell, headRows, inputCell, mirrorCell, text } from './types';

export const PORTFOLIO_SHEET = 'Maßnahmeportfolio';

/** Column numbers of the portfolio sheet (B = 2). */
export const PF = {
  instrument: 2,
  kategorie: 3,
  finanzierung: 4,
  eintritte: 5,
  mittelansatz: 6,
  kosten: 7,
  vorjahrEintritte: 8,
  vorjahrMittel: 9,
  vorjahrKosten: 10,
  aenderungEintritte: 11,
  aenderungMittel: 12,
  funktion: 13,
} as const;

const ROW_FIELD_COLS: Record<RowField, number> = {
  eintritte: PF.eintritte,
  mittelansatz: PF.mittelansatz,
  vorjahrEintritte: PF.vorjahrEintritte,
  vorjahrMittel: PF.vorjahrMittel,
};
const ROW_FIELD_LABELS: Record<RowField, string> = {
  eintritte: 'Eintritte',
  mittelansatz: 'Mittelansatz',
  vorjahrEintritte: 'Eintritte Vorjahr',
  vorjahrMittel: 'Mittel Vorjahr',
};
const ROW_FIELD_FORMATS: Record<RowField, NumberStyle> = {
  eintritte: 'count',
  mittelansatz: 'eur',
  vorjahrEintritte: 'count',
  vorjahrMittel: 'eur',
};

/** The Finanzierung column's text; the importer reads it back (import/finanzierungText.ts). */
export function finanzierungText(plan: Plan, f: Finanzierung): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel': {
      const p = plan.drittmittel.find((d) => d.id === f.programmId);
      return p ? `Drittmittel: ${p.programm}` : 'Drittmittel';
    }
    case 'enthalten': {
      const r = f.inRowId ? findInstrumentRow(plan, f.inRowId) : undefined;
      return r ? `enthalten in: ${r.instrument}` : 'enthalten in anderer Position';
    }
    default:
      return missingCase(f);
  }
}

export function portfolioColumns(plan: Plan): ColumnSpec[] {
  const { year, vorjahr } = plan.header;
  return [
    { header: 'Kennung', width: 4 },
    { header: 'Instrument', width: 36, wrap: true },
    { header: 'Förder-kategorie', width: 10 },
    { header: 'Finanzierung', width: 20, wrap: true },
    { header: `Eintritte ${year}`, width: 11 },
    { header: `Mittelansatz ${year}`, width: 15 },
    { header: 'Kosten je Eintritt', width: 13 },
    { header: `Eintritte ${vorjahr}`, width: 11 },
    { header: `Mittel ${vorjahr}`, width: 15 },
    { header: `Kosten je Eintritt ${vorjahr}`, width: 13 },
    { header: 'Veränd. Eintritte', width: 11 },
    { header: 'Veränd. Mittel', width: 11 },
    { header: 'Funktion im Integrationsprozess', width: 50, wrap: true },
  ];
}

/** Rows of {@link portfolioLayout} without building them: per area its rows and five more. */
export const portfolioRowCount = (plan: Plan): number =>
  HEADER_ROW + plan.schwerpunkte.reduce((n, area) => n + area.rows.length + 5, 0) + 3;

export function portfolioLayout(plan: Plan): SheetLayout {
  const { year } = plan.header;
  const columns = portfolioColumns(plan);
  const rows: LayoutRow[] = headRows(
    `Maßnahmeportfolio – ${plan.header.jobcenter}, AMIP ${year}`,
    'Hell hinterlegte Zellen sind Eingaben; Beträge in €; nachrichtliche Positionen in Klammern, nicht in den Summen.',
    columns,
  );
  const index = rowIndex(plan);

  const instrumentRow = (row: InstrumentRow): LayoutRow => {
    const field = (f: RowField): LayoutCell =>
      inputCell(
        ROW_FIELD_COLS[f],
        cellKey({ kind: 'row', id: row.id, field: f }),
        `${ROW_FIELD_LABELS[f]} „${row.instrument}“`,
        ROW_FIELD_FORMATS[f],
      );
    return {
      tag: `row:${row.id}`,
      style: row.nachrichtlich ? 'nachrichtlich' : 'data',
      cells: [
        text(PF.instrument, row.instrument),
        text(PF.kategorie, row.kategorie ?? ''),
        text(PF.finanzierung, finanzierungText(plan, row.finanzierung)),
        field('eintritte'),
        field('mittelansatz'),
        figureCell(PF.kosten, `row.${row.id}.kostenJeEintritt`, 'eur'),
        field('vorjahrEintritte'),
        field('vorjahrMittel'),
        figureCell(PF.vorjahrKosten, `row.${row.id}.vorjahrKostenJeEintritt`, 'eur'),
        figureCell(PF.aenderungEintritte, `row.${row.id}.aenderungEintritte`, 'ratio'),
        figureCell(PF.aenderungMittel, `row.${row.id}.aenderungMittel`, 'ratio'),
        text(PF.funktion, row.funktion),
      ],
    };
  };

  for (const area of plan.schwerpunkte) {
    const a = (name: string) => `area.${area.id}.${name}`;
    rows.push({ tag: `area:${area.id}`, style: 'area', cells: [text(PF.instrument, area.name)] });
    for (const r of area.rows) {
      if (r.kind === 'instrument') {
        rows.push(instrumentRow(r));
        continue;
      }
      const owner = findInstrumentRow(plan, r.ownerRowId);
      const ownerArea = owner ? plan.schwerpunkte[index.get(owner.id)?.areaIndex ?? -1] : undefined;
      const ownerCell = (f: RowField): LayoutCell =>
        mirrorCell(
          ROW_FIELD_COLS[f],
          { input: cellKey({ kind: 'row', id: r.ownerRowId, field: f }) },
          ROW_FIELD_FORMATS[f],
        );
      rows.push({
        tag: `ref:${r.id}`,
        style: 'reference',
        cells: owner
          ? [
              text(PF.instrument, `→ ${owner.instrument}`),
              text(PF.kategorie, owner.kategorie ?? ''),
              text(PF.finanzierung, `Verweis, gezählt bei „${ownerArea?.name ?? ''}“`),
              ownerCell('eintritte'),
              ownerCell('mittelansatz'),
            ]
          : [text(PF.instrument, '→ (Verweis auf eine gelöschte Position)')],
      });
    }
    rows.push({
      tag: `sum:${area.id}`,
      style: 'subtotal',
      cells: [
        text(PF.instrument, `Summe ${area.name}`),
        figureCell(PF.eintritte, a('eintritte'), 'count'),
        figureCell(PF.mittelansatz, a('mittelansatzEgt'), 'eur'),
        figureCell(PF.vorjahrEintritte, a('vorjahrEintritte'), 'count'),
        figureCell(PF.vorjahrMittel, a('vorjahrMittelEgt'), 'eur'),
      ],
    });
    rows.push({
      tag: `sumDm:${area.id}`,
      style: 'data',
      cells: [
        text(PF.instrument, 'Mittelansatz aus Drittmitteln (nicht im EGT)'),
        figureCell(PF.mittelansatz, a('mittelansatzDrittmittel'), 'eur'),
      ],
    });
    rows.push({
      tag: `anteil:${area.id}`,
      style: 'data',
      cells: [
        text(PF.instrument, 'Mittelansatz EGT einschl. Verweise und Anteil am verfügbaren EGT'),
        figureCell(PF.mittelansatz, a('mittelansatzEgtInklVerweise'), 'eur'),
        figureCell(PF.kosten, a('anteilEgt'), 'ratio'),
      ],
    });
    rows.push({ style: 'blank', cells: [] });
  }
  rows.push({
    tag: 'total',
    style: 'total',
    cells: [
      text(PF.instrument, 'Gesamtsumme (jedes Instrument einmal, ohne nachrichtliche Positionen)'),
      figureCell(PF.eintritte, 'portfolio.eintritte', 'count'),
      figureCell(PF.mittelansatz, 'portfolio.mittelansatzEgt', 'eur'),
      figureCell(PF.vorjahrEintritte, 'portfolio.vorjahrEintritte', 'count'),
      figureCell(PF.vorjahrMittel, 'portfolio.vorjahrMittelEgt', 'eur'),
    ],
  });
  rows.push({
    tag: 'totalDm',
    style: 'data',
    cells: [
      text(PF.instrument, 'Mittelansatz aus Drittmitteln gesamt (nicht im EGT)'),
      figureCell(PF.mittelansatz, 'portfolio.mittelansatzDrittmittel', 'eur'),
    ],
  });
  rows.push({
    tag: 'nachrichtlich',
    style: 'nachrichtlich',
    cells: [
      text(PF.instrument, 'nachrichtlich (nicht in den Summen)'),
      figureCell(PF.eintritte, 'portfolio.nachrichtlichEintritte', 'count'),
      figureCell(PF.mittelansatz, 'portfolio.nachrichtlichMittel', 'eur'),
    ],
  });
  return { key: 'portfolio', name: PORTFOLIO_SHEET, columns, headerRow: HEADER_ROW, rows };
}

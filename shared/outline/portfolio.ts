/**
 * Maßnahmeportfolio: instruments by Handlungsschwerpunkt with area sums and the grand total
 * (fachkonzept §2.2). Per area a heading, its rows (instruments and references), the area's
 * sum, its Drittmittel line and, in the workbook, the area's share of the verfügbares EGT.
 */
import { ownRows } from '../calc/rowSelection';
import { cellKey } from '../model/cellKey';
import type { RowField } from '../model/cellKey';
import { finanzierungText } from '../model/finanzierungText';
import { findInstrumentRow, rowIndex } from '../model/inputs';
import { ROW_FIELD_LABELS } from '../model/inputLabels';
import type { Handlungsschwerpunkt, InstrumentRow, Plan, ReferenceRow } from '../model/plan';
import { GRID_ORDER, PORTFOLIO_EXCEL_ORDER, portfolioColumns } from './portfolioColumns';
import type { Format, OutlineCell, OutlineRow, OutlineTable } from './types';
import { vorjahrKnown } from './vorjahr';

const FIELD_FORMATS: Record<RowField, Format> = {
  eintritte: 'count',
  mittelansatz: 'eur',
  vorjahrEintritte: 'count',
  vorjahrMittel: 'eur',
};

/** The line of one instrument row: its inputs, figures, choices and texts. */
export function instrumentLine(plan: Plan, row: InstrumentRow, areaId: string): OutlineRow {
  const n = row.nachrichtlich ? { nachrichtlich: true } : {};
  const input = (field: RowField): OutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'row', id: row.id, field }),
    label: `${ROW_FIELD_LABELS[field]} „${row.instrument}“`,
    format: FIELD_FORMATS[field],
    ...n,
  });
  const figure = (name: string, format: Format, nachrichtlich = {}): OutlineCell => ({
    kind: 'figure',
    id: `row.${row.id}.${name}`,
    format,
    ...nachrichtlich,
  });
  const flag = (field: 'nachrichtlich' | 'fbw'): OutlineCell => ({
    kind: 'choice',
    rowId: row.id,
    field,
    text: row[field] ? 'ja' : '',
  });
  return {
    id: `row:${row.id}`,
    gridId: row.id,
    planRowId: row.id,
    areaId,
    style: row.nachrichtlich ? 'nachrichtlich' : 'data',
    cells: {
      instrument: {
        kind: 'name',
        target: { kind: 'row', rowId: row.id, field: 'instrument' },
        text: row.instrument,
      },
      kategorie: { kind: 'choice', rowId: row.id, field: 'kategorie', text: row.kategorie ?? '' },
      finanzierung: {
        kind: 'choice',
        rowId: row.id,
        field: 'finanzierung',
        text: finanzierungText(plan, row.finanzierung),
        short: finanzierungText(plan, row.finanzierung, true),
      },
      eintritte: input('eintritte'),
      mittelansatz: input('mittelansatz'),
      kje: figure('kostenJeEintritt', 'eur', n),
      nachrichtlich: flag('nachrichtlich'),
      fbw: flag('fbw'),
      vorjahrEintritte: input('vorjahrEintritte'),
      vorjahrMittel: input('vorjahrMittel'),
      vorjahrKosten: figure('vorjahrKostenJeEintritt', 'eur'),
      aenderungEintritte: figure('aenderungEintritte', 'ratio'),
      aenderungMittel: figure('aenderungMittel', 'ratio'),
      funktion: {
        kind: 'name',
        target: { kind: 'row', rowId: row.id, field: 'funktion' },
        text: row.funktion,
        multiline: true,
      },
    },
  };
}

/** A row shown again under a second area; it counts where it belongs, never here. */
function referenceLine(plan: Plan, ref: ReferenceRow, areaId: string): OutlineRow {
  const owner = findInstrumentRow(plan, ref.ownerRowId);
  const loc = rowIndex(plan).get(ref.ownerRowId);
  const ownerArea = loc ? plan.schwerpunkte[loc.areaIndex] : undefined;
  const line = {
    id: `ref:${ref.id}`,
    gridId: ref.id,
    planRowId: ref.id,
    areaId,
    style: 'reference',
  } as const;
  if (!owner)
    return { ...line, cells: { instrument: { kind: 'text', text: 'Verweis auf eine gelöschte Position' } } };
  const area = ownerArea?.name ?? '?';
  const view = (field: RowField): OutlineCell => ({
    kind: 'view',
    ref: { input: cellKey({ kind: 'row', id: owner.id, field }) },
    format: FIELD_FORMATS[field],
  });
  return {
    ...line,
    cells: {
      instrument: { kind: 'text', text: `Verweis auf ${owner.instrument} (Schwerpunkt ${area})` },
      kategorie: { kind: 'text', text: owner.kategorie ?? '' },
      finanzierung: { kind: 'text', text: 'Verweis' },
      eintritte: view('eintritte'),
      mittelansatz: view('mittelansatz'),
      kje: { kind: 'view', ref: { fig: `row.${owner.id}.kostenJeEintritt` }, format: 'eur' },
      vorjahrEintritte: view('vorjahrEintritte'),
      vorjahrMittel: view('vorjahrMittel'),
      funktion: { kind: 'text', text: `Verweis: gehört zu „${area}“, zählt dort in der Gesamtsumme` },
    },
  };
}

const hasDrittmittel = (area: Handlungsschwerpunkt) =>
  ownRows(area).some((r) => r.finanzierung.art === 'Drittmittel');

function areaLines(plan: Plan, area: Handlungsschwerpunkt, printColumns: number): OutlineRow[] {
  const a = (name: string) => `area.${area.id}.${name}`;
  const at = { areaId: area.id };
  const fig = (name: string, format: Format): OutlineCell => ({ kind: 'figure', id: a(name), format });
  const dm = hasDrittmittel(area);
  return [
    {
      id: `area:${area.id}`,
      gridId: `grp:${area.id}`,
      ...at,
      style: 'group',
      cells: {
        instrument: {
          kind: 'name',
          target: { kind: 'area', areaId: area.id },
          text: area.name,
          span: printColumns,
        },
      },
    },
    ...area.rows.map((r) =>
      r.kind === 'instrument' ? instrumentLine(plan, r, area.id) : referenceLine(plan, r, area.id),
    ),
    {
      id: `sum:${area.id}`,
      ...at,
      style: 'subtotal',
      cells: {
        instrument: { kind: 'text', text: `Summe ${area.name}`, span: 3 },
        finanzierung: { kind: 'text', text: 'EGT' },
        eintritte: fig('eintritte', 'count'),
        mittelansatz: fig('mittelansatzEgt', 'eur'),
        vorjahrEintritte: fig('vorjahrEintritte', 'count'),
        vorjahrMittel: fig('vorjahrMittelEgt', 'eur'),
        anteil: fig('anteilEgt', 'ratio'),
      },
    },
    {
      id: `sumDm:${area.id}`,
      ...at,
      style: 'subtotal',
      // Every figure has its cell in the workbook; the grid and print show the line where it says something.
      ...(dm ? {} : { only: ['excel'] as const }),
      cells: {
        instrument: { kind: 'text', text: 'Drittmittel (nicht im EGT)', span: 3 },
        finanzierung: { kind: 'text', text: 'Drittmittel' },
        mittelansatz: fig('mittelansatzDrittmittel', 'eur'),
      },
    },
    {
      id: `anteil:${area.id}`,
      ...at,
      style: 'data',
      only: ['excel'],
      cells: {
        instrument: {
          kind: 'text',
          text: 'Mittelansatz EGT einschl. Verweise und Anteil am verfügbaren EGT',
        },
        mittelansatz: fig('mittelansatzEgtInklVerweise', 'eur'),
        kje: fig('anteilEgt', 'ratio'),
      },
    },
  ];
}

export { PORTFOLIO_EXCEL_ORDER };

/** The table without its lines: columns and their order (cheap, for a single new row). */
export function portfolioFrame(plan: Plan, withVorjahr: boolean): OutlineTable {
  return {
    id: 'portfolio',
    caption: `Maßnahmeportfolio ${plan.header.year} nach Handlungsschwerpunkten`,
    columns: portfolioColumns(plan, withVorjahr),
    rows: [],
    order: { grid: GRID_ORDER, excel: PORTFOLIO_EXCEL_ORDER },
  };
}

export function portfolioOutline(plan: Plan): OutlineTable {
  // Without any Vorjahr value print leaves the Vorjahr columns out.
  const withVorjahr = vorjahrKnown(plan, 'vorjahrMittel') || vorjahrKnown(plan, 'vorjahrEintritte');
  const frame = portfolioFrame(plan, withVorjahr);
  const printColumns = frame.columns.filter((c) => c.print).length;
  const total = (name: string, format: Format): OutlineCell => ({
    kind: 'figure',
    id: `portfolio.${name}`,
    format,
  });
  const all = plan.schwerpunkte.flatMap(ownRows);
  const nachrichtlich = { nachrichtlich: true };
  const rows: OutlineRow[] = [
    ...plan.schwerpunkte.flatMap((area) => areaLines(plan, area, printColumns)),
    {
      id: 'total',
      style: 'total',
      pinned: true,
      cells: {
        instrument: { kind: 'text', text: 'Gesamt (ohne nachrichtlich)', span: 3 },
        finanzierung: { kind: 'text', text: 'EGT' },
        eintritte: total('eintritte', 'count'),
        mittelansatz: total('mittelansatzEgt', 'eur'),
        vorjahrEintritte: total('vorjahrEintritte', 'count'),
        vorjahrMittel: total('vorjahrMittelEgt', 'eur'),
        anteil: total('anteilEgt', 'ratio'),
      },
    },
    {
      id: 'totalAnteil',
      style: 'data',
      only: ['excel'],
      cells: {
        instrument: { kind: 'text', text: 'Anteil am verfügbaren EGT' },
        kje: total('anteilEgt', 'ratio'),
      },
    },
    {
      id: 'totalDm',
      style: 'total',
      pinned: true,
      ...(all.some((r) => r.finanzierung.art === 'Drittmittel') ? {} : { only: ['grid', 'excel'] as const }),
      cells: {
        instrument: { kind: 'text', text: 'Drittmittel gesamt (nicht im EGT)', span: 3 },
        finanzierung: { kind: 'text', text: 'Drittmittel' },
        mittelansatz: total('mittelansatzDrittmittel', 'eur'),
      },
    },
    {
      id: 'nachrichtlich',
      style: 'nachrichtlich',
      pinned: true,
      ...(all.some((r) => r.nachrichtlich) ? {} : { only: ['grid', 'excel'] as const }),
      cells: {
        instrument: { kind: 'text', text: 'nachrichtlich (nicht in den Summen)', span: 3 },
        eintritte: { ...total('nachrichtlichEintritte', 'count'), ...nachrichtlich },
        mittelansatz: { ...total('nachrichtlichMittel', 'eur'), ...nachrichtlich },
      },
    },
  ];
  const notes = [
    'Jedes Instrument zählt einmal: Verweise in einem zweiten Handlungsschwerpunkt gehen in dessen Anteil am verfügbaren EGT ein, nicht in die Summen.',
    'Werte in Klammern sind nachrichtlich und in keiner Summe enthalten.',
  ];
  if (!withVorjahr)
    notes.push(`Vorjahreswerte ${plan.header.vorjahr} sind für die Instrumente nicht erfasst.`);
  return { ...frame, rows, notes };
}

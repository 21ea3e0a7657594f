/**
 * Maßnahmeportfolio: instruments by Handlungsschwerpunkt with area sums and the grand total
 * (fachkonzept §2.2). Per area a heading, its rows (instruments and references), the area's
 * sum, its Drittmittel line and, in the workbook, the area's share of the verfügbares EGT.
 */
import { laufzeitLabel, monatChoiceLabel } from '../actions/budgetChoices';
import { hasKommunal, rowFigureId, verweisFigureId } from '../calc/portfolioTotals';
import type { RowFigureName } from '../calc/portfolioTotals';
import { isKommunal, ownRows } from '../calc/rowSelection';
import { cellKey } from '../model/cellKey';
import type { RowField, VerweisField } from '../model/cellKey';
import { finanzierungText, KOMMUNAL_KURZ } from '../model/finanzierungText';
import { findInstrumentRow, mayCarryPart, rowIndex } from '../model/inputs';
import { EINTRITTE_BIS_LABEL, ROW_FIELD_LABELS, VERWEIS_FIELD_LABELS } from '../model/inputLabels';
import type { Handlungsschwerpunkt, InstrumentRow, Plan, ReferenceRow } from '../model/plan';
import { anteileText } from '../model/zielgruppen';
import {
  GRID_ORDER,
  PORTFOLIO_EXCEL_ORDER,
  PORTFOLIO_EXCEL_ORDER_KOMMUNAL,
  portfolioColumns,
} from './portfolioColumns';
import type {
  FigureOutlineCell,
  Format,
  InputOutlineCell,
  LineStyle,
  OutlineCell,
  OutlineRow,
  OutlineTable,
} from './types';
import { vorjahrKnown } from './vorjahr';

const FIELD_FORMATS: Record<RowField, Format> = {
  eintritte: 'count',
  mittelansatz: 'eur',
  vorjahrEintritte: 'count',
  vorjahrMittel: 'eur',
};

/**
 * The line of one instrument row: its inputs, figures, choices and texts. Its cells are made
 * when first read: the grid of a Land plan draws a few dozen of 60.000 lines. A class with the
 * getter on its prototype, not an object literal with a getter of its own: 60.000 such literals
 * took 55–125 ms to make in Node, these 2–25 ms, and every later read of them was slower too.
 */
class InstrumentLine implements OutlineRow {
  readonly id: string;
  readonly gridId: string;
  readonly planRowId: string;
  readonly style: LineStyle;
  readonly ownRowOnly = true;
  readonly #plan: Plan;
  readonly #row: InstrumentRow;
  #cells: OutlineRow['cells'] | undefined;

  constructor(
    plan: Plan,
    row: InstrumentRow,
    readonly areaId: string,
  ) {
    this.id = `row:${row.id}`;
    this.gridId = row.id;
    this.planRowId = row.id;
    this.style = row.nachrichtlich ? 'nachrichtlich' : 'data';
    this.#plan = plan;
    this.#row = row;
  }

  get cells(): OutlineRow['cells'] {
    return (this.#cells ??= instrumentCells(this.#plan, this.#row));
  }
}

export function instrumentLine(plan: Plan, row: InstrumentRow, areaId: string): OutlineRow {
  return new InstrumentLine(plan, row, areaId);
}

function instrumentCells(plan: Plan, row: InstrumentRow): OutlineRow['cells'] {
  const n = row.nachrichtlich ? { nachrichtlich: true } : {};
  const input = (field: RowField): InputOutlineCell => ({
    kind: 'input',
    key: cellKey({ kind: 'row', id: row.id, field }),
    label: `${ROW_FIELD_LABELS[field]} „${row.instrument}“`,
    format: FIELD_FORMATS[field],
    rowField: field,
    ...n,
  });
  const figure = (name: RowFigureName, format: Format, nachrichtlich = {}): OutlineCell => ({
    kind: 'figure',
    id: rowFigureId(row.id, name),
    format,
    rowFigure: name,
    ...nachrichtlich,
  });
  const flag = (field: 'nachrichtlich' | 'fbw'): OutlineCell => ({
    kind: 'choice',
    rowId: row.id,
    field,
    text: row[field] ? 'ja' : '',
  });
  // A kommunal row's cases may be a range: the Eintritte cell holds "von", a cell of its own "bis".
  const bis = cellKey({ kind: 'eintritteBis', id: row.id });
  const kommunal = row.finanzierung.art === 'kommunal';
  const eintritte: OutlineCell = kommunal ? { ...input('eintritte'), bis } : input('eintritte');
  return {
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
    eintritte,
    ...(kommunal
      ? {
          eintritteBis: {
            kind: 'input',
            key: bis,
            label: `${EINTRITTE_BIS_LABEL} „${row.instrument}“`,
            format: 'count',
            ...n,
          } satisfies OutlineCell,
        }
      : {}),
    mittelansatz: input('mittelansatz'),
    kje: figure('kostenJeEintritt', 'eur', n),
    nachrichtlich: flag('nachrichtlich'),
    fbw: flag('fbw'),
    beginn: {
      kind: 'choice',
      rowId: row.id,
      field: 'beginn',
      text: row.beginn === undefined ? '' : monatChoiceLabel(plan.header.year, row.beginn),
    },
    laufzeit: {
      kind: 'choice',
      rowId: row.id,
      field: 'laufzeit',
      text: row.laufzeit === undefined ? '' : laufzeitLabel(row.laufzeit),
    },
    zielgruppen: { kind: 'text', text: anteileText(plan, row) },
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
  // The reference's own part of the owner ("davon 60 Plätze"), typed here: while neither side is
  // typed it shows the owner's values; a side left empty beside a typed one follows from it.
  const typedE = ref.teilEintritte != null;
  const typedB = ref.teilBetrag != null;
  const part = (field: VerweisField, ownerField: 'eintritte' | 'mittelansatz'): OutlineCell => {
    const cell: InputOutlineCell = {
      kind: 'input',
      key: cellKey({ kind: 'verweisTeil', id: ref.id, field }),
      label: `${VERWEIS_FIELD_LABELS[field]} „${owner.instrument}“ (${areaName(plan, areaId)})`,
      format: FIELD_FORMATS[ownerField],
    };
    const typed = field === 'eintritte' ? typedE : typedB;
    if (typed) return cell;
    if (typedE || typedB) return { ...cell, figure: verweisFigureId(ref.id, ownerField) };
    return {
      ...cell,
      fallback: { key: cellKey({ kind: 'row', id: owner.id, field: ownerField }), shown: true },
    };
  };
  const ownerBis = cellKey({ kind: 'eintritteBis', id: owner.id });
  // A kommunal owner's cases are shown as its range, whole (a reference carries no part of it).
  const parts = mayCarryPart(plan, ref)
    ? { eintritte: part('eintritte', 'eintritte'), mittelansatz: part('betrag', 'mittelansatz') }
    : {
        eintritte: { ...view('eintritte'), bis: ownerBis } as OutlineCell,
        eintritteBis: { kind: 'view', ref: { input: ownerBis }, format: 'count' } as OutlineCell,
        mittelansatz: view('mittelansatz'),
      };
  return {
    ...line,
    cells: {
      instrument: { kind: 'text', text: `Verweis auf ${owner.instrument} (Schwerpunkt ${area})` },
      kategorie: { kind: 'text', text: owner.kategorie ?? '' },
      finanzierung: { kind: 'text', text: 'Verweis' },
      ...parts,
      kje: { kind: 'view', ref: { fig: `row.${owner.id}.kostenJeEintritt` }, format: 'eur' },
      vorjahrEintritte: view('vorjahrEintritte'),
      vorjahrMittel: view('vorjahrMittel'),
      funktion: { kind: 'text', text: `Verweis: gehört zu „${area}“, zählt dort in der Gesamtsumme` },
    },
  };
}

const areaName = (plan: Plan, areaId: string): string =>
  plan.schwerpunkte.find((a) => a.id === areaId)?.name ?? '?';

const hasDrittmittel = (area: Handlungsschwerpunkt) =>
  ownRows(area).some((r) => r.finanzierung.art === 'Drittmittel');

function areaLines(plan: Plan, area: Handlungsschwerpunkt, printColumns: number): OutlineRow[] {
  const a = (name: string) => `area.${area.id}.${name}`;
  const at = { areaId: area.id };
  const fig = (name: string, format: Format): FigureOutlineCell => ({ kind: 'figure', id: a(name), format });
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
    // Kommunale Leistungen (§ 16a): their own line, beside the EGT and the Drittmittel.
    ...(hasKommunal(area)
      ? [
          {
            id: `sumKommunal:${area.id}`,
            ...at,
            style: 'subtotal',
            cells: {
              instrument: { kind: 'text', text: KOMMUNAL_ZEILE, span: 3 },
              finanzierung: { kind: 'text', text: KOMMUNAL_KURZ },
              eintritte: { ...fig('faelleKommunalVon', 'count'), bis: a('faelleKommunalBis') },
              eintritteBis: fig('faelleKommunalBis', 'count'),
              mittelansatz: fig('mittelansatzKommunal', 'eur'),
            },
          } satisfies OutlineRow,
        ]
      : []),
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

const KOMMUNAL_ZEILE = 'Kommunale Leistungen (§ 16a SGB II, nicht im EGT)';

/** The table without its lines: columns and their order (cheap, for a single new row). */
export function portfolioFrame(plan: Plan, withVorjahr: boolean): OutlineTable {
  return {
    id: 'portfolio',
    caption: `Maßnahmeportfolio ${plan.header.year} nach Handlungsschwerpunkten`,
    columns: portfolioColumns(plan, withVorjahr),
    rows: [],
    order: {
      grid: GRID_ORDER,
      // Asked by the workbook only: the grid does not scan a Land plan's rows for it.
      get excel() {
        return plan.schwerpunkte.some((a) => a.rows.some((r) => r.kind === 'instrument' && isKommunal(r)))
          ? PORTFOLIO_EXCEL_ORDER_KOMMUNAL
          : PORTFOLIO_EXCEL_ORDER;
      },
    },
  };
}

export function portfolioOutline(plan: Plan): OutlineTable {
  // Without any Vorjahr value print leaves the Vorjahr columns out.
  const withVorjahr = vorjahrKnown(plan, 'vorjahrMittel') || vorjahrKnown(plan, 'vorjahrEintritte');
  const frame = portfolioFrame(plan, withVorjahr);
  const printColumns = frame.columns.filter((c) => c.print).length;
  const total = (name: string, format: Format): FigureOutlineCell => ({
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
    ...(plan.schwerpunkte.some(hasKommunal)
      ? [
          {
            id: 'totalKommunal',
            style: 'total',
            pinned: true,
            cells: {
              instrument: {
                kind: 'text',
                text: 'Kommunale Leistungen gesamt (§ 16a SGB II, nicht im EGT)',
                span: 3,
              },
              finanzierung: { kind: 'text', text: KOMMUNAL_KURZ },
              eintritte: { ...total('faelleKommunalVon', 'count'), bis: 'portfolio.faelleKommunalBis' },
              eintritteBis: total('faelleKommunalBis', 'count'),
              mittelansatz: total('mittelansatzKommunal', 'eur'),
            },
          } satisfies OutlineRow,
        ]
      : []),
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
  if (plan.schwerpunkte.some(hasKommunal))
    notes.push(
      'Kommunale Leistungen (§ 16a SGB II) zahlt der kommunale Träger: sie stehen außerhalb von EGT und Drittmitteln, ihre Fallzahlen (oft eine Spanne von–bis) zählen in keiner Eintrittssumme und keiner Kennzahl; Kosten je Eintritt werden für sie nicht gebildet.',
    );
  if (!withVorjahr)
    notes.push(`Vorjahreswerte ${plan.header.vorjahr} sind für die Instrumente nicht erfasst.`);
  return { ...frame, rows, notes };
}

/**
 * Maßnahmeportfolio: per row, per Handlungsschwerpunkt and the grand total (fachkonzept §2.2).
 */
import type { RowField } from '../model/cellKey';
import { cellKey } from '../model/cellKey';
import { findInstrumentRow } from '../model/inputs';
import type { Handlungsschwerpunkt, InstrumentRow, Plan, ReferenceRow } from '../model/plan';
import type { Expr, FigureId } from './expr';
import {
  change,
  coalesce,
  div,
  empty,
  fig,
  input,
  mul,
  round0,
  round2,
  rowCell,
  sum,
  sumRecorded,
} from './expr';
import type { FigureDef, FigureUnit, SheetId } from './figureDef';
import { figure, lazyFigure } from './figureDef';
import { hh } from './egtChain';
import {
  countsDrittmittel,
  countsEgt,
  countsEintritte,
  allOwnRows,
  countsKommunal,
  isKommunal,
} from './rowSelection';

const cell = rowCell;
const cellsOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr[] => {
  const items: Expr[] = [];
  for (const r of rows) if (keep(r)) items.push(cell(r, field));
  return items;
};
const sumOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr =>
  sum(cellsOf(rows, keep, field));
/** A Vorjahr sum: empty, like its rows, when none of them records a Vorjahr value. */
const vorjahrSumOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr =>
  sumRecorded(cellsOf(rows, keep, field));

export type RowFigureName =
  'kostenJeEintritt' | 'vorjahrKostenJeEintritt' | 'aenderungEintritte' | 'aenderungMittel';

/**
 * No cost figures of its own: money sitting in another row's Mittelansatz ("Betrag bei BaE
 * enthalten"), and kommunale Leistungen, whose cases are often a range and whose money the
 * municipality pays per case under its own rules (a range of cases gives no single cost).
 */
const noCosts = (row: InstrumentRow): boolean =>
  row.finanzierung.art === 'enthalten' || row.finanzierung.art === 'kommunal';

/** The upper end of a row's cases: the typed "bis" of a range, else its Eintritte. */
export const faelleBis = (row: InstrumentRow): Expr =>
  coalesce(input(cellKey({ kind: 'eintritteBis', id: row.id })), cell(row, 'eintritte'));

/** The four figures of every instrument row, each defined once. */
const ROW_FIGURES: Record<
  RowFigureName,
  { label: string; unit: FigureUnit; expr: (row: InstrumentRow) => Expr }
> = {
  // Kosten je Eintritt = Mittelansatz ÷ Eintritte (empty when Eintritte = 0 or the money sits in another row)
  kostenJeEintritt: {
    label: 'Kosten je Eintritt',
    unit: 'eur',
    expr: (row) => (noCosts(row) ? empty() : div(cell(row, 'mittelansatz'), cell(row, 'eintritte'))),
  },
  vorjahrKostenJeEintritt: {
    label: 'Kosten je Eintritt Vorjahr',
    unit: 'eur',
    expr: (row) => (noCosts(row) ? empty() : div(cell(row, 'vorjahrMittel'), cell(row, 'vorjahrEintritte'))),
  },
  // change vs Vorjahr in % (a kommunal range has no single change)
  aenderungEintritte: {
    label: 'Veränderung Eintritte ggü. Vorjahr',
    unit: 'ratio',
    expr: (row) =>
      isKommunal(row) ? empty() : change(cell(row, 'eintritte'), cell(row, 'vorjahrEintritte')),
  },
  aenderungMittel: {
    label: 'Veränderung Mittelansatz ggü. Vorjahr',
    unit: 'ratio',
    expr: (row) =>
      row.finanzierung.art === 'enthalten'
        ? empty()
        : change(cell(row, 'mittelansatz'), cell(row, 'vorjahrMittel')),
  },
};

/**
 * One per-row figure. A Land plan of 60.000 rows has 240.000 of them, so each holds only its
 * id, its row and its name; label and expression are built when read, from the row as it was
 * defined (renaming a row or changing its financing is a structural edit that redefines it).
 * The derived properties are getters: spread (`{ ...def }`) does not copy them.
 */
class RowFigure implements FigureDef {
  constructor(
    readonly id: FigureId,
    private readonly row: InstrumentRow,
    private readonly name: RowFigureName,
  ) {}
  get label(): string {
    return `${ROW_FIGURES[this.name].label} „${this.row.instrument}“`;
  }
  get unit(): FigureUnit {
    return ROW_FIGURES[this.name].unit;
  }
  get sheet(): SheetId {
    return 'portfolio';
  }
  get expr(): Expr {
    return ROW_FIGURES[this.name].expr(this.row);
  }
  get rowId(): string {
    return this.row.id;
  }
}

export const ROW_FIGURE_NAMES = Object.keys(ROW_FIGURES) as RowFigureName[];

export const rowFigureId = (rowId: string, name: RowFigureName): FigureId => `row.${rowId}.${name}`;

export function rowFigureExpr(row: InstrumentRow, name: RowFigureName): Expr {
  return ROW_FIGURES[name].expr(row);
}

export function rowFigure(row: InstrumentRow, name: RowFigureName): FigureDef {
  return new RowFigure(rowFigureId(row.id, name), row, name);
}

/** The four figures of one instrument row. */
export function rowFigures(row: InstrumentRow): FigureDef[] {
  return ROW_FIGURE_NAMES.map((name) => rowFigure(row, name));
}

/** Id of the side of a reference's part that follows from the typed side: `ref.<id>.eintritte|mittelansatz`. */
export const verweisFigureId = (refId: string, name: 'eintritte' | 'mittelansatz'): FigureId =>
  `ref.${refId}.${name}`;

/**
 * A reference carrying a part of its owner ("davon 60 Plätze"): where only one side is typed,
 * the other follows at the owner's Kosten je Eintritt (money = n × Mittelansatz ÷ Eintritte,
 * places = amount × Eintritte ÷ Mittelansatz, whole places), as for a target group's Teil.
 * Which side is typed is structure (applyCommand), so these exist only where one side follows.
 */
function verweisFigure(plan: Plan, area: Handlungsschwerpunkt, r: ReferenceRow): FigureDef | undefined {
  if ((r.teilEintritte == null) === (r.teilBetrag == null)) return undefined;
  const owner = findInstrumentRow(plan, r.ownerRowId);
  if (!owner || owner.finanzierung.art === 'kommunal') return undefined;
  const e = cell(owner, 'eintritte');
  const m = cell(owner, 'mittelansatz');
  const at = { rowId: r.id, areaId: area.id };
  return r.teilEintritte != null
    ? figure(
        verweisFigureId(r.id, 'mittelansatz'),
        `Mittelansatz (Anteil des Verweises) „${owner.instrument}“ in „${area.name}“`,
        'eur',
        'portfolio',
        round2(div(mul(input(cellKey({ kind: 'verweisTeil', id: r.id, field: 'eintritte' })), m), e)),
        at,
      )
    : figure(
        verweisFigureId(r.id, 'eintritte'),
        `Eintritte (Anteil des Verweises) „${owner.instrument}“ in „${area.name}“`,
        'count',
        'portfolio',
        round0(div(mul(input(cellKey({ kind: 'verweisTeil', id: r.id, field: 'betrag' })), e), m)),
        at,
      );
}

/**
 * The EGT money an area shows, references included: an own row's Mittelansatz, a reference's
 * own part where it carries one (model/plan.ts, ReferenceRow), else its owner's Mittelansatz.
 */
function egtInklVerweise(plan: Plan, area: Handlungsschwerpunkt): Expr[] {
  const items: Expr[] = [];
  for (const r of area.rows) {
    if (r.kind === 'instrument') {
      if (countsEgt(r)) items.push(cell(r, 'mittelansatz'));
      continue;
    }
    const owner = findInstrumentRow(plan, r.ownerRowId);
    if (!owner || !countsEgt(owner)) continue;
    items.push(
      r.teilBetrag != null
        ? input(cellKey({ kind: 'verweisTeil', id: r.id, field: 'betrag' }))
        : r.teilEintritte != null
          ? fig(verweisFigureId(r.id, 'mittelansatz'))
          : cell(owner, 'mittelansatz'),
    );
  }
  return items;
}

/**
 * Kommunale Eingliederungsleistungen of an area (§ 16a SGB II): their money and their cases
 * as a range von/bis, beside the EGT and the Drittmittel, never in them. Only for areas that
 * have such rows (so a plan without them keeps its figures and its workbook).
 */
function kommunalFigures(area: Handlungsschwerpunkt, own: InstrumentRow[]): FigureDef[] {
  const at = { areaId: area.id };
  let rows: InstrumentRow[] | undefined;
  const kommunal = (): InstrumentRow[] => (rows ??= own.filter(countsKommunal));
  return [
    lazyFigure(
      areaFigureId(area, 'mittelansatzKommunal'),
      `Mittelansatz kommunal „${area.name}“`,
      'eur',
      'portfolio',
      () => sumOf(kommunal(), countsKommunal, 'mittelansatz'),
      at,
    ),
    // A range is summed as a range: the lower ends, and the upper ends (a single number is both).
    lazyFigure(
      areaFigureId(area, 'faelleKommunalVon'),
      `Fälle kommunal von „${area.name}“`,
      'count',
      'portfolio',
      () => sumOf(kommunal(), countsKommunal, 'eintritte'),
      at,
    ),
    lazyFigure(
      areaFigureId(area, 'faelleKommunalBis'),
      `Fälle kommunal bis „${area.name}“`,
      'count',
      'portfolio',
      () => sum(kommunal().map(faelleBis)),
      at,
    ),
  ];
}

// Without a filtered copy of the rows: asked per area by the figures and the outline of a Land plan.
export const hasKommunal = (area: Handlungsschwerpunkt): boolean =>
  area.rows.some((r) => r.kind === 'instrument' && countsKommunal(r));

const areaFigureId = (area: Handlungsschwerpunkt, name: string): FigureId => `area.${area.id}.${name}`;

/**
 * Area sums, shares and the grand totals; the per-row figures are `rowFigures`. One pass over
 * the rows finds the structure (own rows, references carrying a part, kommunale Leistungen);
 * the sums over rows are built when read (lazyFigure): the Land reads five of an area's
 * figures, the engine all of them.
 */
export function portfolioFigures(plan: Plan): FigureDef[] {
  const verweise: FigureDef[] = [];
  const defs: FigureDef[] = [];
  const kommunal: Handlungsschwerpunkt[] = [];
  for (const area of plan.schwerpunkte) {
    const own: InstrumentRow[] = [];
    let anyKommunal = false;
    for (const r of area.rows)
      if (r.kind === 'instrument') {
        own.push(r);
        anyKommunal ||= countsKommunal(r);
      } else {
        const v = verweisFigure(plan, area, r);
        if (v) verweise.push(v);
      }
    if (anyKommunal) kommunal.push(area);
    const at = { areaId: area.id };
    defs.push(
      // Σ Eintritte of all rows that are not nachrichtlich
      lazyFigure(
        areaFigureId(area, 'eintritte'),
        `Eintritte „${area.name}“`,
        'count',
        'portfolio',
        () => sumOf(own, countsEintritte, 'eintritte'),
        at,
      ),
      // Σ Mittelansatz of the EGT-financed rows
      lazyFigure(
        areaFigureId(area, 'mittelansatzEgt'),
        `Mittelansatz EGT „${area.name}“`,
        'eur',
        'portfolio',
        () => sumOf(own, countsEgt, 'mittelansatz'),
        at,
      ),
      // Drittmittel amounts are summed on their own line
      lazyFigure(
        areaFigureId(area, 'mittelansatzDrittmittel'),
        `Mittelansatz Drittmittel „${area.name}“`,
        'eur',
        'portfolio',
        () => sumOf(own, countsDrittmittel, 'mittelansatz'),
        at,
      ),
      lazyFigure(
        areaFigureId(area, 'vorjahrEintritte'),
        `Eintritte Vorjahr „${area.name}“`,
        'count',
        'portfolio',
        () => vorjahrSumOf(own, countsEintritte, 'vorjahrEintritte'),
        at,
      ),
      lazyFigure(
        areaFigureId(area, 'vorjahrMittelEgt'),
        `Mittel Vorjahr EGT „${area.name}“`,
        'eur',
        'portfolio',
        () => vorjahrSumOf(own, countsEgt, 'vorjahrMittel'),
        at,
      ),
      // The area's share of the verfügbares EGT counts every row it shows, references included.
      lazyFigure(
        areaFigureId(area, 'mittelansatzEgtInklVerweise'),
        `Mittelansatz EGT einschl. Verweise „${area.name}“`,
        'eur',
        'portfolio',
        () => sum(egtInklVerweise(plan, area)),
        at,
      ),
      figure(
        areaFigureId(area, 'anteilEgt'),
        `Anteil am verfügbaren EGT „${area.name}“`,
        'ratio',
        'portfolio',
        div(fig(areaFigureId(area, 'mittelansatzEgtInklVerweise')), fig(hh('plan', 'verfuegbaresEgt'))),
        at,
      ),
      ...(anyKommunal ? kommunalFigures(area, own) : []),
    );
  }
  // Grand total: over all areas, each instrument counted once (references never add).
  const total = (
    name: string,
    label: string,
    unit: 'eur' | 'count',
    definedName?: string,
    areas: readonly Handlungsschwerpunkt[] = plan.schwerpunkte,
  ): FigureDef =>
    figure(
      `portfolio.${name}`,
      label,
      unit,
      'portfolio',
      (name.startsWith('vorjahr') ? sumRecorded : sum)(areas.map((s) => fig(`area.${s.id}.${name}`))),
      definedName ? { definedName } : {},
    );
  let nachrichtlichRows: InstrumentRow[] | undefined;
  const nachrichtlich = () => (nachrichtlichRows ??= allOwnRows(plan).filter((r) => r.nachrichtlich));
  defs.push(
    total('eintritte', 'Eintritte gesamt', 'count', 'Eintritte_gesamt'),
    total('mittelansatzEgt', 'Mittelansatz EGT gesamt', 'eur', 'Mittelansatz_EGT_gesamt'),
    total('mittelansatzDrittmittel', 'Mittelansatz Drittmittel gesamt', 'eur'),
    total('vorjahrEintritte', 'Eintritte Vorjahr gesamt', 'count'),
    total('vorjahrMittelEgt', 'Mittel Vorjahr EGT gesamt', 'eur'),
    // The portfolio's share of the verfügbares EGT (each instrument once, references never add)
    figure(
      'portfolio.anteilEgt',
      'Anteil am verfügbaren EGT gesamt',
      'ratio',
      'portfolio',
      div(fig('portfolio.mittelansatzEgt'), fig(hh('plan', 'verfuegbaresEgt'))),
    ),
    // Nachrichtlich rows are shown beside the sum ("Summe ohne VB"), never in it.
    lazyFigure('portfolio.nachrichtlichEintritte', 'nachrichtlich: Eintritte', 'count', 'portfolio', () =>
      sum(nachrichtlich().map((r) => cell(r, 'eintritte'))),
    ),
    lazyFigure('portfolio.nachrichtlichMittel', 'nachrichtlich: Mittelansatz', 'eur', 'portfolio', () =>
      sum(nachrichtlich().map((r) => cell(r, 'mittelansatz'))),
    ),
  );
  // Kommunale Leistungen overall, beside the EGT and the Drittmittel (only when there are some).
  if (kommunal.length > 0)
    defs.push(
      total('mittelansatzKommunal', 'Mittelansatz kommunal gesamt', 'eur', 'Mittel_kommunal', kommunal),
      total('faelleKommunalVon', 'Fälle kommunal von gesamt', 'count', 'Faelle_kommunal_von', kommunal),
      total('faelleKommunalBis', 'Fälle kommunal bis gesamt', 'count', 'Faelle_kommunal_bis', kommunal),
    );
  return [...verweise, ...defs];
}

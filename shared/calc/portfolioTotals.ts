/**
 * Maßnahmeportfolio: per row, per Handlungsschwerpunkt and the grand total (fachkonzept §2.2).
 */
import type { RowField } from '../model/cellKey';
import type { InstrumentRow, Plan } from '../model/plan';
import type { Expr, FigureId } from './expr';
import { change, div, empty, fig, rowCell, sum, sumRecorded } from './expr';
import type { FigureDef, FigureUnit, SheetId } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';
import { countsDrittmittel, countsEgt, countsEintritte, ownRows, shownRows } from './rowSelection';

const cell = rowCell;
const sumOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr =>
  sum(rows.filter(keep).map((r) => cell(r, field)));
/** A Vorjahr sum: empty, like its rows, when none of them records a Vorjahr value. */
const vorjahrSumOf = (rows: InstrumentRow[], keep: (r: InstrumentRow) => boolean, field: RowField): Expr =>
  sumRecorded(rows.filter(keep).map((r) => cell(r, field)));

export type RowFigureName =
  'kostenJeEintritt' | 'vorjahrKostenJeEintritt' | 'aenderungEintritte' | 'aenderungMittel';

/** Money sitting in another row's Mittelansatz ("Betrag bei BaE enthalten"): no own cost figures. */
const enthalten = (row: InstrumentRow): boolean => row.finanzierung.art === 'enthalten';

/** The four figures of every instrument row, each defined once. */
const ROW_FIGURES: Record<
  RowFigureName,
  { label: string; unit: FigureUnit; expr: (row: InstrumentRow) => Expr }
> = {
  // Kosten je Eintritt = Mittelansatz ÷ Eintritte (empty when Eintritte = 0 or the money sits in another row)
  kostenJeEintritt: {
    label: 'Kosten je Eintritt',
    unit: 'eur',
    expr: (row) => (enthalten(row) ? empty() : div(cell(row, 'mittelansatz'), cell(row, 'eintritte'))),
  },
  vorjahrKostenJeEintritt: {
    label: 'Kosten je Eintritt Vorjahr',
    unit: 'eur',
    expr: (row) =>
      enthalten(row) ? empty() : div(cell(row, 'vorjahrMittel'), cell(row, 'vorjahrEintritte')),
  },
  // change vs Vorjahr in %
  aenderungEintritte: {
    label: 'Veränderung Eintritte ggü. Vorjahr',
    unit: 'ratio',
    expr: (row) => change(cell(row, 'eintritte'), cell(row, 'vorjahrEintritte')),
  },
  aenderungMittel: {
    label: 'Veränderung Mittelansatz ggü. Vorjahr',
    unit: 'ratio',
    expr: (row) => (enthalten(row) ? empty() : change(cell(row, 'mittelansatz'), cell(row, 'vorjahrMittel'))),
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

/** Area sums, shares and the grand totals; the per-row figures are `rowFigures`. */
export function portfolioFigures(plan: Plan): FigureDef[] {
  const defs: FigureDef[] = [];
  for (const area of plan.schwerpunkte) {
    const own = ownRows(area);
    const shown = shownRows(plan, area);
    const at = { areaId: area.id };
    const a = (name: string) => `area.${area.id}.${name}`;
    defs.push(
      // Σ Eintritte of all rows that are not nachrichtlich
      figure(
        a('eintritte'),
        `Eintritte „${area.name}“`,
        'count',
        'portfolio',
        sumOf(own, countsEintritte, 'eintritte'),
        at,
      ),
      // Σ Mittelansatz of the EGT-financed rows
      figure(
        a('mittelansatzEgt'),
        `Mittelansatz EGT „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(own, countsEgt, 'mittelansatz'),
        at,
      ),
      // Drittmittel amounts are summed on their own line
      figure(
        a('mittelansatzDrittmittel'),
        `Mittelansatz Drittmittel „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(own, countsDrittmittel, 'mittelansatz'),
        at,
      ),
      figure(
        a('vorjahrEintritte'),
        `Eintritte Vorjahr „${area.name}“`,
        'count',
        'portfolio',
        vorjahrSumOf(own, countsEintritte, 'vorjahrEintritte'),
        at,
      ),
      figure(
        a('vorjahrMittelEgt'),
        `Mittel Vorjahr EGT „${area.name}“`,
        'eur',
        'portfolio',
        vorjahrSumOf(own, countsEgt, 'vorjahrMittel'),
        at,
      ),
      // The area's share of the verfügbares EGT counts every row it shows, references included.
      figure(
        a('mittelansatzEgtInklVerweise'),
        `Mittelansatz EGT einschl. Verweise „${area.name}“`,
        'eur',
        'portfolio',
        sumOf(shown, countsEgt, 'mittelansatz'),
        at,
      ),
      figure(
        a('anteilEgt'),
        `Anteil am verfügbaren EGT „${area.name}“`,
        'ratio',
        'portfolio',
        div(fig(a('mittelansatzEgtInklVerweise')), fig(hh('plan', 'verfuegbaresEgt'))),
        at,
      ),
    );
  }
  // Grand total: over all areas, each instrument counted once (references never add).
  const total = (name: string, label: string, unit: 'eur' | 'count', definedName?: string): FigureDef =>
    figure(
      `portfolio.${name}`,
      label,
      unit,
      'portfolio',
      (name.startsWith('vorjahr') ? sumRecorded : sum)(
        plan.schwerpunkte.map((s) => fig(`area.${s.id}.${name}`)),
      ),
      definedName ? { definedName } : {},
    );
  const all = plan.schwerpunkte.flatMap(ownRows);
  const nachrichtlich = all.filter((r) => r.nachrichtlich);
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
    figure(
      'portfolio.nachrichtlichEintritte',
      'nachrichtlich: Eintritte',
      'count',
      'portfolio',
      sum(nachrichtlich.map((r) => cell(r, 'eintritte'))),
    ),
    figure(
      'portfolio.nachrichtlichMittel',
      'nachrichtlich: Mittelansatz',
      'eur',
      'portfolio',
      sum(nachrichtlich.map((r) => cell(r, 'mittelansatz'))),
    ),
  );
  return defs;
}

/** What every derived figure carries besides its expression. */
import type { ValueUnit } from '../model/cellKey';
import type { SheetId } from '../model/sheets';
import type { Expr, FigureId } from './expr';

export type { SheetId };

export type FigureUnit = ValueUnit;

export interface FigureDef {
  /** Stable key, e.g. `haushalt.plan.verfuegbaresEgt` (documented in the README). */
  id: FigureId;
  /**
   * German label, written here once and nowhere else: without a year ("Summe
   * Eingliederungsmittel"); a figure of a year column carries that year in `year`.
   */
  label: string;
  /** The year of the column a year-pair figure belongs to (plan year or Vorjahr). */
  year?: number;
  unit: FigureUnit;
  sheet: SheetId;
  /** A row figure builds it anew on every read (see `rowFigure`): don't compare reads by identity. */
  expr: Expr;
  /** Excel defined name for key figures that formulas on other sheets refer to. */
  definedName?: string;
  /** Where the figure sits: the row or area it belongs to, for jumps and the Excel layout. */
  rowId?: string;
  areaId?: string;
}

export function figure(
  id: FigureId,
  label: string,
  unit: FigureUnit,
  sheet: SheetId,
  expr: Expr,
  extra: Pick<FigureDef, 'definedName' | 'rowId' | 'areaId' | 'year'> = {},
): FigureDef {
  return { id, label, unit, sheet, expr, ...extra };
}

/**
 * A figure whose expression is built when first read, then kept: a sum over hundreds of rows
 * that a reader of a few figures (the Land's planReader) never needs. Read, it is the
 * expression `figure` would hold. Like a row figure, `expr` is a getter: spread does not copy it.
 */
class LazyFigure implements FigureDef {
  declare definedName?: string;
  declare rowId?: string;
  declare areaId?: string;
  declare year?: number;
  #expr: Expr | undefined;
  constructor(
    readonly id: FigureId,
    readonly label: string,
    readonly unit: FigureUnit,
    readonly sheet: SheetId,
    private readonly build: () => Expr,
    extra: Pick<FigureDef, 'definedName' | 'rowId' | 'areaId' | 'year'>,
  ) {
    Object.assign(this, extra);
  }
  get expr(): Expr {
    return (this.#expr ??= this.build());
  }
}

export function lazyFigure(
  id: FigureId,
  label: string,
  unit: FigureUnit,
  sheet: SheetId,
  build: () => Expr,
  extra: Pick<FigureDef, 'definedName' | 'rowId' | 'areaId' | 'year'> = {},
): FigureDef {
  return new LazyFigure(id, label, unit, sheet, build, extra);
}

/** The label with its year where the figure has one: "Summe Eingliederungsmittel 2016". */
export function figureTitle(def: Pick<FigureDef, 'label' | 'year'>): string {
  return def.year === undefined ? def.label : `${def.label} ${def.year}`;
}

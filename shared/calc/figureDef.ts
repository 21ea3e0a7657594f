/** What every derived figure carries besides its expression. */
import type { SheetId } from '../model/sheets';
import type { Expr, FigureId } from './expr';

export type { SheetId };

export type FigureUnit = 'eur' | 'count' | 'ratio';

export interface FigureDef {
  /** Stable key, e.g. `haushalt.plan.verfuegbaresEgt` (documented in the README). */
  id: FigureId;
  /** German label as the documents print it. */
  label: string;
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
  extra: Pick<FigureDef, 'definedName' | 'rowId' | 'areaId'> = {},
): FigureDef {
  return { id, label, unit, sheet, expr, ...extra };
}

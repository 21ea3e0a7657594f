/**
 * A figure placeholder as text: its current value in the figure's unit, or a marker when the
 * figure no longer exists (a deleted area's total), never dropped silently.
 */
import type { FigureDef } from '../calc/figureDef';
import { figureTitle } from '../calc/figureDef';
import { formatFigure } from '../format/numberFormat';
import { MISSING_FIGURE } from '../model/dokument';
import type { Num } from '../model/plan';

export { MISSING_FIGURE };

export interface FigureSource {
  get(id: string): Num;
  def(id: string): FigureDef | undefined;
}

export interface ResolvedFigure {
  text: string;
  /** The figure's label with year, for a tooltip or the editor's list. */
  title: string;
  missing: boolean;
}

export function resolveFigure(source: FigureSource, id: string): ResolvedFigure {
  const def = source.def(id);
  if (!def) return { text: `[${MISSING_FIGURE}: ${id}]`, title: `${MISSING_FIGURE}: ${id}`, missing: true };
  const v = source.get(id);
  return { text: v === null ? '–' : formatFigure(v, def.unit), title: figureTitle(def), missing: false };
}

/** Figure labels for building outlines, read from the plan's figure definitions. */
import type { FigureId } from '../calc/expr';
import type { FigureDef } from '../calc/figureDef';
import { figureTitle } from '../calc/figureDef';
import type { Labels } from './types';

/** Labels from a definition lookup (a Calculation's `def`, the export's map). */
export function labelsOf(defOf: (id: FigureId) => FigureDef | undefined): Labels {
  const get = (id: FigureId): FigureDef => {
    const def = defOf(id);
    if (!def) throw new Error(`Kennzahl ${id} ist im Rechenkern nicht definiert.`);
    return def;
  };
  return {
    of: (id) => get(id).label,
    title: (id) => figureTitle(get(id)),
  };
}

/** Labels of a Calculation's definitions (the grid and the print pack have one at hand). */
export const calcLabels = (calc: { def(id: FigureId): FigureDef | undefined }): Labels =>
  labelsOf((id) => calc.def(id));

/** A figure in a version view: "–" when the plan has no such figure, "(leer)" for an empty cell. */
import { formatFigure } from '../../../shared/format/numberFormat';
import type { Num } from '../../../shared/model/plan';

export const showValue = (v: Num | undefined, unit: 'eur' | 'count' | 'ratio'): string =>
  v === undefined ? '–' : v === null ? '(leer)' : formatFigure(v, unit);

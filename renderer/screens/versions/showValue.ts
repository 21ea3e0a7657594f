/** A figure in a version view: "–" when the plan has no such figure, "(leer)" for an empty cell. */
import { formatFigure } from '../../../shared/format/numberFormat';
import type { DisplayUnit } from '../../../shared/model/cellKey';
import type { Num } from '../../../shared/model/plan';

export const showValue = (v: Num | undefined, unit: DisplayUnit): string =>
  v === undefined ? '–' : v === null ? '(leer)' : formatFigure(v, unit);

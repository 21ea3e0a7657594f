/**
 * A consolidation part's value as the view, the print section and the workbook's cached text
 * show it: rates and changes with two decimals, so the Land IQ of zielplanung.md D.3 reads
 * 20,76 % (and cannot be mistaken for the mean 19,4 %).
 */
import { formatFigure } from '../format/numberFormat';
import type { PartLine } from './types';

export function partValueText(l: PartLine): string {
  if (l.unit === 'text') return String(l.value ?? '');
  const v = typeof l.value === 'number' ? l.value : null;
  return formatFigure(v, l.unit, l.unit === 'ratio' || l.unit === 'change' ? { digits: 2 } : {});
}

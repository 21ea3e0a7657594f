/**
 * The change between a version and the current state as the comparison shows it: Δ in the
 * figure's unit (percentage points for shares) and % of the version's value (none for shares,
 * for an empty or zero version value, or when either side does not exist).
 */
import { cleanFloat } from '../number/rounding';
import { formatFigure, formatNumber, formatPercent } from '../format/numberFormat';
import type { ValueUnit } from '../model/cellKey';
import type { Num } from '../model/plan';

export interface Difference {
  delta: number | null;
  percent: number | null;
}

export function difference(before: Num | undefined, after: Num | undefined, unit: ValueUnit): Difference {
  if (before === undefined || after === undefined || (before === null && after === null))
    return { delta: null, percent: null };
  const delta = cleanFloat((after ?? 0) - (before ?? 0));
  const percent =
    ABSOLUTE.has(unit) && typeof before === 'number' && before !== 0 ? delta / Math.abs(before) : null;
  return { delta, percent };
}

/** Units whose change is meaningful in % of the old value (not shares, changes, flags). */
const ABSOLUTE: ReadonlySet<ValueUnit> = new Set<ValueUnit>(['eur', 'count', 'decimal', 'factor']);

const signed = (v: number, text: string) => (v > 0 ? `+${text}` : text);

/** `+200.000 €`, `-50`, `+1,2 %-Pkt.`; empty without a Δ. */
export function formatDelta(d: Difference, unit: ValueUnit): string {
  if (d.delta === null) return '';
  if (unit === 'ratio' || unit === 'change')
    return signed(d.delta, `${formatNumber(cleanFloat(d.delta * 100), 1)} %-Pkt.`);
  if (unit === 'flag') return d.delta > 0 ? 'jetzt erreicht' : 'nicht mehr erreicht';
  return signed(d.delta, formatFigure(d.delta, unit));
}

/** `+10,0 %`; empty without a base. */
export function formatDeltaPercent(d: Difference): string {
  return d.percent === null ? '' : signed(d.percent, formatPercent(d.percent));
}

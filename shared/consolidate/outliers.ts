/**
 * Outliers by inter-quartile fences (Tukey): below Q1 − 1,5 × IQR or above Q3 + 1,5 × IQR.
 * Quartiles interpolate linearly between ranks, as Excel's QUARTILE.INC does, so the workbook's
 * fences agree with the app's.
 */

export const FENCE_FACTOR = 1.5;
/** Fewer values than this give no fences (a quartile of three is no spread). */
export const MIN_VALUES_FOR_FENCES = 4;

export function quartile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface Fences {
  lower: number;
  upper: number;
}

export function fences(values: readonly number[]): Fences | null {
  if (values.length < MIN_VALUES_FOR_FENCES) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quartile(sorted, 0.25);
  const q3 = quartile(sorted, 0.75);
  const iqr = q3 - q1;
  return { lower: q1 - FENCE_FACTOR * iqr, upper: q3 + FENCE_FACTOR * iqr };
}

/**
 * Decimal places of a number as JavaScript prints it (the shortest text that reads back to the
 * same double), so `0.07` has 2 and `1234.567` has 3, without binary-float noise.
 */
export function decimalPlaces(v: number): number {
  if (!Number.isFinite(v)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(v)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** Removes binary remainders from a computed value (`0.1 + 0.2` → `0.3`); keeps 15 significant digits. */
export function cleanFloat(v: number): number {
  return Number(v.toPrecision(15)) || 0;
}

/**
 * The one rounding module: Excel's ROUND, decimal places as JavaScript prints a number, and the
 * clean-up of binary remainders. Calculations (calc), typed input (input), display formats
 * (format), file checks and commands all round the same way, and none of them imports another
 * for it.
 */

/** Excel's ROUND: halves away from zero, robust against 1.005-style binary remainders. */
export function roundHalfAwayFromZero(v: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(v) * f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(v) * r) / f || 0;
}

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

/**
 * `decimalPlaces(v) <= 2`, the rule for amounts in euros and cents. An amount that is a whole
 * number of cents comes back exactly from its cents (`Math.round(v * 100) / 100 === v` only
 * holds for the double nearest to k/100, whose shortest print has at most two places); only
 * the rest takes decimalPlaces' string work. A Land plan has 100.000 amounts with cents.
 */
export function atMostTwoDecimals(v: number): boolean {
  return Number.isInteger(v) || Math.round(v * 100) / 100 === v || decimalPlaces(v) <= 2;
}

/** Removes binary remainders from a computed value (`0.1 + 0.2` → `0.3`); keeps 15 significant digits. */
export function cleanFloat(v: number): number {
  return Number(v.toPrecision(15)) || 0;
}

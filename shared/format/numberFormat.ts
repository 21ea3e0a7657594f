/**
 * German display formats shared by the grid, the Excel labels and the PDF (fachkonzept §4):
 * `1.234.567 €`, `37,62 Mio. €`, `23,6 %`, `8.761`, nachrichtlich in parentheses. A plain
 * ASCII space sits before € and % (tests and PDF text search rely on it); minus is "-".
 * An empty cell (null) formats as "".
 */
import type { ValueUnit } from '../model/cellKey';
import type { Num } from '../model/plan';
import { cleanFloat, decimalPlaces, roundHalfAwayFromZero } from '../number/rounding';

export interface FormatOptions {
  /** Shown for information only: wrapped in parentheses, e.g. `(2.500)`, `(610.000 €)`. */
  nachrichtlich?: boolean;
}

const isShown = (v: Num | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `v` rounded to `digits` places, dots between thousands, decimal comma. */
export function formatNumber(v: number, digits: number): string {
  const rounded = roundHalfAwayFromZero(v, digits);
  const [int = '0', frac] = Math.abs(rounded).toFixed(digits).split('.');
  const sign = rounded < 0 ? '-' : '';
  return sign + groupThousands(int) + (frac ? `,${frac}` : '');
}

function wrap(text: string, opts: FormatOptions | undefined): string {
  return opts?.nachrichtlich && text !== '' ? `(${text})` : text;
}

/** Whole euros unless the cents are non-zero: `1.234.567 €`, `1.234,56 €`. */
export function formatEur(v: Num | undefined, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  const cents = roundHalfAwayFromZero(v, 2);
  return wrap(`${formatNumber(cents, Number.isInteger(cents) ? 0 : 2)} €`, opts);
}

/** Millions as the documents print them: `37,62 Mio. €`. */
export function formatMioEur(v: Num | undefined, digits = 2, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  return wrap(`${formatNumber(v / 1_000_000, digits)} Mio. €`, opts);
}

/** A share as percent: `formatPercent(0.236)` → `23,6 %`; Kennzahlen' Vergleich uses 0 digits. */
export function formatPercent(v: Num | undefined, digits = 1, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  return wrap(`${formatNumber(cleanFloat(v * 100), digits)} %`, opts);
}

/** Eintritte, Plätze: `8.761`. */
export function formatCount(v: Num | undefined, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  return wrap(formatNumber(v, 0), opts);
}

/** `+` before a value that is positive once rounded: a change reads "+2,0 %", zero "0,0 %". */
function signed(v: number, digits: number, text: string): string {
  return roundHalfAwayFromZero(v, digits) > 0 ? `+${text}` : text;
}

/** A relative change in percent, always signed: `formatChange(0.02, 2)` → `+2,00 %`. */
export function formatChange(v: Num | undefined, digits = 1): string {
  if (!isShown(v)) return '';
  const points = cleanFloat(v * 100);
  return signed(points, digits, `${formatNumber(points, digits)} %`);
}

/** A difference of rates in percentage points (the value is in points): `+2,1 Pp.`. */
export function formatPp(v: Num | undefined, digits = 1): string {
  if (!isShown(v)) return '';
  return signed(v, digits, `${formatNumber(v, digits)} Pp.`);
}

/** A plain factor (share against share, F14): `2,6`. */
export function formatFactor(v: Num | undefined, digits = 1, opts?: FormatOptions): string {
  return isShown(v) ? wrap(formatNumber(v, digits), opts) : '';
}

/** 1 / 0 of a comparison: `erreicht` / `nicht erreicht`. */
export function formatFlag(v: Num | undefined): string {
  return isShown(v) ? (v > 0 ? 'erreicht' : 'nicht erreicht') : '';
}

/**
 * A figure in its unit's display format. `digits`: decimal places of the shown number (percent
 * for ratios and changes); ratios default to 1 (`percentDigits` is the older name), changes and
 * percentage points to 1, factors to 1.
 */
export function formatFigure(
  v: Num | undefined,
  unit: ValueUnit,
  opts?: FormatOptions & { percentDigits?: number; digits?: number },
): string {
  const digits = opts?.digits ?? opts?.percentDigits;
  switch (unit) {
    case 'eur':
      return formatEur(v, opts);
    case 'count':
      return formatCount(v, opts);
    case 'ratio':
      return formatPercent(v, digits ?? 1, opts);
    case 'change':
      return formatChange(v, digits ?? 1);
    case 'pp':
      return formatPp(v, digits ?? 1);
    case 'factor':
      return formatFactor(v, digits ?? 1, opts);
    case 'flag':
      return formatFlag(v);
    case 'decimal':
      return formatDecimal(v, opts);
  }
}

/**
 * A typed value as lists show it (change log, import list, version comparison): a typed change
 * keeps its second decimal ("+2,00 %", as the Ziele sheet shows it), everything else as figures.
 */
export function formatInputValue(v: Num | undefined, unit: ValueUnit): string {
  return formatFigure(v, unit, unit === 'change' ? { digits: 2 } : {});
}

/** VZÄ and other numbers that are no amounts: `12,5`, `1.125`, at most two decimals. */
export function formatDecimal(v: Num | undefined, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  const rounded = roundHalfAwayFromZero(v, 2);
  return wrap(formatNumber(rounded, Math.min(decimalPlaces(rounded), 2)), opts);
}

/** A caseload as documents print it: `1:85` (Kunden je VZÄ). */
export function formatSchluessel(v: Num | undefined): string {
  return isShown(v) ? `1:${formatNumber(v, 0)}` : '';
}

/** Without grouping, every significant decimal: `2200000`, `2200000,5`, `0,0725`. */
export function formatGermanPlain(v: number): string {
  const clean = cleanFloat(v);
  const text = Math.abs(clean)
    .toFixed(Math.min(decimalPlaces(clean), 20))
    .replace('.', ',');
  return clean < 0 ? `-${text}` : text;
}

/**
 * The text a cell shows when it goes into edit mode: the formula as typed, else the plain
 * number that parseCellInput reads back to the same value (a share as `2,1 %`).
 */
export function formatInputForEditing(value: Num | undefined, unit: ValueUnit, formula?: string): string {
  if (formula !== undefined && formula !== '') return formula;
  if (!isShown(value)) return '';
  return unit === 'ratio' || unit === 'change'
    ? `${formatGermanPlain(value * 100)} %`
    : formatGermanPlain(value);
}

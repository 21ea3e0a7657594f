/**
 * German display formats shared by the grid, the Excel labels and the PDF (fachkonzept §4):
 * `1.234.567 €`, `37,62 Mio. €`, `23,6 %`, `8.761`, nachrichtlich in parentheses. A plain
 * ASCII space sits before € and % (tests and PDF text search rely on it); minus is "-".
 * An empty cell (null) formats as "".
 */
import type { DisplayUnit } from '../model/cellKey';
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

/** A factor (a ratio of two shares) with one decimal: `2,6`. */
export function formatFactor(v: Num | undefined, opts?: FormatOptions): string {
  if (!isShown(v)) return '';
  return wrap(formatNumber(v, 1), opts);
}

/** A figure in its unit's display format (ratios with `percentDigits`, default 1). */
export function formatFigure(
  v: Num | undefined,
  unit: DisplayUnit,
  opts?: FormatOptions & { percentDigits?: number },
): string {
  switch (unit) {
    case 'eur':
      return formatEur(v, opts);
    case 'count':
      return formatCount(v, opts);
    case 'ratio':
      return formatPercent(v, opts?.percentDigits ?? 1, opts);
    case 'factor':
      return formatFactor(v, opts);
  }
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
export function formatInputForEditing(value: Num | undefined, unit: DisplayUnit, formula?: string): string {
  if (formula !== undefined && formula !== '') return formula;
  if (!isShown(value)) return '';
  return unit === 'ratio' ? `${formatGermanPlain(value * 100)} %` : formatGermanPlain(value);
}

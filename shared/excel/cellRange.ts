/**
 * How many cells ExcelJS 4.4 creates for a range written in a workbook: one cell object per
 * address of a merged range (`mergeCell ref`), one entry per address of a data validation
 * (`dataValidation sqref`), one matrix cell per address of a defined name. A few bytes such as
 * `A1:XFD1048576` thus cost billions of objects, and the XML element count does not see it. These
 * functions repeat ExcelJS's own reading of an address (col-cache.js decodeAddress/decodeEx,
 * doc/range.js, doc/defined-names.js, defined-name-xform.js extractRanges), lenient as it is, so
 * the count is what ExcelJS would create; test/unit/excel/cellRange.test.ts compares them with
 * ExcelJS on many strings. Pure.
 */

/** Excel's last column (XFD); ExcelJS throws beyond it. */
export const MAX_COLUMN = 16_384;

interface Address {
  col: number | undefined;
  row: number | undefined;
}

/** col-cache.js decodeAddress: letters before the first digit are the column, all digits the row. */
function decodeAddress(value: string): Address {
  let hasCol = false;
  let hasRow = false;
  let col = 0;
  let row = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) break;
  }
  if (hasCol && col > MAX_COLUMN) throw new RangeError(`column ${col}`);
  return { col: hasCol ? col : undefined, row: hasRow ? row : undefined };
}

/** The column ExcelJS reads from a cell address (`r="B7"` → 2), undefined when it has none or throws. */
export function columnOf(address: string): number | undefined {
  try {
    return decodeAddress(address).col;
  } catch {
    return undefined;
  }
}

type Decoded =
  | { range: true; top: number; left: number; bottom: number; right: number }
  | { range: false; row: number | undefined; col: number | undefined };

// Math.min/max of undefined give NaN, as in ExcelJS.
const num = (v: number | undefined): number => (v === undefined ? NaN : v);

/** col-cache.js decodeEx without the sheet name: a range when there is a ':'. */
function decodeEx(value: string): Decoded {
  const reference = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value)?.[3] ?? '';
  const parts = reference.split(':');
  if (parts.length > 1) {
    const tl = decodeAddress(parts[0]!);
    const br = decodeAddress(parts[1]!);
    return {
      range: true,
      top: Math.min(num(tl.row), num(br.row)),
      left: Math.min(num(tl.col), num(br.col)),
      bottom: Math.max(num(tl.row), num(br.row)),
      right: Math.max(num(tl.col), num(br.col)),
    };
  }
  if (reference.startsWith('#')) return { range: false, row: undefined, col: undefined };
  return { range: false, ...decodeAddress(reference) };
}

/** Iterations of `for (i = from; i <= to; i++)`; NaN bounds give none. */
const span = (from: number, to: number): number => (to >= from ? to - from + 1 : 0);

/**
 * Addresses of `new Range(value)` in ExcelJS (doc/range.js): a missing or zero coordinate reads
 * as 1. What a merged range and a data validation range expand to; 0 when ExcelJS would throw.
 */
export function rangeCells(value: string): number {
  let d: Decoded;
  try {
    d = decodeEx(value);
  } catch {
    return 0;
  }
  const [t, l, b, r] = d.range
    ? d.top
      ? [d.top, d.left, d.bottom, d.right]
      : [undefined, undefined, undefined, undefined]
    : [d.row, d.col, d.row, d.col];
  const or1 = (v: number | undefined): number => (v ? v : 1);
  return span(or1(t), or1(b)) * span(or1(l), or1(r));
}

/** A data validation's `sqref`: ranges separated by blanks, each expanded (a single cell counts one). */
export function sqrefCells(sqref: string): number {
  let n = 0;
  for (const part of sqref.split(/\s+/)) n += part.includes(':') ? rangeCells(part) : 1;
  return n;
}

/** defined-name-xform.js extractRanges: comma-separated items, quoted sheet names may hold commas. */
function extractRanges(text: string): string[] {
  const valid = (item: string): boolean => {
    try {
      decodeEx(item);
      return true;
    } catch {
      return false;
    }
  };
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = '';
  for (const item of text.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (valid(item)) ranges.push(item);
      continue;
    }
    const even = quotes % 2 === 0;
    if (!quotesOpened && even && valid(item)) ranges.push(item);
    else if (quotesOpened && !even) {
      quotesOpened = false;
      if (valid(last + item)) ranges.push(last + item);
      last = '';
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/** The names ExcelJS turns into page setup instead of expanding them (workbook-xform.js). */
export const PRINT_NAMES: ReadonlySet<string> = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles']);

/** Cells ExcelJS's DefinedNames creates for one `definedName` element's text. */
export function namedCells(text: string): number {
  let n = 0;
  for (const item of extractRanges(text)) {
    if (!/[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/.test(item.split('!').pop() ?? '')) continue;
    const d = decodeEx(item);
    // CellMatrix.addCellEx: a range cell by cell when it has a (truthy) top, else one cell.
    n += d.range && d.top ? span(d.top, d.bottom) * span(d.left, d.right) : 1;
  }
  return n;
}

/** The number `parseInt(value, 10)` gives, as ExcelJS reads `r`, `min` and `max`; NaN for none. */
export const intAttr = (value: string | undefined): number =>
  value === undefined ? NaN : parseInt(value, 10);

/**
 * Bounds a JSON text before JSON.parse builds a single object: nesting depth and the number of
 * entries. 43 MB of `[[[…]]]` under an unknown key used to become 20 million arrays, 1,5 GB and
 * 13 s of work before anything looked at the keys. One pass over the characters, nothing
 * allocated; the JSON path of a refusal is looked up afterwards, only then.
 *
 * This does not check the syntax (JSON.parse does, afterwards); it only counts brackets and
 * commas outside strings.
 */
import { MAX_DEPTH } from './jsonSafety';
import type { ValidationError } from './validationError';
import { formatPath } from './validationError';

/**
 * Values a file may hold, counted as containers plus commas (every value but the first of each
 * container follows a comma, the first is counted with its container). A Land plan of 60.000
 * rows has about 860.000; a plan filling the 50 MB file limit without indentation (about
 * 180.000 rows) about 2,4 million.
 */
export const MAX_ENTRIES = 4_000_000;
/**
 * Keys of one object. V8 slows down sharply on objects with millions of keys (4 million took
 * 10 s to parse); the largest object of a plan, `formeln`, has one key per input cell with a
 * formula: 60.000 rows with a formula in each of their 4 inputs stay below this.
 */
export const MAX_KEYS_PER_OBJECT = 250_000;

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** Index of the quote closing the string opened at `start`, or text.length. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

/**
 * The first place the text crosses a bound, or null. Lean, as it runs over every character of
 * a 30 MB file: white space is passed first, a string is skipped to its closing quote with
 * indexOf (a quote after an odd run of backslashes is escaped), `c | 0x20` folds `[` onto `{`
 * and `]` onto `}` (no other character maps to those).
 */
function findExcess(text: string): { at: number; message: string } | null {
  let depth = 0;
  let entries = 0;
  // Per open container: its commas so far for an object, -1 for a list; `open` of them (a
  // stack without push and pop; unbalanced closers in a broken text only pop what is there).
  const keys: number[] = [];
  let open = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= SPACE) continue;
    if (c === QUOTE) {
      i = closingQuote(text, i);
      continue;
    }
    if (c === COMMA) {
      if (++entries > MAX_ENTRIES) return { at: i, message: tooManyEntries() };
      // The n-th comma of an object starts its (n+1)-th key.
      if (open > 0 && keys[open - 1]! >= 0 && ++keys[open - 1]! >= MAX_KEYS_PER_OBJECT)
        return {
          at: i,
          message: `zu viele Angaben in einem Objekt (höchstens ${MAX_KEYS_PER_OBJECT.toLocaleString('de-DE')})`,
        };
      continue;
    }
    const folded = c | 0x20;
    if (folded === OPEN_BRACE) {
      if (++depth > MAX_DEPTH)
        return { at: i, message: `zu tief verschachtelt (höchstens ${MAX_DEPTH} Ebenen)` };
      if (++entries > MAX_ENTRIES) return { at: i, message: tooManyEntries() };
      keys[open++] = c === OPEN_BRACE ? 0 : -1;
    } else if (folded === CLOSE_BRACE) {
      depth--;
      if (open > 0) open--;
    }
  }
  return null;
}

/** Index of the quote closing the string opened at `start`, or text.length. */
function closingQuote(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return text.length;
}

function tooManyEntries(): string {
  return `zu viele Einträge (höchstens ${MAX_ENTRIES.toLocaleString('de-DE')} Werte in einer Datei; ein Plan mit 60.000 Zeilen hat knapp 900.000)`;
}

function unescapeKey(raw: string): string {
  try {
    return String(JSON.parse(`"${raw}"`));
  } catch {
    return raw;
  }
}

/** The JSON path of the value being read at `position` (a second pass, only for a refusal). */
function pathAt(text: string, position: number): (string | number)[] {
  const frames: { array: boolean; index: number; key: string }[] = [];
  let expectKey = false;
  for (let i = 0; i < position; i++) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    if (c === QUOTE) {
      const end = endOfString(text, i);
      if (top && !top.array && expectKey) {
        const raw = text.slice(i + 1, end);
        top.key = raw.includes('\\') ? unescapeKey(raw) : raw;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      frames.push({ array: c === OPEN_BRACKET, index: 0, key: '' });
      expectKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      frames.pop();
    } else if (c === COMMA && top) {
      if (top.array) top.index++;
      else expectKey = true;
    }
  }
  return frames.map((f) => (f.array ? f.index : f.key));
}

/**
 * True when the text has fewer `,`, `[` and `{` (inside strings too) than one object may have
 * keys: then no count bound can be crossed, and only the depth is left unchecked. Counted with
 * indexOf (native, three times faster than the scan above): a plan of up to about 15.000 rows
 * needs no scan before JSON.parse. The caller must still refuse too deep a nesting: through the
 * schema (a valid plan is 8 levels deep) or with {@link checkJsonBounds} before it reports
 * anything else, so a refusal reads the same either way.
 */
export function fewEntries(text: string): boolean {
  // A plan text has 20–40 characters per value: one of 12 MB has far more than the bound, and
  // counting would only delay the scan (false only means "scan it").
  if (text.length > 12_000_000) return false;
  // Each counted character is one character of the text: a shorter text (a Jobcenter's plan,
  // ~200 KB) cannot reach the bound, and the three passes over it are saved.
  if (text.length < MAX_KEYS_PER_OBJECT) return true;
  let n = 0;
  for (const c of [',', '{', '[']) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1))
      if (++n >= MAX_KEYS_PER_OBJECT) return false;
  }
  return true;
}

/** A plan nests 7 levels deep: a path this long names any place in a real plan in full. */
const MAX_REPORTED_SEGMENTS = 8;

/**
 * Null when `text` is within the bounds; else one German problem with the JSON path where the
 * bound is crossed (of its ancestor 8 levels down, for a hostile deep one).
 */
export function checkJsonBounds(text: string): ValidationError | null {
  const excess = findExcess(text);
  if (!excess) return null;
  // Past a comma, the path names the value after it: the one too many.
  const through = text.charCodeAt(excess.at) === COMMA ? excess.at + 1 : excess.at;
  const path = pathAt(text, through).slice(0, MAX_REPORTED_SEGMENTS);
  return { path: formatPath('', path), message: excess.message };
}

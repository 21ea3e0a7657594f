/**
 * What a user types into a cell, read the German way: `1.234.567`, `1.234,56`, `2,2 Mio`,
 * `80 Tsd`, `80 T€`, `23,6 %`, `-5`, `1.234 €`, or a calculation after "=". Wrong input gives a
 * German message that names the text and the problem.
 */
import { evaluateArithmetic } from './arithmetic';
import { MAX_INPUT_LENGTH } from './limits';
import { parseNumberLiteral, scaleLiteral } from './numberLiteral';

export interface GermanNumber {
  ok: true;
  value: number;
  /** Typed with a trailing "%": the value is in percent points (`23,6 %` → 23.6). */
  percent: boolean;
  /** Typed with €, EUR or T€. */
  currency: boolean;
  /** Typed with Mio. or Tsd. (or T€). */
  scaled: boolean;
  /** Typed as a calculation starting with "=". */
  formula: boolean;
}

export type GermanNumberResult = GermanNumber | { ok: false; message: string };

/** Pasted numbers often carry non-breaking or narrow spaces around the unit. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007\t]/g, ' ').trim();
}

/** `"12,3,4": mehr als ein Dezimalkomma`: the text as typed, shortened if it is long. */
export function inputMessage(text: string, detail: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `"${shown}": ${detail}`;
}

export function parseGermanNumber(raw: string): GermanNumberResult {
  const text = normalizeSpaces(raw);
  const fail = (detail: string): GermanNumberResult => ({ ok: false, message: inputMessage(text, detail) });
  if (text === '') return fail('keine Zahl');
  if (text.length > MAX_INPUT_LENGTH) return fail(`zu lang (höchstens ${MAX_INPUT_LENGTH} Zeichen)`);

  if (text.startsWith('=')) {
    const r = evaluateArithmetic(text.slice(1));
    if (!r.ok) return fail(r.detail);
    return { ok: true, value: r.value, percent: false, currency: false, scaled: false, formula: true };
  }

  let rest = text;
  let negative = false;
  if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  }
  let currency = false;
  let percent = false;
  let exp = 0;
  const strip = (re: RegExp): boolean => {
    const m = re.exec(rest);
    if (!m) return false;
    rest = rest.slice(0, m.index).trim();
    return true;
  };
  if (rest.startsWith('€')) {
    currency = true;
    rest = rest.slice(1).trim();
  }
  if (strip(/%$/)) percent = true;
  // "T€" = Tausend Euro; checked before the lone "€" so the T is not left behind.
  if (strip(/(?<=[\d\s])T€$/i)) {
    currency = true;
    exp = 3;
  } else if (strip(/(€|EUR)$/i)) {
    currency = true;
  }
  if (!percent && strip(/%$/)) percent = true;
  if (exp === 0 && strip(/(?<=[\d\s])Mio\.?$/i)) exp = 6;
  else if (exp === 0 && strip(/(?<=[\d\s])Tsd\.?$/i)) exp = 3;
  if (percent && (currency || exp > 0)) return fail('"%" passt nicht zu € oder Mio./Tsd.');
  if (rest === '') return fail('keine Zahl');
  if (/\s/.test(rest)) return fail('Leerzeichen innerhalb der Zahl');

  const lit = parseNumberLiteral(rest);
  if (!lit.ok) return fail(lit.detail);
  const magnitude = scaleLiteral(lit, exp);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, percent, currency, scaled: exp > 0, formula: false };
}

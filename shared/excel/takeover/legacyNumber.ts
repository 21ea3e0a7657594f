/**
 * A number as a Jobcenter's workbook holds it: a number, a formula's stored result, or text
 * typed the German way ("1.234.567", "2,2 Mio. €", "rd. 50", "ca. 1.200"), "(2.500)" for a
 * figure shown only for information (nachrichtlich), "–" for none. Text that is no number
 * ("Betrag bei BaE enthalten", "ESF-Mittel") is a note, kept by the caller, never an amount.
 */
import { roundHalfAwayFromZero } from '../../number/rounding';
import { MAX_ANZAHL, MAX_BETRAG } from '../../input/limits';
import { parseGermanNumber } from '../../input/parseGermanNumber';
import { formatCount, formatEur, formatGermanPlain } from '../../format/numberFormat';
import type { LegacyCell } from './legacySheet';
import type { AmountUnit } from './mapping';

export type LegacyNumber =
  | { kind: 'empty' }
  | { kind: 'value'; value: number; nachrichtlich: boolean }
  /** Words, not a number: kept as a note. */
  | { kind: 'note'; text: string }
  /** Meant as a number but not usable: why, in German. */
  | { kind: 'bad'; text: string; reason: string };

/** "rd. 50", "ca. 1.200", "bis zu 80": the number is taken, the hedge dropped. */
const HEDGE =
  /^(?:rd\.?|rund|ca\.?|circa|zirka|etwa|ungefähr|~|≈|bis zu|max\.?|maximal|mind\.?|mindestens|geschätzt|voraussichtlich)\s*/iu;
/** Conventional marks for "no figure": a dash, "./.", "k. A.", "n. n.". */
const NONE = /^(?:[-–—]+|\.\/\.|x|k\.?\s?a\.?|n\.?\s?n\.?)$/iu;
const RANGE = /\d\s*(?:[-–—]|bis)\s*\d/u;
/** "12 TN", "80 Plätze": the count's own unit. */
const COUNT_UNIT = /\s*(?:tn|pers\.?|personen|plätze|eintritte|fälle)$/iu;
const GROUPED_BY_SPACES = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/u;

/** Text minus hedges and parentheses; `parens` when the whole was in parentheses. */
function unwrap(raw: string): { text: string; parens: boolean } {
  let text = raw.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
  let parens = false;
  for (let i = 0; i < 3; i++) {
    const m = /^\((.*)\)$/su.exec(text);
    if (m) {
      parens = true;
      text = m[1]!.trim();
    }
    const hedged = text.replace(HEDGE, '');
    if (hedged === text && !m) break;
    text = hedged.trim();
  }
  return { text, parens };
}

const looksNumeric = (t: string): boolean =>
  /\d/.test(t) && !/\p{L}{4,}/u.test(t.replace(/\b(mio|tsd|eur)\b/giu, ''));

/** A cell of an Eintritte or amount column; amounts in euros (× `unit` unless the text names its own). */
export function readLegacyNumber(
  cell: LegacyCell | undefined,
  kind: 'count' | 'eur',
  unit: AmountUnit,
): LegacyNumber {
  if (!cell) return { kind: 'empty' };
  if (cell.noResult)
    return {
      kind: 'bad',
      text: 'Formel',
      reason: 'die Formel hat keinen gespeicherten Wert (bitte in Excel neu berechnen und speichern)',
    };
  if (cell.error) return { kind: 'bad', text: cell.text, reason: 'Fehlerwert der Formel' };
  if (cell.date)
    return {
      kind: 'bad',
      text: cell.text,
      reason: 'ein Datum, keine Zahl (Excel hat die Eingabe umgewandelt)',
    };
  if (cell.number !== null) {
    const scaled = kind === 'eur' ? cell.number * unit : cell.number;
    return checked(scaled, cell.parens === true, formatGermanPlain(cell.number), kind);
  }
  const raw = cell.text.trim();
  if (raw === '') return { kind: 'empty' };
  const unwrapped = unwrap(raw);
  const parens = unwrapped.parens;
  const text = kind === 'count' ? unwrapped.text.replace(COUNT_UNIT, '') : unwrapped.text;
  if (text === '' || NONE.test(text)) return { kind: 'empty' };
  if (!looksNumeric(text)) return { kind: 'note', text: raw };
  if (RANGE.test(text))
    return { kind: 'bad', text: raw, reason: 'ein Bereich (von–bis), keine einzelne Zahl' };
  const spaced = GROUPED_BY_SPACES.test(text) ? text.replace(/ /g, '.') : text;
  const n = parseGermanNumber(spaced);
  if (!n.ok) return { kind: 'bad', text: raw, reason: n.message.replace(/^"[^"]*": /u, '') };
  if (n.percent) return { kind: 'bad', text: raw, reason: 'ein Prozentwert, keine Zahl dieser Spalte' };
  if (kind === 'count' && (n.currency || n.scaled))
    return { kind: 'bad', text: raw, reason: 'ein Betrag, hier wird eine Anzahl erwartet' };
  const value = kind === 'eur' && !n.scaled ? n.value * unit : n.value;
  return checked(value, parens, raw, kind);
}

function checked(value: number, nachrichtlich: boolean, text: string, kind: 'count' | 'eur'): LegacyNumber {
  if (value < 0) return { kind: 'bad', text, reason: 'negativ' };
  if (kind === 'count') {
    // Formulas leave binary remainders (3.0000000001); a real fraction of a person is refused.
    const whole = Math.round(value);
    if (Math.abs(value - whole) > 1e-6) return { kind: 'bad', text, reason: 'keine ganze Zahl' };
    if (whole > MAX_ANZAHL)
      return { kind: 'bad', text, reason: `zu groß (höchstens ${formatCount(MAX_ANZAHL)})` };
    return { kind: 'value', value: whole, nachrichtlich };
  }
  const cents = roundHalfAwayFromZero(value, 2);
  if (cents > MAX_BETRAG)
    return { kind: 'bad', text, reason: `zu groß (höchstens ${formatEur(MAX_BETRAG)})` };
  return { kind: 'value', value: cents, nachrichtlich };
}

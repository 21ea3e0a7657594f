/**
 * A cell edit: the typed text checked against what the cell holds (fachkonzept §2, §4).
 * Betrag: ≥ 0, whole cents; Anzahl: whole number ≥ 0; Anteil: typed in percent points
 * (`5` and `5 %` both mean 5 %), stored as a share between 0 and 1; Veränderung: like an
 * Anteil, but signed (`-1,4 %`) and between −100 % and +1.000 %.
 */
import type { InputUnit } from '../model/cellKey';
import { formatCount, formatEur, formatGermanPlain } from '../format/numberFormat';
import { cleanFloat, decimalPlaces, roundHalfAwayFromZero } from '../number/rounding';
import { MAX_ANZAHL, MAX_BETRAG, MAX_VERAENDERUNG, MIN_VERAENDERUNG } from './limits';
import { inputMessage, normalizeSpaces, parseGermanNumber } from './parseGermanNumber';

export type CellInputResult =
  /** `value: null` clears the cell; `formula` is the trimmed text when it started with "=". */
  { ok: true; value: number | null; formula?: string } | { ok: false; message: string };

export function parseCellInput(raw: string, unit: InputUnit): CellInputResult {
  const text = normalizeSpaces(raw);
  if (text === '') return { ok: true, value: null };
  const n = parseGermanNumber(text);
  if (!n.ok) return n;
  const fail = (detail: string): CellInputResult => ({ ok: false, message: inputMessage(text, detail) });
  // A calculation that misses the rules shows its result, so the user sees what went wrong.
  const got = n.formula ? `ergibt ${formatGermanPlain(n.value)}, ` : '';
  if (n.value < 0 && unit !== 'change') return fail(`${got}darf nicht negativ sein`);

  let value: number;
  switch (unit) {
    case 'eur':
      if (n.percent) return fail('hier wird ein Betrag erwartet, kein Prozentwert');
      if (!n.formula && decimalPlaces(n.value) > 2) return fail('höchstens zwei Nachkommastellen (Cent)');
      value = roundHalfAwayFromZero(n.value, 2);
      if (value > MAX_BETRAG) return fail(`${got}zu groß (höchstens ${formatEur(MAX_BETRAG)})`);
      break;
    case 'count':
      if (n.percent) return fail('hier wird eine Anzahl erwartet, kein Prozentwert');
      if (n.currency) return fail('hier wird eine Anzahl erwartet, kein Betrag');
      if (!Number.isInteger(n.value)) return fail(`${got}keine ganze Zahl`);
      if (n.value > MAX_ANZAHL) return fail(`${got}zu groß (höchstens ${formatCount(MAX_ANZAHL)})`);
      value = n.value;
      break;
    case 'ratio':
      if (n.currency || n.scaled) return fail('hier wird ein Prozentwert erwartet, kein Betrag');
      value = cleanFloat(n.value / 100);
      if (value > 1) return fail(`${got}muss zwischen 0 und 100 % liegen`);
      break;
    case 'change':
      if (n.currency || n.scaled) return fail('hier wird eine Veränderung in % erwartet, kein Betrag');
      value = cleanFloat(n.value / 100);
      if (value < MIN_VERAENDERUNG || value > MAX_VERAENDERUNG)
        return fail(
          `${got}muss zwischen ${formatGermanPlain(MIN_VERAENDERUNG * 100)} % und +${formatGermanPlain(MAX_VERAENDERUNG * 100)} % liegen`,
        );
      break;
    case 'decimal':
      if (n.percent) return fail('hier wird eine Zahl erwartet, kein Prozentwert');
      if (n.currency) return fail('hier wird eine Zahl erwartet, kein Betrag');
      if (!n.formula && decimalPlaces(n.value) > 2) return fail('höchstens zwei Nachkommastellen');
      value = roundHalfAwayFromZero(n.value, 2);
      if (value > MAX_ANZAHL) return fail(`${got}zu groß (höchstens ${formatCount(MAX_ANZAHL)})`);
      break;
  }
  return n.formula ? { ok: true, value, formula: text } : { ok: true, value };
}

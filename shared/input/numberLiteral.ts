/**
 * One German number without sign or unit: `555840`, `1.234.567`, `1.234,56`, `0,5`, `,5`.
 * The dot only groups thousands, the comma is the decimal mark, so `1.5` is refused rather
 * than guessed.
 */
export type NumberLiteral =
  { ok: true; value: number; mantissa: number; decimals: number } | { ok: false; detail: string };

/** More digits than a double holds exactly would silently change the number. */
const MAX_DIGITS = 15;

export function parseNumberLiteral(text: string): NumberLiteral {
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return { ok: false, detail: 'keine Zahl' };
  const parts = text.split(',');
  if (parts.length > 2) return { ok: false, detail: 'mehr als ein Dezimalkomma' };
  const [intPart = '', fracPart = ''] = parts;
  if (fracPart.includes('.')) return { ok: false, detail: 'Punkt nach dem Dezimalkomma' };
  if (parts.length === 2 && fracPart === '') return { ok: false, detail: 'nach dem Komma fehlen Ziffern' };
  if (intPart.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(intPart))
    return { ok: false, detail: 'Punkt nur als Tausendertrennzeichen (Dezimalzeichen ist das Komma)' };
  const intDigits = intPart.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const significant = (intDigits === '0' ? '' : intDigits) + fracPart;
  if (significant.replace(/^0+/, '').length > MAX_DIGITS)
    return { ok: false, detail: `zu viele Ziffern (höchstens ${MAX_DIGITS})` };
  // Integer mantissa ÷ power of ten: correctly rounded, so "0,07" is exactly the double 0.07.
  const mantissa = Number((intDigits || '0') + fracPart);
  const decimals = fracPart.length;
  return { ok: true, value: mantissa / 10 ** decimals, mantissa, decimals };
}

/** The literal × 10^exp without binary remainders (`2,2` × 10^6 = 2200000 exactly). */
export function scaleLiteral(lit: { mantissa: number; decimals: number }, exp: number): number {
  const shift = exp - lit.decimals;
  return shift >= 0 ? lit.mantissa * 10 ** shift : lit.mantissa / 10 ** -shift;
}

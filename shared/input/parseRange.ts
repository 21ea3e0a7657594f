/**
 * Case numbers as a range, typed in the Eintritte cell of a kommunal row (issue 15 B): `60–150`,
 * `60-150`, `60 - 150`, `60 bis 150`, `800–1.200`; a single number (`80`, `=40*2`) is one number
 * (no upper end). Each side is a whole number ≥ 0 read like any count (shared/input); the upper
 * end must not be below the lower. `formatRange` writes it back the way the documents print it
 * (shared/format/rangeFormat.ts).
 */
import { formatCount } from '../format/numberFormat';
import { parseCellInput } from './parseCellInput';
import { inputMessage, normalizeSpaces } from './parseGermanNumber';

export type RangeInputResult =
  /** `bis: null`: a single number; `formula`: a typed calculation (only for a single number). */
  { ok: true; von: number | null; bis: number | null; formula?: string } | { ok: false; message: string };

/** "60 bis 150", "60–150", "60 — 150", "60-150": the dash needs a digit or "." before it. */
const RANGE = /^(.*?[\d.])\s*(?:[-–—]|\s+bis\s+)\s*(\S.*)$/i;

export function parseRangeInput(raw: string): RangeInputResult {
  const text = normalizeSpaces(raw);
  if (text === '') return { ok: true, von: null, bis: null };
  const m = text.startsWith('=') ? null : RANGE.exec(text);
  if (!m) {
    const single = parseCellInput(text, 'count');
    if (!single.ok) return single;
    return single.formula !== undefined
      ? { ok: true, von: single.value, bis: null, formula: single.formula }
      : { ok: true, von: single.value, bis: null };
  }
  const side = (part: string, name: string): number | string => {
    if (part.trim().startsWith('='))
      return inputMessage(text, `eine Spanne nimmt keine Formel (${name} der Spanne)`);
    const r = parseCellInput(part, 'count');
    if (!r.ok) return `${r.message} (${name} der Spanne)`;
    return r.value ?? inputMessage(text, `${name} der Spanne fehlt`);
  };
  const von = side(m[1]!, 'Anfang');
  if (typeof von === 'string') return { ok: false, message: von };
  const bis = side(m[2]!, 'Ende');
  if (typeof bis === 'string') return { ok: false, message: bis };
  if (bis < von)
    return {
      ok: false,
      message: inputMessage(text, `die Spanne läuft rückwärts (${formatCount(von)} bis ${formatCount(bis)})`),
    };
  return { ok: true, von, bis: bis === von ? null : bis };
}

/** What a range cell opens with in its editor: "60–150" without thousands dots ("1200"), or the formula. */
export function rangeForEditing(von: number | null, bis: number | null, formula?: string): string {
  if (formula !== undefined && formula !== '' && (bis === null || bis === von)) return formula;
  if (von === null && bis === null) return '';
  return bis === null || bis === von ? String(von) : `${von ?? 0}–${bis}`;
}

/**
 * The number in an input cell: a typed value, or the stored result of the user's formula.
 * Anything else (text, an error, a fraction of a person, an amount beyond the limits) is not
 * taken; the reason says why in German.
 */
import type ExcelJS from 'exceljs';
import { MAX_ANZAHL, MAX_BETRAG, MAX_VERAENDERUNG, MIN_VERAENDERUNG } from '../../input/limits';
import type { CellKey } from '../../model/cellKey';
import { inputUnit, parseCellKey } from '../../model/cellKey';
import type { Num } from '../../model/plan';
import { constantText, formulaText, isFormula } from './cellValue';

export type ReadNumber = { ok: true; value: Num; formula?: string } | { ok: false; reason: string };

const german = (v: number): string => String(v).replace('.', ',');

function read(cell: ExcelJS.Cell | undefined): ReadNumber {
  if (!cell) return { ok: true, value: null };
  const v = cell.value;
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === 'number') return { ok: true, value: v };
  if (typeof v === 'string' || (typeof v === 'object' && 'richText' in v)) {
    const text = constantText(v);
    if (text.trim() === '') return { ok: true, value: null };
    return { ok: false, reason: 'keine Zahl' };
  }
  if (isFormula(v)) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined)
      return {
        ok: false,
        reason: 'die Formel hat keinen gespeicherten Wert; bitte in Excel neu berechnen und speichern',
      };
    if (typeof result === 'number') return { ok: true, value: result, formula: formulaText(cell) };
    if (result === '' || result === null) return { ok: true, value: null };
    return { ok: false, reason: 'das Ergebnis der Formel ist keine Zahl' };
  }
  return { ok: false, reason: 'keine Zahl' };
}

/** Checks the unit's rules (whole Eintritte, limits) and rounds euros to the cent. */
export function readInputNumber(cell: ExcelJS.Cell | undefined, key: CellKey): ReadNumber {
  const r = read(cell);
  if (!r.ok || r.value === null) return r;
  const value = r.value;
  if (!Number.isFinite(value)) return { ok: false, reason: 'kein gültiger Zahlenwert' };
  const ref = parseCellKey(key);
  switch (ref ? inputUnit(ref) : 'eur') {
    case 'count':
      if (!Number.isInteger(value) || value < 0)
        return { ok: false, reason: `${german(value)} ist keine ganze Zahl ≥ 0` };
      if (value > MAX_ANZAHL) return { ok: false, reason: `${german(value)} ist zu groß` };
      return r;
    case 'eur':
      if (value < 0) return { ok: false, reason: 'negative Beträge sind nicht erlaubt' };
      if (value > MAX_BETRAG) return { ok: false, reason: `${german(value)} € ist zu groß` };
      // Euro carry at most two decimals in the model; Excel arithmetic may leave binary remainders.
      return { ...r, value: Math.round(value * 100) / 100 };
    case 'ratio':
      if (value < 0 || value > 1)
        return { ok: false, reason: `${german(value * 100)} % liegt nicht zwischen 0 und 100 %` };
      return r;
    case 'change':
      if (value < MIN_VERAENDERUNG || value > MAX_VERAENDERUNG)
        return {
          ok: false,
          reason: `${german(value * 100)} % liegt nicht zwischen ${german(MIN_VERAENDERUNG * 100)} % und +${german(MAX_VERAENDERUNG * 100)} %`,
        };
      return r;
    case 'decimal':
      if (value < 0) return { ok: false, reason: `${german(value)} ist negativ` };
      if (value > MAX_ANZAHL) return { ok: false, reason: `${german(value)} ist zu groß` };
      return { ...r, value: Math.round(value * 100) / 100 };
  }
}

/**
 * The Finanzierung of a portfolio row as text, written once: the grid's cell and dropdown, the
 * workbook (whose import reads it back, excel/import/parseRowTexts.ts) and the print pack.
 */
import { findInstrumentRow } from './inputs';
import type { Finanzierung, Plan } from './plan';
import { missingCase } from './plan';

/** Kommunale Eingliederungsleistungen; the import reads both back (also "§ 16a" alone). */
export const KOMMUNAL_TEXT = 'kommunal (§ 16a SGB II)';
export const KOMMUNAL_KURZ = 'kommunal (§ 16a)';

/**
 * `short`: the programme without its parenthesised details, for print's narrow column (the
 * Drittmittel table prints them in full); the workbook writes the full name, which its import
 * reads back.
 */
export function finanzierungText(plan: Plan, f: Finanzierung, short = false): string {
  switch (f.art) {
    case 'EGT':
      return 'EGT';
    case 'Drittmittel': {
      const p = plan.drittmittel.find((d) => d.id === f.programmId);
      const name = short ? p?.programm.replace(/\s*\(.*\)\s*$/, '').trim() : p?.programm;
      return name ? `Drittmittel: ${name}` : 'Drittmittel';
    }
    case 'enthalten': {
      const r = f.inRowId ? findInstrumentRow(plan, f.inRowId) : undefined;
      return r ? `enthalten in: ${r.instrument}` : 'enthalten in anderer Position';
    }
    case 'kommunal':
      return short ? KOMMUNAL_KURZ : KOMMUNAL_TEXT;
    default:
      return missingCase(f);
  }
}

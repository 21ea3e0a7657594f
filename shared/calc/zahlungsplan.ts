/**
 * The months of a payment run (zielplanung.md C.1): a commitment from its first to its last
 * month, a multi-year portfolio row from its Beginn in the plan year for its Laufzeit. Cash of
 * a straight monthly run in a year = total × months in that year ÷ months of the run.
 */
import type { Verpflichtung } from '../model/budget';
export { MAX_LAUFZEIT } from '../model/budget';
import type { InstrumentRow, Plan } from '../model/plan';
import { monatIndex, monatParts } from '../model/monat';

/** First and last month as running month numbers (format/monthFormat.ts), both inclusive. */
export interface Lauf {
  start: number;
  end: number;
}

export const laufMonate = (l: Lauf): number => l.end - l.start + 1;

/** Months of the run up to the end of `jahr` (0 before it starts, all after it ends). */
export function monateBis(l: Lauf, jahr: number): number {
  return Math.max(0, Math.min(laufMonate(l), monatIndex(jahr, 12) - l.start + 1));
}

/** Months of the run inside `jahr`. */
export const monateIn = (l: Lauf, jahr: number): number => monateBis(l, jahr) - monateBis(l, jahr - 1);

/** The run of a commitment; null while a month is missing or the end lies before the start. */
export function verpflichtungLauf(v: Verpflichtung): Lauf | null {
  const b = monatParts(v.beginn);
  const e = monatParts(v.ende);
  if (!b || !e) return null;
  const start = monatIndex(b.jahr, b.monat);
  const end = monatIndex(e.jahr, e.monat);
  return end >= start ? { start, end } : null;
}

/** The year a commitment was entered into: as typed, else the year it begins. */
export function eingegangenIn(v: Verpflichtung): number | null {
  return v.jahr ?? monatParts(v.beginn)?.jahr ?? null;
}

/**
 * The run of a portfolio row's new entries, when it has Beginn and Laufzeit and its money is
 * EGT money that counts (not nachrichtlich): only such rows tie up later years of the EGT.
 */
export function rowLauf(plan: Plan, row: InstrumentRow): Lauf | null {
  if (row.beginn === undefined || row.laufzeit === undefined) return null;
  if (row.finanzierung.art !== 'EGT' || row.nachrichtlich) return null;
  const start = monatIndex(plan.header.year, row.beginn);
  return { start, end: start + row.laufzeit - 1 };
}

/** The instrument rows with a multi-year run, in plan order. */
export function mehrjaehrigeRows(plan: Plan): { row: InstrumentRow; lauf: Lauf }[] {
  const out: { row: InstrumentRow; lauf: Lauf }[] = [];
  for (const area of plan.schwerpunkte)
    for (const row of area.rows) {
      if (row.kind !== 'instrument') continue;
      const lauf = rowLauf(plan, row);
      if (lauf) out.push({ row, lauf });
    }
  return out;
}

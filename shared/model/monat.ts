/** Months as the register and the estimates store them (`YYYY-MM`), and their arithmetic. */

/** Year and month (1-12) of a stored month, or null. */
export function monatParts(stored: string): { jahr: number; monat: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(stored);
  if (!m) return null;
  const monat = Number(m[2]);
  return monat >= 1 && monat <= 12 ? { jahr: Number(m[1]), monat } : null;
}

/** A running month number (months since year 0), so runs can be counted by subtraction. */
export const monatIndex = (jahr: number, monat: number): number => jahr * 12 + (monat - 1);

/** `YYYY-MM` of a running month number. */
export function monatText(index: number): string {
  const jahr = Math.floor(index / 12);
  return `${jahr}-${String((index % 12) + 1).padStart(2, '0')}`;
}

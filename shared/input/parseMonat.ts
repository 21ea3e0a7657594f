/**
 * A month as a planner types it: `09.2016`, `9/2016`, `01.09.2016` (the day is dropped),
 * `2016-09`; stored as `YYYY-MM`. Empty text clears the month.
 */
export type MonatResult = { ok: true; value: string } | { ok: false; message: string };

const PATTERNS: readonly RegExp[] = [
  /^(?<monat>\d{1,2})\s*[./-]\s*(?<jahr>\d{4})$/,
  /^\d{1,2}\s*\.\s*(?<monat>\d{1,2})\s*\.\s*(?<jahr>\d{4})$/,
  /^(?<jahr>\d{4})-(?<monat>\d{1,2})(?:-\d{1,2})?$/,
];

export function parseMonat(raw: string): MonatResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: '' };
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const jahr = Number(m.groups.jahr);
    const monat = Number(m.groups.monat);
    if (monat < 1 || monat > 12)
      return { ok: false, message: `„${text}“: Monat ${monat} gibt es nicht (1 bis 12).` };
    if (jahr < 1990 || jahr > 2200)
      return { ok: false, message: `„${text}“: Jahr ${jahr} liegt außerhalb von 1990 bis 2200.` };
    return { ok: true, value: `${jahr}-${String(monat).padStart(2, '0')}` };
  }
  return { ok: false, message: `„${text}“ ist kein Monat; erwartet z. B. 09.2016.` };
}

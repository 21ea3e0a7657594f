/**
 * German dates and times, one formatter for the whole app: lists and messages (Start screen,
 * Versionen, Änderungsprotokoll), the save indicator, the cover of the print pack and of the
 * workbook, and file names. Always German time (Europe/Berlin), whatever the machine's zone
 * (a CI server, a laptop set to UTC), so the screen, the workbook and the PDF name the same
 * day and hour. A timestamp that cannot be read is shown as given, never as "Invalid Date".
 */
const ZONE = 'Europe/Berlin';

/** An ISO 8601 timestamp as stored (`2015-11-12T10:00:00.000Z`) or a Date. */
export type When = string | Date;

const DAY = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: ZONE } as const;
const DATE = new Intl.DateTimeFormat('de-DE', DAY);
const DATE_TIME = new Intl.DateTimeFormat('de-DE', { ...DAY, hour: '2-digit', minute: '2-digit' });
const TIME = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: ZONE,
});

function readable(when: When, format: (d: Date) => string): string {
  const d = when instanceof Date ? when : new Date(when);
  return Number.isNaN(d.getTime()) ? String(when) : format(d);
}

/** `12.11.2015` (the Stand on the print pack's cover). */
export function formatDate(when: When): string {
  return readable(when, (d) => DATE.format(d));
}

/** `12.11.2015, 11:00`: when a plan, a version or an edit was saved. */
export function formatDateTime(when: When): string {
  return readable(when, (d) => DATE_TIME.format(d));
}

/** `11:00:05`: the time of day to the second ("Zuletzt gespeichert um …"). */
export function formatTime(when: When): string {
  return readable(when, (d) => TIME.format(d));
}

/** `12.11.2015, 11:00 Uhr`: the Stand of a plan as the workbook's Deckblatt writes it. */
export function formatStand(when: When): string {
  return readable(when, (d) => `${DATE_TIME.format(d)} Uhr`);
}

/** `2015-11-12`: the German calendar day in ISO order, for file names that sort by date. */
export function isoDate(when: When): string {
  return readable(when, (d) => {
    const part = (type: string) => DATE.formatToParts(d).find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  });
}

/**
 * Jobcenter and plan year of the new plan, guessed from the titles above the table ("AMIP 2016
 * – Jobcenter Teststadt"), the sheet name and the file name. Not found: null, and the app asks
 * (the CLI takes its documented defaults).
 */
import type { LegacySheet } from './legacySheet';

export interface HeaderGuess {
  jobcenter: string | null;
  year: number | null;
}

/** "Jobcenter Kreis Mettmann", "JC Teststadt", "des Jobcenters Frankfurt am Main". Case matters: German nouns are capitalised. */
const JOBCENTER = /(?<![\p{L}])(?:[Jj]obcenters?|JOBCENTER|[Jj]ob-[Cc]enter|JC)\s+(.+)$/u;
const PLACE_WORD = /^(?:[\p{Lu}][\p{L}.'-]*|an|der|am|im|in|\(\p{L}+\))$/u;
/** Years a plan may have; dates ("Stand 01.10.2015") name none. */
const YEARS = /(?<![\d.])(199\d|2[01]\d\d)(?![\d])/gu;
/** Words that end the place: the title goes on ("Jobcenter Teststadt Arbeitsmarktprogramm 2016"). */
const NOT_PLACE =
  /^(?:arbeitsmarkt|integrations|programm|planung|plan|maßnahme|eingliederung|amip|jahr|haushalt|stand|entwurf)/iu;

export function jobcenterIn(text: string): string | null {
  const m = JOBCENTER.exec(text.replace(/_/g, ' '));
  if (!m) return null;
  const words: string[] = [];
  for (const raw of m[1]!.split(/\s+/)) {
    const word = raw.replace(/[:;,–]+$/u, '');
    if (words.length >= 4 || !PLACE_WORD.test(word) || NOT_PLACE.test(word)) break;
    words.push(word);
    if (word !== raw) break;
  }
  // "am", "im" only inside a name ("Frankfurt am Main"), never at its end.
  while (words.length > 0 && /^(?:an|der|am|im|in)$/u.test(words.at(-1)!)) words.pop();
  return words.length === 0 ? null : `Jobcenter ${words.join(' ').replace(/[.-]+$/u, '')}`;
}

export function yearIn(text: string): number | null {
  const clean = text.replace(/\d{1,2}\.\d{1,2}\.\d{2,4}/g, ' ');
  const years = [...clean.matchAll(YEARS)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

/** Texts above the header row, then the sheet name, then the file name (without extension). */
export function guessHeader(
  sheet: LegacySheet,
  headerRow: number,
  fileName: string,
  columnYear: number | null,
): HeaderGuess {
  const titles = sheet.rows
    .filter((r) => r.row < headerRow)
    .flatMap((r) => r.cells.map((c) => c.text))
    .filter(Boolean);
  const base = fileName.replace(/\.xlsx$/iu, '');
  const sources = [...titles, sheet.name, base];
  let jobcenter: string | null = null;
  for (const s of sources) if ((jobcenter = jobcenterIn(s))) break;
  let year: number | null = null;
  for (const s of [titles.join(' '), sheet.name, base]) if ((year = yearIn(s)) !== null) break;
  return { jobcenter, year: year ?? columnYear };
}

/**
 * Column headers of Jobcenter workbooks in their many spellings: "Maßnahme", "Instrument",
 * "Angebot"; "Eintritte", "Plätze", "TN", "Teilnehmende"; "Mittelansatz in Tsd. €", "Kosten",
 * "Betrag"; "Kat."; "Finanzierung"; "Funktion", "Bemerkung"; Vorjahr columns as "Ist 2015",
 * "Plan 2015" or "Vorjahr". The order of the tests matters: "Kosten je TN" is a derived figure,
 * not an amount, and "Mittelherkunft" is a Finanzierung, not an amount.
 */
import type { AmountUnit } from './mapping';

/** Lower case, one space, soft hyphens and hyphenation at line breaks ("Teil-\nnehmende") gone. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLocaleLowerCase('de-DE');
}

export type HeaderKind =
  | 'instrument'
  | 'kategorie'
  | 'finanzierung'
  | 'funktion'
  | 'count'
  | 'money'
  /** Only a year or "Ist"/"Vorjahr": a number column, Eintritte or money to be decided. */
  | 'number'
  | 'ignore';

export interface HeaderInfo {
  kind: HeaderKind;
  /** Year named in the header ("Plan 2016", "Ist 2015"). */
  year: number | null;
  /** Says it is the past: "Ist", "Vorjahr", "VJ". */
  past: boolean;
  /** Unit named in the header; null when none is named. */
  unit: AmountUnit | null;
}

/** Derived or bookkeeping columns: per-entry costs, changes, shares, numbering, periods. */
const DERIVED =
  /(?<![\p{L}])(je|pro)(?![\p{L}])|durchschnitt|ø|veränderung|differenz|abweichung|anteil|%|quote|(?<![\p{L}])(lfd|nr|nummer|pos|zeitraum|laufzeit|dauer|beginn|ende)(?![\p{L}])/u;
const FINANZIERUNG =
  /finanzierung|mittelherkunft|kostenträger|herkunft der mittel|(?<![\p{L}])(quelle|fonds)(?![\p{L}])/u;
const KATEGORIE = /kategorie|förderkat|(?<![\p{L}])(kat|fk)(?![\p{L}])/u;
const FUNKTION =
  /funktion|beschreibung|(?<![\p{L}])ziel|bemerkung|erläuterung|anmerkung|hinweis|inhalt|zweck|kommentar/u;
const COUNT =
  /eintritt|plätze|plaetze|(?<![\p{L}])(tn|platz|anzahl|personen|fälle|zugänge)(?![\p{L}])|teilnehm|teilnahme/u;
const MONEY =
  /mittelansatz|betrag|beträge|kosten|(?<![\p{L}])(mittel|ansatz|eur|euro|budget|ausgaben|volumen|t€|teur)(?![\p{L}])|€|haushaltsmittel|planansatz|mittelbedarf/u;
const INSTRUMENT =
  /maßnahme|massnahme|instrument|angebot|bezeichnung|projekt|leistung|(?<![\p{L}])(titel|name)(?![\p{L}])/u;
const PAST = /vorjahr|(?<![\p{L}])(vj|ist)(?![\p{L}])/u;
const YEAR = /(?<!\d)(19[9]\d|2[01]\d\d)(?!\d)/u;
const PLAN_OR_YEAR_ONLY =
  /^(plan|ist|soll|vorjahr|vj|planung|ergebnis|haushaltsjahr|jahr)?\s*(19[9]\d|2[01]\d\d)?$/u;

export function unitOf(normalized: string): AmountUnit | null {
  if (/(?<![\p{L}])mio(?![\p{L}])|million/u.test(normalized)) return 1_000_000;
  if (/(?<![\p{L}])(tsd|teur|t)\s?(€|eur)|(?<![\p{L}])tsd(?![\p{L}])|tausend|t€/u.test(normalized))
    return 1_000;
  if (/€|(?<![\p{L}])(eur|euro)(?![\p{L}])/u.test(normalized)) return 1;
  return null;
}

export function yearOf(normalized: string): number | null {
  // A date ("Stand 01.10.2015") names no plan year.
  const m = YEAR.exec(normalized.replace(/\d{1,2}\.\d{1,2}\.\d{2,4}/g, ''));
  return m ? Number(m[1]) : null;
}

/** What a header text says about its column. */
export function classifyHeader(text: string): HeaderInfo {
  const t = normalizeText(text);
  const info = (kind: HeaderKind): HeaderInfo => ({
    kind,
    year: yearOf(t),
    past: PAST.test(t),
    unit: unitOf(t),
  });
  if (t === '') return info('ignore');
  if (DERIVED.test(t)) return info('ignore');
  if (FINANZIERUNG.test(t)) return info('finanzierung');
  if (KATEGORIE.test(t)) return info('kategorie');
  if (FUNKTION.test(t)) return info('funktion');
  if (COUNT.test(t)) return info('count');
  if (MONEY.test(t)) return info('money');
  if (INSTRUMENT.test(t)) return info('instrument');
  if (PLAN_OR_YEAR_ONLY.test(t) && (yearOf(t) !== null || PAST.test(t))) return info('number');
  return info('ignore');
}

/** A group heading above the column headers that adds a year or a unit ("Plan 2016", "in Tsd. €"). */
export function isGroupText(text: string): boolean {
  const t = normalizeText(text);
  return t.length <= 40 && (yearOf(t) !== null || PAST.test(t) || unitOf(t) !== null);
}

/** A line under the headers naming units: "Anzahl", "Tsd. €", "in €", "Personen". */
export function isUnitText(text: string): boolean {
  const t = normalizeText(text);
  return isGroupText(t) || /^(?:\(?(?:anzahl|personen|tn|plätze|fälle|%)\)?)$/u.test(t);
}

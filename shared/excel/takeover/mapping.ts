/**
 * The mapping the takeover proposes and the user corrects before anything is created: which
 * sheet, which row holds the column headers, which column feeds which field of a portfolio
 * row, and in which unit the amounts are written.
 */
import { columnLetter } from './legacySheet';

export type TakeoverField =
  | 'ignorieren'
  | 'instrument'
  | 'kategorie'
  | 'eintritte'
  | 'mittelansatz'
  | 'finanzierung'
  | 'funktion'
  | 'vorjahrEintritte'
  | 'vorjahrMittel';

/** The fields in the order the dropdowns offer them, with their German labels. */
export const FIELD_LABELS: Readonly<Record<TakeoverField, string>> = {
  ignorieren: 'nicht übernehmen',
  instrument: 'Maßnahme',
  kategorie: 'Förderkategorie',
  eintritte: 'Eintritte',
  mittelansatz: 'Mittelansatz',
  finanzierung: 'Finanzierung',
  funktion: 'Funktion',
  vorjahrEintritte: 'Eintritte Vorjahr',
  vorjahrMittel: 'Mittel Vorjahr',
};
export const TAKEOVER_FIELDS = Object.keys(FIELD_LABELS) as TakeoverField[];

export type NumberField = 'eintritte' | 'mittelansatz' | 'vorjahrEintritte' | 'vorjahrMittel';
export const NUMBER_FIELDS: readonly NumberField[] = [
  'eintritte',
  'mittelansatz',
  'vorjahrEintritte',
  'vorjahrMittel',
];
export const isMoneyField = (f: NumberField): boolean => f === 'mittelansatz' || f === 'vorjahrMittel';

/** Euro per unit the amounts are written in. */
export type AmountUnit = 1 | 1_000 | 1_000_000;
export const UNIT_LABELS: Readonly<Record<AmountUnit, string>> = {
  1: '€',
  1000: 'Tsd. €',
  1000000: 'Mio. €',
};
export const AMOUNT_UNITS: readonly AmountUnit[] = [1, 1_000, 1_000_000];

export interface ColumnMapping {
  col: number;
  /** The header as the file shows it (group heading above included), for the preview. */
  header: string;
  field: TakeoverField;
}

export interface TakeoverMapping {
  sheet: string;
  /** 1-based row of the column headers. */
  headerRow: number;
  columns: ColumnMapping[];
  unit: AmountUnit;
}

/** Only Funktion may come from several columns (Funktion, Bemerkung, Zielgruppe …): joined. */
const MULTI: ReadonlySet<TakeoverField> = new Set(['ignorieren', 'funktion']);

/** What keeps the mapping from being used, in German; empty when it can be used. */
export function mappingProblems(m: TakeoverMapping): string[] {
  const problems: string[] = [];
  const by = new Map<TakeoverField, number[]>();
  for (const c of m.columns) by.set(c.field, [...(by.get(c.field) ?? []), c.col]);
  if (!by.has('instrument')) problems.push('Keine Spalte ist der Maßnahme zugeordnet.');
  if (!by.has('eintritte') && !by.has('mittelansatz'))
    problems.push('Weder Eintritte noch Mittelansatz ist einer Spalte zugeordnet.');
  for (const [field, cols] of by)
    if (cols.length > 1 && !MULTI.has(field))
      problems.push(
        `„${FIELD_LABELS[field]}“ ist mehreren Spalten zugeordnet (${cols.map(columnLetter).join(', ')}); bitte nur einer.`,
      );
  return problems;
}

/** The column of `field`, or undefined (Funktion: the first of its columns). */
export function columnOf(m: TakeoverMapping, field: TakeoverField): number | undefined {
  return m.columns.find((c) => c.field === field)?.col;
}

/**
 * The takeover's report in German, the same lines in the app's dialog and on the command line:
 * every total of the workbook that disagrees with its rows (`Zeile 14 „Summe“: in der Datei
 * 812.400 €, berechnet 798.150 €, Differenz 14.250 €`), every cell or row not read, and the
 * notes turned into Finanzierung; the mapping as it was used.
 */
import { formatCount, formatEur } from '../../format/numberFormat';
import { columnLetter } from './legacySheet';
import type { NumberField, TakeoverMapping } from './mapping';
import { FIELD_LABELS, UNIT_LABELS, isMoneyField } from './mapping';
import type { TakeoverAnalysis, TotalCheck } from './takeoverRows';

const shown = (v: number, field: NumberField): string =>
  isMoneyField(field) ? formatEur(v) : formatCount(v);

/** Money amounts are compared in cents; the difference is shown the same way. */
function difference(c: TotalCheck): number {
  return isMoneyField(c.field)
    ? (Math.round(c.inFile * 100) - Math.round(c.computed * 100)) / 100
    : c.inFile - c.computed;
}

/** One total of the file against its rows; the Mittelansatz without naming the column. */
export function totalLine(c: TotalCheck): string {
  const column = c.field === 'mittelansatz' ? '' : ` (${FIELD_LABELS[c.field]})`;
  return `Zeile ${c.row} „${c.label.replace(/\s+/g, ' ').trim()}“${column}: in der Datei ${shown(c.inFile, c.field)}, berechnet ${shown(c.computed, c.field)}, Differenz ${shown(difference(c), c.field)}`;
}

export const wrongTotals = (a: TakeoverAnalysis): TotalCheck[] =>
  a.totals.flatMap((t) => t.checks.filter((c) => !c.ok));

export interface TakeoverReport {
  /** Totals of the file that disagree with the sum of their rows. */
  wrongTotals: string[];
  /** Totals checked in all (each column of each total row counts once). */
  checkedTotals: number;
  /** Cells and rows that could not be read. */
  problems: string[];
  hints: string[];
}

export function takeoverReport(a: TakeoverAnalysis): TakeoverReport {
  return {
    wrongTotals: wrongTotals(a).map(totalLine),
    checkedTotals: a.totals.reduce((n, t) => n + t.checks.length, 0),
    problems: a.problems.map((p) => p.text),
    hints: a.hints.map((h) => h.text),
  };
}

/** "Spalte C „Plätze“ → Eintritte", one line per column. */
export function mappingLines(m: TakeoverMapping): string[] {
  return m.columns.map(
    (c) =>
      `Spalte ${columnLetter(c.col)} ${c.header ? `„${c.header}“` : '(ohne Überschrift)'} → ${FIELD_LABELS[c.field]}`,
  );
}

export const unitLabel = (m: TakeoverMapping): string => UNIT_LABELS[m.unit];

/** "3 Handlungsschwerpunkte, 17 Maßnahmen, 5 Summenzeilen" for the summary. */
export function countsLine(a: TakeoverAnalysis): string {
  const n = (k: number, one: string, many: string) => `${formatCount(k)} ${k === 1 ? one : many}`;
  return [
    n(a.blocks.length, 'Handlungsschwerpunkt', 'Handlungsschwerpunkte'),
    n(a.rows.length, 'Maßnahme', 'Maßnahmen'),
    n(a.totals.length, 'Summenzeile', 'Summenzeilen'),
  ].join(', ');
}

/** What the takeover reads from a sheet, before it becomes a plan: rows, blocks, totals, report lines. */
import type { Num } from '../../model/plan';
import type { TotalScope } from './legacyTexts';
import type { NumberField, TakeoverMapping } from './mapping';

export type TakeoverFinanzierung =
  | { art: 'EGT' }
  | { art: 'Drittmittel'; programm: string }
  /** Money inside the row at this index of `rows`. */
  | { art: 'enthalten'; target: number };

export interface TakeoverRow {
  /** Excel row number. */
  row: number;
  /** Index into `blocks`. */
  block: number;
  instrument: string;
  kategorie: string | null;
  eintritte: Num;
  mittelansatz: Num;
  vorjahrEintritte: Num;
  vorjahrMittel: Num;
  nachrichtlich: boolean;
  finanzierung: TakeoverFinanzierung;
  funktion: string;
}

export interface TakeoverBlock {
  name: string;
  /** Row of the heading; null for rows before any heading. */
  row: number | null;
}

/** A number of a total row of the file and the sum recomputed from its rows. */
export interface TotalCheck {
  row: number;
  label: string;
  field: NumberField;
  inFile: number;
  computed: number;
  ok: boolean;
}

export interface FileTotal {
  row: number;
  label: string;
  scope: TotalScope;
  checks: TotalCheck[];
}

/** A line of the report: where (row, cell) and what, in German. */
export interface ReportLine {
  row: number;
  cell?: string;
  text: string;
}

export interface TakeoverAnalysis {
  mapping: TakeoverMapping;
  blocks: TakeoverBlock[];
  rows: TakeoverRow[];
  totals: FileTotal[];
  /** What could not be read (cell text that is no usable number, rows without an instrument …). */
  problems: ReportLine[];
  /** What was read in a way worth saying (notes turned into Finanzierung, sub-headings …). */
  hints: ReportLine[];
}

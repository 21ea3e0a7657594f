/** What the Land view holds after consolidation (zielplanung.md D): pure data, no plan needed. */
import type { FigureUnit } from '../calc/figureDef';
import type { KategorieBaseKey } from '../calc/landFigures';
import type { Num, Traegerform } from '../model/plan';

/** A plan as it came in: where from (file path or "Datenbank: …") and its content. */
export interface LandSource {
  source: string;
  plan: import('../model/plan').Plan;
  /** The plan's id in the local database, when it came from there (the view opens it). */
  storedId?: string;
}

export interface KategorieEntry {
  /** Förderkategorie key (`III`), or '' for rows without a Förderkategorie. */
  key: string;
  name: string;
  values: Record<KategorieBaseKey, Num>;
  rates: Record<string, Num>;
}

export interface JobcenterEntry {
  /** Position in the whole Land (1…n), the key of its rows in the workbook. */
  nr: number;
  source: string;
  storedId?: string;
  planId: string;
  jobcenter: string;
  year: number;
  variante: string;
  traegerform: Traegerform | null;
  /** LAND_BASES and LAND_RATES by key; null = missing (not guessed). */
  values: Record<string, Num>;
  kategorien: KategorieEntry[];
}

/** A Jobcenter's row before its number in the Land is known (planShare.ts). */
export type PlanEntry = Omit<JobcenterEntry, 'nr'>;

/**
 * What the consolidation needs of one plan (planShare.ts): its row with the Kategorie lines,
 * the labels its FigureDefs give the Land keys, and each consolidation part's share by part id.
 * Plain data, a few KB: the Land view's workers send this instead of the whole plan.
 */
export interface PlanShare {
  entry: PlanEntry;
  labels: Record<string, string>;
  units: Record<string, FigureUnit>;
  parts: Record<string, unknown>;
}

export interface Outlier {
  nr: number;
  jobcenter: string;
  /** A LAND_RATES key, or `kategorie.<key>.<rate>`. */
  figure: string;
  label: string;
  value: number;
  side: 'niedrig' | 'hoch';
  lower: number;
  upper: number;
}

/** A Land total: Σ bases; rates from Σ bases over the Jobcenters that have both. */
export interface LandTotal {
  value: Num;
  /** Jobcenters left out because a base is missing (shown, not guessed). */
  leftOut: string[];
}

/** A table a consolidation part adds (e.g. Zielplanung): drawn by the workbook, view and print. */
export interface PartLine {
  label: string;
  unit: FigureUnit | 'text';
  value: Num | string;
  note?: string;
  /** How the line follows from the part's data rows (the workbook writes it as a formula). */
  formula?: PartFormula;
}

/**
 * A line's figure over the part's data rows of one `block` (a Kennzahl and segment, or a count):
 * `rows` counts them; `sum` is Σ `of` (empty when no row has it); `rate` Σ num ÷ Σ den over the
 * rows with both; `change` that rate − 1; `rateChange` the rate of num/den ÷ the rate of
 * numVorjahr/denVorjahr − 1 over the rows with all four and den ≠ 0; `reached` "n von m
 * erreicht" from `of` (1 erreicht, 0 nicht, empty noch nicht beurteilt).
 */
export type PartFormula =
  | { kind: 'rows'; block: string }
  | { kind: 'sum'; block: string; of: string }
  | { kind: 'rate' | 'change'; block: string; num: string; den: string }
  | {
      kind: 'rateChange';
      block: string;
      num: string;
      den: string;
      numVorjahr: string;
      denVorjahr: string;
    }
  | { kind: 'reached'; block: string; of: string };

/** One Jobcenter's bases behind a part's Land figures (the workbook's data sheet). */
export interface PartDataRow {
  /** JobcenterEntry.nr. */
  nr: number;
  jobcenter: string;
  block: string;
  /** What the block is, in German (`K2 Integrationsquote`). */
  label: string;
  values: Record<string, Num>;
}

export interface PartTable {
  id: string;
  title: string;
  lines: PartLine[];
  /** `compute`-style keys for `--json`. */
  figures: Record<string, Num>;
  /** The value columns of `rows` (key and German heading), when the lines have formulas. */
  columns?: { key: string; label: string }[];
  rows?: PartDataRow[];
}

export interface LandGroup {
  /** `2016 · gE` */
  label: string;
  year: number;
  traegerform: Traegerform | null;
  jobcenter: JobcenterEntry[];
  totals: Record<string, LandTotal>;
  kategorien: { key: string; name: string; totals: Record<string, LandTotal> }[];
  outliers: Outlier[];
  parts: PartTable[];
}

export interface Duplicate {
  source: string;
  /** The source already taken for the same Jobcenter, year and variant. */
  keptSource: string;
  jobcenter: string;
  year: number;
  variante: string;
}

export interface Consolidation {
  groups: LandGroup[];
  duplicates: Duplicate[];
  /** German labels of every key in values/totals (from the plans' FigureDefs and landFigures). */
  labels: Record<string, string>;
  units: Record<string, FigureUnit>;
}

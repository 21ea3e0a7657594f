/**
 * The plan model: one Jobcenter, one planning year, one variant (fachkonzept §2).
 *
 * Amounts are Euro as JS numbers with at most two decimals (validated on input); every sum of
 * money is computed in integer cents (calc/evaluate.ts), exact to the cent within the limits of
 * input/limits.ts. Counts (Eintritte, Plätze) are whole numbers. `null` means an empty cell.
 */

export const SCHEMA_VERSION = 1 as const;

export type Id = string;
/** An input cell that may be empty. */
export type Num = number | null;

export type PlanStatus = 'Entwurf' | 'Abstimmung' | 'beschlossen' | 'Fortschreibung';
export const PLAN_STATUSES: readonly PlanStatus[] = [
  'Entwurf',
  'Abstimmung',
  'beschlossen',
  'Fortschreibung',
];

/**
 * Trägerform (zielplanung.md A.1, D.1): a gemeinsame Einrichtung (gE, targets on the
 * BA/Kommune line) or a zugelassener kommunaler Träger (zkT, targets agreed with the Land).
 * A Land view keeps the two apart.
 */
export type Traegerform = 'gE' | 'zkT';
export const TRAEGERFORMEN: readonly Traegerform[] = ['gE', 'zkT'];

export interface PlanHeader {
  jobcenter: string;
  year: number;
  vorjahr: number;
  status: PlanStatus;
  variante: string;
  author: string;
  /** ISO 8601 timestamp of the last change. */
  changedAt: string;
  /** Plan this one was carried forward from (Fortschreibung) or duplicated from. */
  sourcePlanId?: Id;
  /** Globalbudget (EGT + VWB) as stated in the source document; informational. */
  globalbudget?: Num;
  /** Optional: a plan without it is grouped as "Trägerform nicht angegeben" in the Land view. */
  traegerform?: Traegerform;
}

/** A value for the plan year and for the Vorjahr column. */
export interface YearPair {
  plan: Num;
  vorjahr: Num;
}

export type YearColumn = keyof YearPair;
export const YEAR_COLUMNS: readonly YearColumn[] = ['plan', 'vorjahr'];

/**
 * Umschichtung in das VWB: the user types either the amount or the share of the Summe
 * Eingliederungsmittel; the other one follows (fachkonzept §2.1).
 */
export type UmschichtungInput = { mode: 'betrag'; betrag: Num } | { mode: 'quote'; quote: Num };

export interface Zuweisung {
  id: Id;
  name: string;
  betrag: YearPair;
}

export interface AusserhalbEgt {
  id: Id;
  name: string;
  betrag: Num;
}

export interface Haushalt {
  mittelausstattung: YearPair;
  rueckeinnahmen: YearPair;
  zuweisungen: Zuweisung[];
  umschichtung: { plan: UmschichtungInput; vorjahr: UmschichtungInput };
  vorbindungen: YearPair;
  /** Money outside the EGT, not mutually coverable with it: shown beside, never mixed in. */
  ausserhalbEgt: AusserhalbEgt[];
}

export interface Drittmittel {
  id: Id;
  programm: string;
  bewilligungGesamt: Num;
  /** Period of the whole grant, e.g. "2015-2020". */
  zeitraum: string;
  betragJahr: Num;
  /** Share of betragJahr that pays staff; the rest pays services (AMDL). */
  davonPersonal: Num;
}

export type Finanzierung =
  | { art: 'EGT' }
  | { art: 'Drittmittel'; programmId: Id | null }
  /**
   * Entries counted here, money inside another row's Mittelansatz ("Betrag bei BaE enthalten").
   * That row must carry money: an EGT- or Drittmittel-financed instrument row, not a reference,
   * not nachrichtlich, not this row and not "enthalten in" itself (no chains, so no cycles).
   * The one rule is model/enthaltenIn.ts; null = not chosen yet.
   */
  | { art: 'enthalten'; inRowId: Id | null };

export interface InstrumentRow {
  kind: 'instrument';
  id: Id;
  instrument: string;
  /** Key of a Förderkategorie or one of its lines (master data), or null. */
  kategorie: string | null;
  eintritte: Num;
  mittelansatz: Num;
  finanzierung: Finanzierung;
  /** Shown for information in parentheses, left out of every sum. */
  nachrichtlich: boolean;
  vorjahrEintritte: Num;
  vorjahrMittel: Num;
  funktion: string;
  /** This row is the Förderung der beruflichen Weiterbildung the Bildungszielplanung must match. */
  fbw: boolean;
}

/** A row shown in one area but owned by another: it never adds to the grand total. */
export interface ReferenceRow {
  kind: 'reference';
  id: Id;
  ownerRowId: Id;
}

export type PortfolioRow = InstrumentRow | ReferenceRow;

export interface Handlungsschwerpunkt {
  id: Id;
  name: string;
  rows: PortfolioRow[];
}

export interface Bildungsziel {
  /** 1..10, the Berufsbereich of KldB 2010 in the documents' order. */
  bereich: number;
  foerderungBgs: Num;
  davonAbschluss: Num;
}

export interface KennzahlVorjahr {
  /** Förderkategorie or line key. */
  key: string;
  ergebnisVorjahr: Num;
  /** Only for "darunter" lines (e.g. darunter abschlussorientiert): planned places typed in. */
  plaetzePlan?: Num;
}

export type KategorieLineKind = 'line' | 'darunter';

export interface FoerderkategorieLine {
  key: string;
  name: string;
  /** 'line' rows of the portfolio can be assigned to; 'darunter' is a typed-in subset. */
  kind: KategorieLineKind;
}

export interface Foerderkategorie {
  key: string;
  name: string;
  lines: FoerderkategorieLine[];
}

/** A legal cap: rows of the listed categories together at most `maxAnteil` of the basis. */
export interface DeckelRule {
  id: Id;
  /** ISO dates, inclusive; null = open. The rule applies when it overlaps the plan year. */
  gueltigAb: string | null;
  gueltigBis: string | null;
  label: string;
  kategorien: string[];
  maxAnteil: number;
}

export interface Toleranzen {
  /** Auslastung above this is a Warnung. */
  auslastungWarnungUeber: number;
  /** Auslastung below this is a Hinweis. */
  auslastungHinweisUnter: number;
  /** Überplanung beyond Mittel für Neufälle × (1 + this) shows red in the Übersicht. */
  ueberplanungRot: number;
  /** Kosten je Eintritt deviating from the Vorjahr by more than this share is a Hinweis. */
  kostenJeEintrittAbweichung: number;
}

export interface Stammdaten {
  foerderkategorien: Foerderkategorie[];
  berufsbereiche: string[];
  deckel: DeckelRule[];
  toleranzen: Toleranzen;
}

export interface Plan {
  schemaVersion: typeof SCHEMA_VERSION;
  id: Id;
  header: PlanHeader;
  haushalt: Haushalt;
  drittmittel: Drittmittel[];
  schwerpunkte: Handlungsschwerpunkt[];
  bildungsziele: Bildungsziel[];
  kennzahlen: KennzahlVorjahr[];
  stammdaten: Stammdaten;
  /**
   * Formula text as the user typed it (e.g. "=120*2400"), by input cell key (cellKey.ts).
   * The value itself lives in the model field; this keeps what the user sees when editing
   * and what the Excel export writes as the cell's formula.
   */
  formeln: Record<string, string>;
}

/** Exhaustiveness guard for switches over unions (row kinds, Finanzierung, severities). */
export function missingCase(x: never): never {
  throw new Error(`Unerwarteter Fall: ${JSON.stringify(x)}`);
}

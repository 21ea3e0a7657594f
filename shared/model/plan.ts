import type { Dokument } from './dokument';

/**
 * The plan model: one Jobcenter, one planning year, one variant (fachkonzept §2).
 *
 * Amounts are Euro as JS numbers with at most two decimals (validated on input); every sum of
 * money is computed in integer cents (calc/evaluate.ts), exact to the cent within the limits of
 * input/limits.ts. Counts (Eintritte, Plätze) are whole numbers. `null` means an empty cell.
 */
import type { Zielvereinbarung } from './ziele';

import type { Globalbudget, Personal, Verpflichtungen } from './budget';

export const SCHEMA_VERSION = 2 as const;

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
 * Umschichtung in das VWB: the user types either the amount or the share of its base
 * (globalbudget.umschichtungsbasis); the side typed last is primary and the other one follows
 * (fachkonzept §2.1, zielplanung.md B.2). The other side keeps what was typed there before, if
 * anything, so a pair that disagrees after rounding is reported (the rounding pair of B.2).
 */
export type UmschichtungInput =
  { mode: 'betrag'; betrag: Num; quote?: Num } | { mode: 'quote'; quote: Num; betrag?: Num };

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
  /** Used in the years before the plan year, for the rest of the grant (zielplanung.md C.3). */
  verwendetVorjahre?: Num;
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
  | { art: 'enthalten'; inRowId: Id | null }
  /**
   * Kommunale Eingliederungsleistungen (§ 16a SGB II: Kinderbetreuung, Schuldnerberatung,
   * psychosoziale Betreuung, Suchtberatung, Pflege), paid by the municipality: outside the EGT
   * and the Drittmittel, with totals of their own. Their cases may be a range (`eintritteBis`);
   * they count as no SGB II place (no Eintritte total, no Kennzahl, no FbW).
   */
  | { art: 'kommunal' };

/**
 * A row's share for one target group (Zielgruppe): the whole row, a part of its Eintritte
 * and/or money (the part not typed follows at the row's Kosten je Eintritt), or a percentage
 * of both. Read by calc/zielgruppen.ts.
 */
export type ZielgruppenAnteil =
  | { zielgruppeId: Id; art: 'ganz' }
  | { zielgruppeId: Id; art: 'teil'; eintritte: Num; betrag: Num }
  | { zielgruppeId: Id; art: 'prozent'; anteil: Num };

export type ZielgruppenAnteilArt = ZielgruppenAnteil['art'];

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
  /**
   * Multi-year entries (zielplanung.md C.1): the month of the plan year they begin (1-12) and
   * their run in months; the Mittelansatz is the plan year's cash, later years follow pro rata.
   */
  beginn?: number;
  laufzeit?: number;
  /** Upper end of a range of cases ("60–150") of a kommunal row; null or absent: one number. */
  eintritteBis?: Num;
  /** Shares of the evaluated target groups (plan.zielgruppen), at most one per group. */
  zielgruppen?: ZielgruppenAnteil[];
}

/** A row shown in one area but owned by another: it never adds to the grand total. */
export interface ReferenceRow {
  kind: 'reference';
  id: Id;
  ownerRowId: Id;
  /**
   * The reference's own part of the owner row ("davon 60 Plätze für U25"): it counts in this
   * area's share of the EGT instead of the owner's full amount. Absent or null: all of it.
   */
  teilEintritte?: Num;
  teilBetrag?: Num;
}

export type PortfolioRow = InstrumentRow | ReferenceRow;

export interface Handlungsschwerpunkt {
  id: Id;
  name: string;
  rows: PortfolioRow[];
  /**
   * The evaluated target group this area's table is about ("Jugendliche (U25)"): a reference
   * here whose part differs from the owner's share for that group is reported.
   */
  zielgruppeId?: Id | null;
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

/** A target group of the master list: U25, Ü50, Alleinerziehende, … (the user adds more). */
export interface Zielgruppe {
  /** Lowercase letters, digits and "-": cell keys and figure ids are built from it. */
  id: Id;
  name: string;
}

/** A target group evaluated in this plan: a sheet of its own across all Handlungsschwerpunkte. */
export interface ZielgruppenSicht {
  zielgruppeId: Id;
  /** The group's share of the Kundenbestand (eLb), typed; with it the Faktor follows. */
  anteilKundenbestand: Num;
}

export interface Stammdaten {
  foerderkategorien: Foerderkategorie[];
  berufsbereiche: string[];
  deckel: DeckelRule[];
  toleranzen: Toleranzen;
  zielgruppen: Zielgruppe[];
}

export interface Plan {
  schemaVersion: typeof SCHEMA_VERSION;
  id: Id;
  header: PlanHeader;
  haushalt: Haushalt;
  drittmittel: Drittmittel[];
  /** Globalbudget, Umschichtung and Personal (zielplanung.md B). */
  globalbudget: Globalbudget;
  personal: Personal;
  /** Commitments over several years (zielplanung.md C). */
  verpflichtungen: Verpflichtungen;
  schwerpunkte: Handlungsschwerpunkt[];
  bildungsziele: Bildungsziel[];
  kennzahlen: KennzahlVorjahr[];
  /** The target groups of the master list evaluated as sheets, in their order. */
  zielgruppen: ZielgruppenSicht[];
  stammdaten: Stammdaten;
  /** The Zielvereinbarung and its Zielsteuerungsdialoge (model/ziele.ts; since file format 2). */
  zielvereinbarung: Zielvereinbarung;
  /**
   * Formula text as the user typed it (e.g. "=120*2400"), by input cell key (cellKey.ts).
   * The value itself lives in the model field; this keeps what the user sees when editing
   * and what the Excel export writes as the cell's formula.
   */
  formeln: Record<string, string>;
  /**
   * Notes (Bemerkungen) on cells and rows, by note key (model/notes.ts): the reasons behind a
   * figure for the Trägerversammlung. Since schema version 2.
   */
  notizen: Record<string, string>;
  /** The Programm as a document: chapter texts around the tables (schema 2, model/dokument.ts). */
  dokument: Dokument;
}

/** Exhaustiveness guard for switches over unions (row kinds, Finanzierung, severities). */
export function missingCase(x: never): never {
  throw new Error(`Unerwarteter Fall: ${JSON.stringify(x)}`);
}

/**
 * Budget beyond the EGT chain (zielplanung.md B and C): the Globalbudget under its dated
 * estimates, the Umschichtung it needs, the staff it pays for, and the register of commitments
 * that ties up money in later years. Amounts are Euro with at most two decimals like every
 * other amount of the plan; `null` is an empty cell.
 */
import type { Id, Num } from './plan';

/** Who made an estimate: the BA (autumn), the BMAS (November), the final Verordnung. */
export type SchaetzungArt = 'BA' | 'BMAS' | 'EinglMV' | 'sonstige';
export const SCHAETZUNG_ARTEN: readonly SchaetzungArt[] = ['BA', 'BMAS', 'EinglMV', 'sonstige'];

/** One dated estimate of Verwaltungsbudget and Eingliederungsmittel (B.1). */
export interface Schaetzung {
  id: Id;
  art: SchaetzungArt;
  /** Month of the estimate, `YYYY-MM`; '' when not known. */
  stand: string;
  vwb: Num;
  egm: Num;
}

/**
 * The base of the Umschichtungsquote (B.2): the Summe Eingliederungsmittel of the EGT chain,
 * the Eingliederungsmittel of the Grundlage's estimate, or the Zuweisung (Mittelausstattung).
 */
export type UmschichtungsBasis = 'summeEGM' | 'egmSchaetzung' | 'egmZuweisung';
export const UMSCHICHTUNGS_BASEN: readonly UmschichtungsBasis[] = [
  'summeEGM',
  'egmSchaetzung',
  'egmZuweisung',
];
/** The Vorjahr has no estimates of this plan. */
export type UmschichtungsBasisVorjahr = Exclude<UmschichtungsBasis, 'egmSchaetzung'>;

export interface Globalbudget {
  /** In the order they arrived; each Differenz is against the one before. */
  schaetzungen: Schaetzung[];
  /** The estimate later figures build on; an entered EinglMV figure takes over (grundlage.ts). */
  grundlageId: Id | null;
  /** The EGT chain's Mittelausstattung of the plan year is the Grundlage's Eingliederungsmittel. */
  mittelausstattungAusGrundlage: boolean;
  umschichtungsbasis: UmschichtungsBasis;
  umschichtungsbasisVorjahr: UmschichtungsBasisVorjahr;
  /** Planned administrative spending besides the staff costs (all of it without a cost per VZÄ). */
  sachkosten: Num;
  /** One-off effects that lower the needed Umschichtung (e.g. a refund). */
  einmaleffekte: Num;
  /** The Vorjahr's planned ceiling "bis zu x %" (a share) and the base it was quoted on. */
  obergrenzeVorjahr: Num;
  obergrenzeVorjahrBasis: Num;
}

/** Who pays a Projekt-VZÄ line: the Verwaltungsbudget, a Drittmittel programme, or else. */
export type ProjektFinanzierung =
  { art: 'VWB' } | { art: 'Drittmittel'; programmId: Id | null } | { art: 'sonstige' };

export interface ProjektStelle {
  id: Id;
  bezeichnung: string;
  vzae: Num;
  finanzierung: ProjektFinanzierung;
}

/** A client group with its caseload (B.3): Kunden per VZÄ of Integrationsfachkräfte. */
export interface Kundengruppe {
  id: Id;
  name: string;
  kunden: Num;
  vzae: Num;
}

export interface Personal {
  /** Full-time equivalents the Trägerversammlung fixes for the year. */
  sollVzae: Num;
  /** Posts applied for for the next year (a gE, through the BA). */
  planstellenBeantragt: Num;
  /** Cost of one VZÄ a year; with it the staff costs feed the Verwaltungsausgaben. */
  kostenJeVzae: Num;
  /** Contact standard: conversations per Integrationsfachkraft and week, and working weeks. */
  gespraecheProWoche: Num;
  arbeitswochen: Num;
  projekte: ProjektStelle[];
  gruppen: Kundengruppe[];
}

/** How a commitment pays out: straight monthly over its run, or explicit yearly amounts. */
export type Zahlungsprofil = 'monatlich' | 'jahresbetraege';

export interface Jahresbetrag {
  jahr: number;
  betrag: Num;
}

/** A contract or grant that pays out over several years (C.1). */
export interface Verpflichtung {
  id: Id;
  bezeichnung: string;
  /** The portfolio row (instrument) it belongs to, or none. */
  rowId: Id | null;
  /** First and last month of the run, `YYYY-MM`; '' while not typed. */
  beginn: string;
  ende: string;
  gesamt: Num;
  profil: Zahlungsprofil;
  /** With profil 'jahresbetraege': the amounts of the plan year and the four after it. */
  jahresbetraege: Jahresbetrag[];
  /** The year it was committed; null: the year it begins. */
  jahr: number | null;
}

export interface Verpflichtungen {
  eintraege: Verpflichtung[];
  /** The plan year's Vorbindungen in the EGT chain come from the register, not the typed figure. */
  vorbindungenAusRegister: boolean;
  /** Verpflichtungsermächtigung per later year (C.2), optional. */
  ermaechtigungen: Jahresbetrag[];
  /** What a Fortschreibung took over into this plan, said where the register is shown. */
  herkunft: string;
}

/** Longest Laufzeit a portfolio row may name (months). */
export const MAX_LAUFZEIT = 72;

/** How many later years the register and the Folgejahresbelastung show (plan year + 1 … + 4). */
export const FOLGEJAHRE = 4;

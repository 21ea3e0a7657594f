/**
 * The Zielvereinbarung of a plan (zielplanung.md A): who agreed it, on which legal basis, the
 * targets with their segment, kind and Vorjahr values, and the Zielsteuerungsdialoge with their
 * Ist values. Rates are fractions (0.216 = 21,6 %); a relative change is a fraction too
 * (0.02 = +2 %). `null` is an empty cell.
 */
import type { Id, Num } from './plan';

// The Trägerform is the plan's (model/plan.ts); the agreement names it too.
import type { Traegerform } from './plan';
export type { Traegerform };
export { TRAEGERFORMEN } from './plan';
export const TRAEGERFORM_LABELS: Record<Traegerform, string> = {
  gE: 'gemeinsame Einrichtung (gE)',
  zkT: 'zugelassener kommunaler Träger (zkT)',
};

export type ParteiRolle =
  'BMAS' | 'BA' | 'Agentur' | 'Land' | 'Kommune' | 'zkT' | 'gE-GF' | 'Kreis' | 'Gemeinde';
export const PARTEI_ROLLEN: readonly ParteiRolle[] = [
  'Agentur',
  'Kommune',
  'gE-GF',
  'Land',
  'zkT',
  'Kreis',
  'Gemeinde',
  'BMAS',
  'BA',
];
export const PARTEI_ROLLE_LABELS: Record<ParteiRolle, string> = {
  Agentur: 'Agentur für Arbeit',
  Kommune: 'Kommune (kommunaler Träger)',
  'gE-GF': 'Geschäftsführung der gemeinsamen Einrichtung',
  Land: 'Land (Ministerium)',
  zkT: 'zugelassener kommunaler Träger',
  Kreis: 'Kreis',
  Gemeinde: 'Stadt oder Gemeinde',
  BMAS: 'Bundesministerium für Arbeit und Soziales',
  BA: 'Bundesagentur für Arbeit',
};

export interface Partei {
  id: Id;
  rolle: ParteiRolle;
  name: string;
  vertreter: string;
  ort: string;
  /** ISO date of the signature; null while unsigned ("Düsseldorf, den"). */
  datum: string | null;
}

/** § 48b Abs. 3 plus the local areas the agreements add (A.1). */
export type Zielbereich = 'I' | 'II' | 'III' | 'IV' | 'V' | 'lokal';
export const ZIELBEREICHE: readonly Zielbereich[] = ['I', 'II', 'III', 'IV', 'V', 'lokal'];
export const ZIELBEREICH_LABELS: Record<Zielbereich, string> = {
  I: 'I. Verringerung der Hilfebedürftigkeit',
  II: 'II. Verbesserung der Integration in Erwerbstätigkeit',
  III: 'III. Vermeidung von langfristigem Leistungsbezug',
  IV: 'IV. Verbesserung von Leistungsprozessen',
  V: 'V. Unterstützungsangebote',
  lokal: 'lokales Ziel',
};

/** Kinds of target (A.3); the comparator follows from the kind. */
export type Zielart =
  | 'relChangeMin'
  | 'relChangeMax'
  | 'levelMin'
  | 'countMin'
  | 'absoluteMax'
  | 'deadline'
  | 'monitoring'
  | 'milestone';
export const ZIELARTEN: readonly Zielart[] = [
  'relChangeMin',
  'relChangeMax',
  'levelMin',
  'countMin',
  'absoluteMax',
  'deadline',
  'monitoring',
  'milestone',
];
export const ZIELART_LABELS: Record<Zielart, string> = {
  relChangeMin: 'Steigerung um mindestens',
  relChangeMax: 'Anstieg um höchstens',
  levelMin: 'Quote mindestens',
  countMin: 'Anzahl mindestens',
  absoluteMax: 'Betrag höchstens',
  deadline: 'Termin',
  monitoring: 'Monitoring',
  milestone: 'Meilenstein',
};

/** Kinds with a number to reach: relative changes, levels, counts and a euro cap. */
export const isRelChange = (a: Zielart): boolean => a === 'relChangeMin' || a === 'relChangeMax';
export const isMeasured = (a: Zielart): boolean =>
  isRelChange(a) || a === 'levelMin' || a === 'countMin' || a === 'absoluteMax';
/** Reached by a judgement in the dialogue ("Das Ziel ist erreicht, wenn …"). */
export const isJudged = (a: Zielart): boolean => a === 'milestone' || a === 'deadline';

export type ZielSegment = 'gesamt' | 'ohneAsylFlucht' | 'asylFlucht' | 'alleinerziehende' | 'lzb' | 'eigen';
export const ZIEL_SEGMENTE: readonly ZielSegment[] = [
  'gesamt',
  'ohneAsylFlucht',
  'asylFlucht',
  'alleinerziehende',
  'lzb',
  'eigen',
];
export const ZIEL_SEGMENT_LABELS: Record<ZielSegment, string> = {
  gesamt: 'gesamt',
  ohneAsylFlucht: 'ohne Asyl/Flucht',
  asylFlucht: 'Asyl/Flucht',
  alleinerziehende: 'Alleinerziehende',
  lzb: 'Langzeitleistungsbeziehende',
  eigen: 'eigenes Segment',
};
/** The BA plans eLb from the eight main asylum countries separately from 2016 on (A.2). */
export const ASYL_SEGMENTE_AB = 2016;

/** What the indicator counts: a rate, a number of people or cases, euros, or a factor (F14). */
export type Zieleinheit = 'quote' | 'anzahl' | 'betrag' | 'faktor';
export const ZIELEINHEITEN: readonly Zieleinheit[] = ['quote', 'anzahl', 'betrag', 'faktor'];
export const ZIELEINHEIT_LABELS: Record<Zieleinheit, string> = {
  quote: 'Quote',
  anzahl: 'Anzahl',
  betrag: 'Betrag',
  faktor: 'Faktor',
};

export type Polaritaet = 'higherIsBetter' | 'lowerIsBetter';
export const POLARITAET_LABELS: Record<Polaritaet, string> = {
  higherIsBetter: 'höher ist besser',
  lowerIsBetter: 'niedriger ist besser',
};

export type VorjahrQuelle = 'gedruckt' | 'abgeleitet' | 'statistik' | 'prognose';
export const VORJAHR_QUELLEN: readonly VorjahrQuelle[] = ['gedruckt', 'abgeleitet', 'statistik', 'prognose'];
export const VORJAHR_QUELLE_LABELS: Record<VorjahrQuelle, string> = {
  gedruckt: 'gedruckt',
  abgeleitet: 'abgeleitet',
  statistik: 'Statistik',
  prognose: 'Prognose',
};

/**
 * Calculations from the printed (rounded) target value, as the documents do (default), or
 * from full precision (A.4 "Rounding as the seeds show it").
 */
export type Rechenbasis = 'gedruckt' | 'voll';
export const RECHENBASIS_LABELS: Record<Rechenbasis, string> = {
  gedruckt: 'gedruckter Zielwert',
  voll: 'volle Genauigkeit',
};

/** The numbers of a target, each with a fixed unit (cellKey.ts `zielFieldUnit`). */
export interface ZielWerte {
  /** Agreed relative change g or cap c (fraction, may be negative). */
  aenderung: Num;
  /** Level target L (levelMin), or the printed target level beside a relative change. */
  quote: Num;
  /** Count target N (countMin), or the printed count beside it (Integrationen, a ceiling). */
  anzahl: Num;
  /** Euro cap (absoluteMax), or the printed amount beside a relative change. */
  betrag: Num;
  vorjahrQuote: Num;
  vorjahrAnzahl: Num;
  vorjahrBetrag: Num;
  /** The Vorjahr's agreed change and its result (F12 of the Vorjahr). */
  vorjahrZiel: Num;
  vorjahrIst: Num;
  /** Forecast Ø eLb of the planning year and the Vorjahr's Ø eLb (segments of the IQ, F2/F3/F5). */
  elb: Num;
  elbVorjahr: Num;
  /** F14: share of EGT for a group against its share of clients. */
  anteilEgt: Num;
  anteilKunden: Num;
}

export type ZielField = keyof ZielWerte;
export const ZIEL_FIELDS: readonly ZielField[] = [
  'aenderung',
  'quote',
  'anzahl',
  'betrag',
  'vorjahrQuote',
  'vorjahrAnzahl',
  'vorjahrBetrag',
  'vorjahrZiel',
  'vorjahrIst',
  'elb',
  'elbVorjahr',
  'anteilEgt',
  'anteilKunden',
];

/** F8: the target follows the computed change of the total Integrationsquote (F6). */
export const GEKOPPELT_IQ_GESAMT = 'iqGesamt';

export interface Ziel {
  id: Id;
  zielbereich: Zielbereich;
  /** Code of the catalogue (zielKennzahlen.ts), or null for a local target. */
  kennzahl: string | null;
  segment: ZielSegment;
  /** The name of an own segment (segment `eigen`). */
  segmentName: string;
  bezeichnung: string;
  zielart: Zielart;
  einheit: Zieleinheit;
  /** Used when the target has no catalogue Kennzahl; the catalogue's polarity wins otherwise. */
  polaritaet: Polaritaet;
  /** Decimal places a rate is shown and rounded with, in percent (21,6 % = 1). */
  stellen: number;
  werte: ZielWerte;
  vorjahrQuelle: VorjahrQuelle | null;
  /** F8: id of the target whose change this one follows, or GEKOPPELT_IQ_GESAMT. */
  gekoppeltAn: string | null;
  /** The printed wording of a milestone ("Das Ziel ist erreicht, wenn …"). */
  erreichtWenn: string;
  /** ISO dates: deadlines, measurement dates. */
  stichtage: string[];
  /** A remark printed with the target (e.g. that a Vorjahr value is invented). */
  notiz: string;
}

export interface ZielIstWerte {
  /** Ist of a relative change target (Jahresfortschrittswert, fraction). */
  istAenderung: Num;
  istQuote: Num;
  istAnzahl: Num;
  istBetrag: Num;
  /** F13: counted by hand, Ist-Quote = Zähler ÷ Nenner. */
  zaehler: Num;
  nenner: Num;
}

export type ZielIstField = keyof ZielIstWerte;
export const ZIEL_IST_FIELDS: readonly ZielIstField[] = [
  'istAenderung',
  'istQuote',
  'istAnzahl',
  'istBetrag',
  'zaehler',
  'nenner',
];

export interface ZielIst {
  zielId: Id;
  werte: ZielIstWerte;
  /** Judged in the dialogue (milestones, deadlines); null: not judged yet. */
  erreicht: boolean | null;
}

export interface Zieldialog {
  id: Id;
  /** ISO date of the meeting. */
  datum: string | null;
  /** Data as of (Jahresfortschrittswert), e.g. "2018-03". */
  datenstand: string;
  /** Changed conditions ("Unterjährige Abweichungen von den Rahmenbedingungen …"). */
  notizen: string;
  massnahmen: string;
  werte: ZielIst[];
}

export interface Zielvereinbarung {
  traegerform: Traegerform;
  /** E.g. "§ 48b Abs. 1 S. 1 Nr. 4 SGB II". */
  rechtsgrundlage: string;
  parteien: Partei[];
  anlagen: string[];
  /** The Land's priorities, as text. */
  landesschwerpunkte: string[];
  dialogeProJahr: number | null;
  rechenbasis: Rechenbasis;
  ziele: Ziel[];
  dialoge: Zieldialog[];
}

export function emptyZielWerte(): ZielWerte {
  return {
    aenderung: null,
    quote: null,
    anzahl: null,
    betrag: null,
    vorjahrQuote: null,
    vorjahrAnzahl: null,
    vorjahrBetrag: null,
    vorjahrZiel: null,
    vorjahrIst: null,
    elb: null,
    elbVorjahr: null,
    anteilEgt: null,
    anteilKunden: null,
  };
}

export function emptyIstWerte(): ZielIstWerte {
  return {
    istAenderung: null,
    istQuote: null,
    istAnzahl: null,
    istBetrag: null,
    zaehler: null,
    nenner: null,
  };
}

/** The agreement of a plan that has none yet (new plans, the migration from file format 1). */
export function emptyZielvereinbarung(): Zielvereinbarung {
  return {
    traegerform: 'gE',
    rechtsgrundlage: '',
    parteien: [],
    anlagen: [],
    landesschwerpunkte: [],
    dialogeProJahr: null,
    rechenbasis: 'gedruckt',
    ziele: [],
    dialoge: [],
  };
}

/** Whether a plan has an agreement to show (a target or a party): else no sheet, no section. */
export function hasZielvereinbarung(zv: Zielvereinbarung): boolean {
  return zv.ziele.length > 0 || zv.parteien.length > 0;
}

export function findZiel(zv: Zielvereinbarung, id: Id): Ziel | undefined {
  return zv.ziele.find((z) => z.id === id);
}

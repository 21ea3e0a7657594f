/**
 * German names of the input fields, written once: the outlines, the workbook's cell names, the
 * undo labels and the change log all read them here.
 */
import type {
  AnteilField,
  BildungField,
  DrittmittelField,
  GlobalbudgetField,
  GruppeField,
  HaushaltField,
  KennzahlField,
  PersonalField,
  RowField,
  SchaetzungField,
  VerweisField,
} from './cellKey';
import type { ZielField, ZielIstField } from './ziele';

/** The Umschichtung pair names the figures of the EGT chain too (calc/egtChain.ts). */
export const HAUSHALT_FIELD_LABELS: Record<HaushaltField, string> = {
  mittelausstattung: 'Mittelausstattung',
  rueckeinnahmen: 'geschätzte Rückeinnahmen',
  vorbindungen: 'Vorbindungen',
  umschichtung: 'Umschichtung in das VWB',
  umschichtungsquote: 'Umschichtungsquote',
};

export const ROW_FIELD_LABELS: Record<RowField, string> = {
  eintritte: 'Eintritte',
  mittelansatz: 'Mittelansatz',
  vorjahrEintritte: 'Eintritte Vorjahr',
  vorjahrMittel: 'Mittel Vorjahr',
};

export const DRITTMITTEL_FIELD_LABELS: Record<DrittmittelField, string> = {
  bewilligungGesamt: 'Bewilligung gesamt',
  betragJahr: 'Betrag im Planjahr',
  davonPersonal: 'davon Personal',
  verwendetVorjahre: 'verwendet in den Vorjahren',
};

export const BILDUNG_FIELD_LABELS: Record<BildungField, string> = {
  foerderungBgs: 'Förderung BGS',
  davonAbschluss: 'davon abschlussorientiert',
};

export const KENNZAHL_FIELD_LABELS: Record<KennzahlField, string> = {
  ergebnisVorjahr: 'Ergebnis Vorjahr',
  plaetzePlan: 'Plätze Plan',
};

/** The numbers of a target (Ziele sheet); a relative change is "%", never percentage points. */
export const ZIEL_FIELD_LABELS: Record<ZielField, string> = {
  aenderung: 'Veränderung laut Vereinbarung',
  quote: 'Zielquote',
  anzahl: 'Zielanzahl',
  betrag: 'Zielbetrag',
  vorjahrQuote: 'Quote Vorjahr',
  vorjahrAnzahl: 'Anzahl Vorjahr',
  vorjahrBetrag: 'Betrag Vorjahr',
  vorjahrZiel: 'Ziel Vorjahr (Veränderung)',
  vorjahrIst: 'Ergebnis Vorjahr (Veränderung)',
  elb: 'Ø eLb Planjahr',
  elbVorjahr: 'Ø eLb Vorjahr',
  anteilEgt: 'Anteil an den Eingliederungsmitteln',
  anteilKunden: 'Anteil am Kundenbestand',
};

export const ZIEL_IST_FIELD_LABELS: Record<ZielIstField, string> = {
  istAenderung: 'Ist-Veränderung',
  istQuote: 'Ist-Quote',
  istAnzahl: 'Ist-Anzahl',
  istBetrag: 'Ist-Betrag',
  zaehler: 'Zähler',
  nenner: 'Nenner',
};
export const SCHAETZUNG_FIELD_LABELS: Record<SchaetzungField, string> = {
  vwb: 'Verwaltungsbudget',
  egm: 'Eingliederungsmittel',
};

export const GLOBALBUDGET_FIELD_LABELS: Record<GlobalbudgetField, string> = {
  sachkosten: 'Sach- und übrige Verwaltungsausgaben',
  einmaleffekte: 'Einmaleffekte',
  obergrenzeVorjahr: 'Obergrenze der Umschichtung im Vorjahr (bis zu … %)',
  obergrenzeVorjahrBasis: 'Basis der Obergrenze im Vorjahr',
};

export const PERSONAL_FIELD_LABELS: Record<PersonalField, string> = {
  sollVzae: 'Soll-VZÄ',
  planstellenBeantragt: 'Planstellen beantragt',
  kostenJeVzae: 'Kosten je VZÄ und Jahr',
  gespraecheProWoche: 'Kundengespräche je Integrationsfachkraft und Woche',
  arbeitswochen: 'Arbeitswochen im Jahr',
};

export const GRUPPE_FIELD_LABELS: Record<GruppeField, string> = {
  kunden: 'Kunden',
  vzae: 'VZÄ Integrationsfachkräfte',
};

/** A commitment's total and a Projekt-VZÄ line's VZÄ. */
export const VERPFLICHTUNG_GESAMT_LABEL = 'Gesamtbetrag';
export const PROJEKT_VZAE_LABEL = 'VZÄ';
export const ERMAECHTIGUNG_LABEL = 'Verpflichtungsermächtigung';
/** The upper end of a kommunal row's range of cases ("60–150"). */
export const EINTRITTE_BIS_LABEL = 'Eintritte bis';

/** The typed parts of a row's target-group share. */
export const ANTEIL_FIELD_LABELS: Record<AnteilField, string> = {
  eintritte: 'Eintritte der Zielgruppe',
  betrag: 'Betrag der Zielgruppe',
  anteil: 'Anteil der Zielgruppe',
};

export const KUNDENBESTAND_LABEL = 'Anteil am Kundenbestand';

/** The part of its owner a reference carries. */
export const VERWEIS_FIELD_LABELS: Record<VerweisField, string> = {
  eintritte: 'Eintritte (Anteil des Verweises)',
  betrag: 'Mittelansatz (Anteil des Verweises)',
};

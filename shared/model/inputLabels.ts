/**
 * German names of the input fields, written once: the outlines, the workbook's cell names, the
 * undo labels and the change log all read them here.
 */
import type { BildungField, DrittmittelField, HaushaltField, KennzahlField, RowField } from './cellKey';
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

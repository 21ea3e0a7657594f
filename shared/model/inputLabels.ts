/**
 * German names of the input fields, written once: the outlines, the workbook's cell names, the
 * undo labels and the change log all read them here.
 */
import type {
  AnteilField,
  BildungField,
  DrittmittelField,
  HaushaltField,
  KennzahlField,
  RowField,
  VerweisField,
} from './cellKey';

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

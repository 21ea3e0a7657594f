/** The sheets of a plan, as the UI, the checks and the workbook name them. */
export type SheetId =
  | 'uebersicht'
  | 'haushalt'
  | 'portfolio'
  | 'bildung'
  | 'kennzahlen'
  | 'drittmittel'
  | 'ziele'
  | 'pruefungen'
  | 'globalbudget'
  | 'verpflichtungen'
  | 'zielgruppen'
  | 'programm';

export const SHEET_LABELS: Record<SheetId, string> = {
  uebersicht: 'Übersicht',
  haushalt: 'Haushalt (EGT)',
  portfolio: 'Maßnahmeportfolio',
  bildung: 'Bildungszielplanung',
  kennzahlen: 'Kennzahlen',
  drittmittel: 'Drittmittel',
  ziele: 'Ziele',
  pruefungen: 'Prüfungen',
  globalbudget: 'Globalbudget',
  verpflichtungen: 'Verpflichtungen',
  zielgruppen: 'Zielgruppen',
  programm: 'Programmtext',
};

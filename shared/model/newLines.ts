/**
 * Factories for the new parts of a plan the screens and the CLI add: Handlungsschwerpunkte,
 * references, copies of rows, Zuweisungen, Drittmittelprogramme and lines outside the EGT.
 * Each gets a fresh id and the German placeholder name the user then types over; so do the
 * targets, parties and dialogues of the Zielvereinbarung. The factory
 * for new instrument rows is newInstrumentRow.ts (the Excel import uses it too).
 */
import { newId } from './ids';
import type {
  AusserhalbEgt,
  Drittmittel,
  Handlungsschwerpunkt,
  Id,
  PortfolioRow,
  ReferenceRow,
  Zuweisung,
} from './plan';
import type { Partei, ParteiRolle, Ziel, Zielbereich, Zieldialog } from './ziele';
import { emptyZielWerte } from './ziele';

export function newSchwerpunkt(name = 'Neuer Handlungsschwerpunkt'): Handlungsschwerpunkt {
  return { id: newId('hs'), name, rows: [] };
}

/** The row shown (read-only) in another area; its figures count once, in the owner's area. */
export function newReference(ownerRowId: Id): ReferenceRow {
  return { kind: 'reference', id: newId('ref'), ownerRowId };
}

/** A copy with a fresh id; an instrument is named "… (Kopie)", a reference stays one. */
export function copyOfRow(row: PortfolioRow): PortfolioRow {
  if (row.kind === 'reference') return { ...row, id: newId('ref') };
  return { ...structuredClone(row), id: newId('r'), instrument: `${row.instrument} (Kopie)` };
}

export function newZuweisung(name = 'Zusätzliche Zuweisung'): Zuweisung {
  return { id: newId('zw'), name, betrag: { plan: null, vorjahr: null } };
}

export function newDrittmittel(programm = 'Neues Programm'): Drittmittel {
  return {
    id: newId('dm'),
    programm,
    bewilligungGesamt: null,
    zeitraum: '',
    betragJahr: null,
    davonPersonal: null,
  };
}

export function newAusserhalb(name = 'Mittel außerhalb des EGT'): AusserhalbEgt {
  return { id: newId('ae'), name, betrag: null };
}

/** A new target: a local milestone in the given area, its name open for typing. */
export function newZiel(zielbereich: Zielbereich = 'lokal', bezeichnung = 'Neues Ziel'): Ziel {
  return {
    id: newId('zl'),
    zielbereich,
    kennzahl: null,
    segment: 'gesamt',
    segmentName: '',
    bezeichnung,
    zielart: 'milestone',
    einheit: 'quote',
    polaritaet: 'higherIsBetter',
    stellen: 1,
    werte: emptyZielWerte(),
    vorjahrQuelle: null,
    gekoppeltAn: null,
    erreichtWenn: '',
    stichtage: [],
    notiz: '',
  };
}

export function newPartei(rolle: ParteiRolle = 'Kommune'): Partei {
  return { id: newId('p'), rolle, name: '', vertreter: '', ort: '', datum: null };
}

/** A new Zielsteuerungsdialog dated `datum` (ISO, e.g. today), without Ist values yet. */
export function newZieldialog(datum: string | null = null): Zieldialog {
  return { id: newId('zd'), datum, datenstand: '', notizen: '', massnahmen: '', werte: [] };
}

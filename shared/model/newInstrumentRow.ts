/** The one factory for new portfolio rows (grid, paste, Excel import): fresh id, EGT-financed. */
import { newId } from './ids';
import type { InstrumentRow } from './plan';

export function newInstrumentRow(instrument = 'Neue Maßnahme'): InstrumentRow {
  return {
    kind: 'instrument',
    id: newId('r'),
    instrument,
    kategorie: null,
    eintritte: null,
    mittelansatz: null,
    finanzierung: { art: 'EGT' },
    nachrichtlich: false,
    vorjahrEintritte: null,
    vorjahrMittel: null,
    funktion: '',
    fbw: false,
  };
}

/**
 * Stable addresses of numeric input cells. Edits, undo, the change log, the formula map and
 * the Excel layout all refer to an input by this key, never by a grid position.
 */
import type { Id, YearColumn } from './plan';
import type { ZielField, ZielIstField } from './ziele';
import { ZIEL_FIELDS, ZIEL_IST_FIELDS } from './ziele';

export type HaushaltField =
  'mittelausstattung' | 'rueckeinnahmen' | 'vorbindungen' | 'umschichtung' | 'umschichtungsquote';
export type RowField = 'eintritte' | 'mittelansatz' | 'vorjahrEintritte' | 'vorjahrMittel';
export type DrittmittelField = 'bewilligungGesamt' | 'betragJahr' | 'davonPersonal';
export type BildungField = 'foerderungBgs' | 'davonAbschluss';
export type KennzahlField = 'ergebnisVorjahr' | 'plaetzePlan';

export const ROW_FIELDS: readonly RowField[] = [
  'eintritte',
  'mittelansatz',
  'vorjahrEintritte',
  'vorjahrMittel',
];

export type InputRef =
  | { kind: 'haushalt'; field: HaushaltField; col: YearColumn }
  | { kind: 'zuweisung'; id: Id; col: YearColumn }
  | { kind: 'ausserhalb'; id: Id }
  | { kind: 'drittmittel'; id: Id; field: DrittmittelField }
  | { kind: 'row'; id: Id; field: RowField }
  | { kind: 'bildung'; bereich: number; field: BildungField }
  | { kind: 'kennzahl'; key: string; field: KennzahlField }
  /** A number of a target of the Zielvereinbarung (ids of targets and dialogues have no dots). */
  | { kind: 'ziel'; id: Id; field: ZielField }
  /** An Ist value of a target in a Zielsteuerungsdialog. */
  | { kind: 'zielIst'; dialogId: Id; zielId: Id; field: ZielIstField };

export type CellKey = string;

export function cellKey(ref: InputRef): CellKey {
  switch (ref.kind) {
    case 'haushalt':
      return `hh.${ref.field}.${ref.col}`;
    case 'zuweisung':
      return `zw.${ref.id}.${ref.col}`;
    case 'ausserhalb':
      return `ae.${ref.id}`;
    case 'drittmittel':
      return `dm.${ref.id}.${ref.field}`;
    case 'row':
      return `row.${ref.id}.${ref.field}`;
    case 'bildung':
      return `bz.${ref.bereich}.${ref.field}`;
    case 'kennzahl':
      return `kz.${ref.key}.${ref.field}`;
    case 'ziel':
      return `zl.${ref.id}.${ref.field}`;
    case 'zielIst':
      return `zi.${ref.dialogId}.${ref.zielId}.${ref.field}`;
  }
}

const HH_FIELDS = new Set<string>([
  'mittelausstattung',
  'rueckeinnahmen',
  'vorbindungen',
  'umschichtung',
  'umschichtungsquote',
]);
const COLS = new Set<string>(['plan', 'vorjahr']);
const ROW_FIELD_SET = new Set<string>(ROW_FIELDS);
const DM_FIELDS = new Set<string>(['bewilligungGesamt', 'betragJahr', 'davonPersonal']);
const BZ_FIELDS = new Set<string>(['foerderungBgs', 'davonAbschluss']);
const KZ_FIELDS = new Set<string>(['ergebnisVorjahr', 'plaetzePlan']);
const ZL_FIELDS = new Set<string>(ZIEL_FIELDS);
const ZI_FIELDS = new Set<string>(ZIEL_IST_FIELDS);
/** Ids of targets and dialogues: no dots, so a dialogue's key splits into its two ids. */
const PLAIN_ID = /^[^.]+$/;

/** Parses a key back; ids may contain dots, so the field is always the last segment. */
export function parseCellKey(key: CellKey): InputRef | null {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first < 0) return null;
  const kind = key.slice(0, first);
  const middle = key.slice(first + 1, last);
  const tail = key.slice(last + 1);
  switch (kind) {
    case 'hh':
      return HH_FIELDS.has(middle) && COLS.has(tail)
        ? { kind: 'haushalt', field: middle as HaushaltField, col: tail as YearColumn }
        : null;
    case 'zw':
      return middle && COLS.has(tail) ? { kind: 'zuweisung', id: middle, col: tail as YearColumn } : null;
    case 'ae':
      return key.length > 3 ? { kind: 'ausserhalb', id: key.slice(3) } : null;
    case 'dm':
      return middle && DM_FIELDS.has(tail)
        ? { kind: 'drittmittel', id: middle, field: tail as DrittmittelField }
        : null;
    case 'row':
      return middle && ROW_FIELD_SET.has(tail) ? { kind: 'row', id: middle, field: tail as RowField } : null;
    case 'bz': {
      const bereich = Number(middle);
      return Number.isInteger(bereich) && BZ_FIELDS.has(tail)
        ? { kind: 'bildung', bereich, field: tail as BildungField }
        : null;
    }
    case 'kz':
      return middle && KZ_FIELDS.has(tail)
        ? { kind: 'kennzahl', key: middle, field: tail as KennzahlField }
        : null;
    case 'zl':
      return PLAIN_ID.test(middle) && ZL_FIELDS.has(tail)
        ? { kind: 'ziel', id: middle, field: tail as ZielField }
        : null;
    case 'zi': {
      const [dialogId = '', zielId = '', ...more] = middle.split('.');
      return more.length === 0 && dialogId && zielId && ZI_FIELDS.has(tail)
        ? { kind: 'zielIst', dialogId, zielId, field: tail as ZielIstField }
        : null;
    }
    default:
      return null;
  }
}

/**
 * What kind of number a cell holds: drives parsing, validation and formatting. `ratio` is a
 * share between 0 and 100 %, `change` a relative change that may be negative (−1,4 %).
 */
export type InputUnit = 'eur' | 'count' | 'ratio' | 'change';

/**
 * What a shown number is: an input's unit, or one only figures have. `pp` is a difference of
 * two rates in percentage points (2.1 = +2,1 Pp.; never mixed with a relative change in %),
 * `factor` a plain ratio of two shares (2,6), `flag` 1 or 0 (erreicht / nicht erreicht).
 */
export type ValueUnit = InputUnit | 'pp' | 'factor' | 'flag';

/** The unit of each number of a target: fixed per field, so a key alone says how to read it. */
export const ZIEL_FIELD_UNITS: Readonly<Record<ZielField, InputUnit>> = {
  aenderung: 'change',
  quote: 'ratio',
  anzahl: 'count',
  betrag: 'eur',
  vorjahrQuote: 'ratio',
  vorjahrAnzahl: 'count',
  vorjahrBetrag: 'eur',
  vorjahrZiel: 'change',
  vorjahrIst: 'change',
  elb: 'count',
  elbVorjahr: 'count',
  anteilEgt: 'ratio',
  anteilKunden: 'ratio',
};

export const ZIEL_IST_FIELD_UNITS: Readonly<Record<ZielIstField, InputUnit>> = {
  istAenderung: 'change',
  istQuote: 'ratio',
  istAnzahl: 'count',
  istBetrag: 'eur',
  zaehler: 'count',
  nenner: 'count',
};

export function inputUnit(ref: InputRef): InputUnit {
  switch (ref.kind) {
    case 'haushalt':
      return ref.field === 'umschichtungsquote' ? 'ratio' : 'eur';
    case 'zuweisung':
    case 'ausserhalb':
    case 'drittmittel':
      return 'eur';
    case 'row':
      return ref.field === 'eintritte' || ref.field === 'vorjahrEintritte' ? 'count' : 'eur';
    case 'bildung':
    case 'kennzahl':
      return 'count';
    case 'ziel':
      return ZIEL_FIELD_UNITS[ref.field];
    case 'zielIst':
      return ZIEL_IST_FIELD_UNITS[ref.field];
  }
}

/**
 * Stable addresses of numeric input cells. Edits, undo, the change log, the formula map and
 * the Excel layout all refer to an input by this key, never by a grid position.
 */
import type { Id, YearColumn } from './plan';

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
  | { kind: 'kennzahl'; key: string; field: KennzahlField };

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
    default:
      return null;
  }
}

/** What kind of number a cell holds: drives parsing, validation and formatting. */
export type InputUnit = 'eur' | 'count' | 'ratio';

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
  }
}

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
/** The typed part of a row's target-group share: Eintritte, amount (Teil) or percentage. */
export type AnteilField = 'eintritte' | 'betrag' | 'anteil';
/** The part of the owner row a reference carries. */
export type VerweisField = 'eintritte' | 'betrag';

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
  /** Upper end of a kommunal row's range of cases (its Eintritte hold the lower end). */
  | { kind: 'eintritteBis'; id: Id }
  /** A row's target-group share; the group id has no dots (model/zielgruppen.ts). */
  | { kind: 'zgAnteil'; zielgruppeId: Id; rowId: Id; field: AnteilField }
  /** An evaluated target group's share of the Kundenbestand. */
  | { kind: 'kundenbestand'; zielgruppeId: Id }
  | { kind: 'verweisTeil'; id: Id; field: VerweisField };

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
    case 'eintritteBis':
      return `eb.${ref.id}`;
    case 'zgAnteil':
      return `za.${ref.zielgruppeId}.${ref.rowId}.${ref.field}`;
    case 'kundenbestand':
      return `zk.${ref.zielgruppeId}`;
    case 'verweisTeil':
      return `vt.${ref.id}.${ref.field}`;
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
const ANTEIL_FIELDS = new Set<string>(['eintritte', 'betrag', 'anteil']);
const VERWEIS_FIELDS = new Set<string>(['eintritte', 'betrag']);

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
    case 'eb':
      return key.length > 3 ? { kind: 'eintritteBis', id: key.slice(3) } : null;
    case 'za': {
      // za.<group>.<row>.<field>: the group id has no dots, the row id may have some.
      const second = key.indexOf('.', first + 1);
      const zielgruppeId = key.slice(first + 1, second);
      const rowId = key.slice(second + 1, last);
      return second > first + 1 && second < last && rowId && ANTEIL_FIELDS.has(tail)
        ? { kind: 'zgAnteil', zielgruppeId, rowId, field: tail as AnteilField }
        : null;
    }
    case 'zk':
      return key.length > 3 ? { kind: 'kundenbestand', zielgruppeId: key.slice(3) } : null;
    case 'vt':
      return middle && VERWEIS_FIELDS.has(tail)
        ? { kind: 'verweisTeil', id: middle, field: tail as VerweisField }
        : null;
    default:
      return null;
  }
}

/** What kind of number a cell holds: drives parsing, validation and formatting. */
export type InputUnit = 'eur' | 'count' | 'ratio';

/** How a figure is shown: an input's unit, or `factor`, a plain number with one decimal (2,6). */
export type DisplayUnit = InputUnit | 'factor';

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
    case 'eintritteBis':
      return 'count';
    case 'zgAnteil':
      return ref.field === 'eintritte' ? 'count' : ref.field === 'betrag' ? 'eur' : 'ratio';
    case 'kundenbestand':
      return 'ratio';
    case 'verweisTeil':
      return ref.field === 'eintritte' ? 'count' : 'eur';
  }
}

/** The portfolio row (instrument or reference) an input cell belongs to, if any. */
export function rowIdOfRef(ref: InputRef): Id | null {
  switch (ref.kind) {
    case 'row':
    case 'eintritteBis':
    case 'verweisTeil':
      return ref.id;
    case 'zgAnteil':
      return ref.rowId;
    default:
      return null;
  }
}

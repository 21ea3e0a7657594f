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
export type DrittmittelField = 'bewilligungGesamt' | 'betragJahr' | 'davonPersonal' | 'verwendetVorjahre';
export type BildungField = 'foerderungBgs' | 'davonAbschluss';
export type KennzahlField = 'ergebnisVorjahr' | 'plaetzePlan';
/** The typed part of a row's target-group share: Eintritte, amount (Teil) or percentage. */
export type AnteilField = 'eintritte' | 'betrag' | 'anteil';
/** The part of the owner row a reference carries. */
export type VerweisField = 'eintritte' | 'betrag';

export type SchaetzungField = 'vwb' | 'egm';
export type GlobalbudgetField =
  'sachkosten' | 'einmaleffekte' | 'obergrenzeVorjahr' | 'obergrenzeVorjahrBasis';
export type PersonalField =
  'sollVzae' | 'planstellenBeantragt' | 'kostenJeVzae' | 'gespraecheProWoche' | 'arbeitswochen';
export type GruppeField = 'kunden' | 'vzae';
export const GLOBALBUDGET_FIELDS: readonly GlobalbudgetField[] = [
  'sachkosten',
  'einmaleffekte',
  'obergrenzeVorjahr',
  'obergrenzeVorjahrBasis',
];
export const PERSONAL_FIELDS: readonly PersonalField[] = [
  'sollVzae',
  'planstellenBeantragt',
  'kostenJeVzae',
  'gespraecheProWoche',
  'arbeitswochen',
];

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
  | { kind: 'zielIst'; dialogId: Id; zielId: Id; field: ZielIstField }
  /** Globalbudget (zielplanung.md B): an estimate's two amounts, the sheet's single inputs. */
  | { kind: 'schaetzung'; id: Id; field: SchaetzungField }
  | { kind: 'globalbudget'; field: GlobalbudgetField }
  | { kind: 'personal'; field: PersonalField }
  | { kind: 'projekt'; id: Id }
  | { kind: 'gruppe'; id: Id; field: GruppeField }
  /** Commitments (zielplanung.md C): the total, an explicit yearly amount, a VE of a later year. */
  | { kind: 'verpflichtung'; id: Id }
  | { kind: 'vpJahr'; id: Id; jahr: number }
  | { kind: 'ermaechtigung'; jahr: number }
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
    case 'ziel':
      return `zl.${ref.id}.${ref.field}`;
    case 'zielIst':
      return `zi.${ref.dialogId}.${ref.zielId}.${ref.field}`;
    case 'schaetzung':
      return `gs.${ref.id}.${ref.field}`;
    case 'globalbudget':
      return `gb.${ref.field}`;
    case 'personal':
      return `ps.${ref.field}`;
    case 'projekt':
      return `pj.${ref.id}.vzae`;
    case 'gruppe':
      return `kg.${ref.id}.${ref.field}`;
    case 'verpflichtung':
      return `vp.${ref.id}.gesamt`;
    case 'vpJahr':
      return `vj.${ref.id}.${ref.jahr}`;
    case 'ermaechtigung':
      return `ve.${ref.jahr}`;
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
const DM_FIELDS = new Set<string>(['bewilligungGesamt', 'betragJahr', 'davonPersonal', 'verwendetVorjahre']);
const GB_FIELDS = new Set<string>(GLOBALBUDGET_FIELDS);
const PS_FIELDS = new Set<string>(PERSONAL_FIELDS);
const GS_FIELDS = new Set<string>(['vwb', 'egm']);
const KG_FIELDS = new Set<string>(['kunden', 'vzae']);
/** A year of a register column: four digits. */
const jahrOf = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : null);
const BZ_FIELDS = new Set<string>(['foerderungBgs', 'davonAbschluss']);
const KZ_FIELDS = new Set<string>(['ergebnisVorjahr', 'plaetzePlan']);
const ZL_FIELDS = new Set<string>(ZIEL_FIELDS);
const ZI_FIELDS = new Set<string>(ZIEL_IST_FIELDS);
/** Ids of targets and dialogues: no dots, so a dialogue's key splits into its two ids. */
const PLAIN_ID = /^[^.]+$/;
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
    case 'gs':
      return middle && GS_FIELDS.has(tail)
        ? { kind: 'schaetzung', id: middle, field: tail as SchaetzungField }
        : null;
    case 'gb':
      return first === last && GB_FIELDS.has(tail)
        ? { kind: 'globalbudget', field: tail as GlobalbudgetField }
        : null;
    case 'ps':
      return first === last && PS_FIELDS.has(tail)
        ? { kind: 'personal', field: tail as PersonalField }
        : null;
    case 'pj':
      return middle && tail === 'vzae' ? { kind: 'projekt', id: middle } : null;
    case 'kg':
      return middle && KG_FIELDS.has(tail)
        ? { kind: 'gruppe', id: middle, field: tail as GruppeField }
        : null;
    case 'vp':
      return middle && tail === 'gesamt' ? { kind: 'verpflichtung', id: middle } : null;
    case 'vj': {
      const jahr = jahrOf(tail);
      return middle && jahr !== null ? { kind: 'vpJahr', id: middle, jahr } : null;
    }
    case 've': {
      const jahr = first === last ? jahrOf(tail) : null;
      return jahr !== null ? { kind: 'ermaechtigung', jahr } : null;
    }
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

/**
 * What kind of number a cell holds: drives parsing, validation and formatting. `ratio` is a
 * share between 0 and 100 %, `change` a relative change that may be negative (−1,4 %), `decimal`
 * a number ≥ 0 with up to two decimals that is no amount (VZÄ, 12,5).
 */
export type InputUnit = 'eur' | 'count' | 'ratio' | 'change' | 'decimal';

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
    case 'eintritteBis':
      return 'count';
    case 'ziel':
      return ZIEL_FIELD_UNITS[ref.field];
    case 'zielIst':
      return ZIEL_IST_FIELD_UNITS[ref.field];
    case 'schaetzung':
    case 'verpflichtung':
    case 'vpJahr':
    case 'ermaechtigung':
      return 'eur';
    case 'globalbudget':
      return ref.field === 'obergrenzeVorjahr' ? 'ratio' : 'eur';
    case 'personal':
      return ref.field === 'kostenJeVzae' ? 'eur' : ref.field === 'arbeitswochen' ? 'count' : 'decimal';
    case 'projekt':
      return 'decimal';
    case 'gruppe':
      return ref.field === 'kunden' ? 'count' : 'decimal';
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

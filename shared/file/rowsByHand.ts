/**
 * The rows of the Maßnahmeportfolio checked by hand: a Land plan has 60.000 of them, zod needs
 * several times JSON.parse's time for them (and without its JIT, in the app's renderer whose
 * CSP forbids eval, twenty times). This accepts only rows planSchema.ts accepts and returns
 * them as zod would: the very objects, when their keys are in the schema's order (zod would
 * copy them into that order). A row it does not accept is left to zod's `portfolioRow`; when zod refuses it
 * too, the caller reads the whole plan with zod for its German messages. `rowsByHand.test.ts`
 * holds both to the same verdict and output.
 *
 * A row accepted here has only the schema's keys, so no prototype key (jsonSafety.ts) and no
 * deep nesting can ride along in it.
 */
import type { z } from 'zod';
import { atMostTwoDecimals } from '../number/rounding';
import { MAX_ANZAHL, MAX_BETRAG, MAX_ZIELGRUPPEN } from '../input/limits';
import { MAX_LAUFZEIT } from '../model/budget';
import type { InstrumentRow, Num, PortfolioRow, ReferenceRow, ZielgruppenAnteil } from '../model/plan';
import {
  instrumentRow,
  MAX_ID,
  MAX_TEXT,
  portfolioRow,
  referenceRow,
  ZIELGRUPPE_ID,
  zielgruppenAnteil,
} from './planSchema';

/** The keys in the schema's order; optional ones (exactOptional) may be absent. */
const INSTRUMENT_KEYS = [
  'kind',
  'id',
  'instrument',
  'kategorie',
  'eintritte',
  'mittelansatz',
  'finanzierung',
  'nachrichtlich',
  'vorjahrEintritte',
  'vorjahrMittel',
  'funktion',
  'fbw',
  'beginn',
  'laufzeit',
  'eintritteBis',
  'zielgruppen',
] as const;
const INSTRUMENT_REQUIRED = 12;
const REFERENCE_KEYS = ['kind', 'id', 'ownerRowId', 'teilEintritte', 'teilBetrag'] as const;
const REFERENCE_REQUIRED = 3;
const ANTEIL_KEYS = {
  ganz: ['zielgruppeId', 'art'],
  teil: ['zielgruppeId', 'art', 'eintritte', 'betrag'],
  prozent: ['zielgruppeId', 'art', 'anteil'],
} as const;

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);
const optionalCount = (shape: Record<string, z.ZodType>) =>
  Object.values(shape).filter((f) => f._zod.optin === 'optional').length;
/** Off when the schema's rows gained or lost a field this file does not know yet. */
const IN_STEP =
  sameKeys(Object.keys(instrumentRow.shape), INSTRUMENT_KEYS) &&
  optionalCount(instrumentRow.shape) === INSTRUMENT_KEYS.length - INSTRUMENT_REQUIRED &&
  sameKeys(Object.keys(referenceRow.shape), REFERENCE_KEYS) &&
  optionalCount(referenceRow.shape) === REFERENCE_KEYS.length - REFERENCE_REQUIRED &&
  zielgruppenAnteil.options.every((o) => {
    const art = (o.shape.art as unknown as { value: keyof typeof ANTEIL_KEYS }).value;
    return sameKeys(Object.keys(o.shape), ANTEIL_KEYS[art] ?? []);
  });

type Obj = Record<string, unknown>;
// Not Object.hasOwn: V8 turns this call inside for…in into a check of the object's map.
const { hasOwnProperty } = Object.prototype;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * True when `v`'s own keys are `keys` in this order, the first `required` of them present and
 * the rest optional (absent, or present in their place). Then `v` already is what zod returns.
 */
function inOrder(v: Obj, keys: readonly string[], required: number): boolean {
  let i = 0;
  // for…in visits the own keys in Object.keys' order, and inherited enumerable ones (refused)
  for (const key in v) {
    while (i < keys.length && keys[i] !== key) {
      if (i < required) return false;
      i++;
    }
    if (i === keys.length || !hasOwnProperty.call(v, key)) return false;
    i++;
  }
  return i >= required;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && v >= 0 && v <= MAX_ANZAHL && Number.isInteger(v);
const isAnzahl = (v: unknown): v is Num => v === null || isCount(v);
const isBetrag = (v: unknown): v is Num =>
  v === null || (typeof v === 'number' && v >= 0 && v <= MAX_BETRAG && atMostTwoDecimals(v));
const isAnteil = (v: unknown): v is Num => v === null || (typeof v === 'number' && v >= 0 && v <= 1);
const isMonth = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12;
const isLaufzeit = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_LAUFZEIT;
/** An optional field: absent, or present and valid (exactOptional: `undefined` is not absent). */
const optional = (v: Obj, key: string, valid: (x: unknown) => boolean) => !(key in v) || valid(v[key]);

const ART = ['art'];
const ART_PROGRAMM = ['art', 'programmId'];
const ART_IN_ROW = ['art', 'inRowId'];

function finanzierung(v: unknown): boolean {
  if (!isObject(v)) return false;
  switch (v.art) {
    case 'EGT':
    case 'kommunal':
      return inOrder(v, ART, 1);
    case 'Drittmittel':
      return (v.programmId === null || isId(v.programmId)) && inOrder(v, ART_PROGRAMM, 2);
    case 'enthalten':
      return (v.inRowId === null || isId(v.inRowId)) && inOrder(v, ART_IN_ROW, 2);
    default:
      return false;
  }
}

/** A share of a target group, only when already in the schema's key order (else zod reads the row). */
function anteil(v: unknown): boolean {
  if (!isObject(v) || typeof v.zielgruppeId !== 'string' || !ZIELGRUPPE_ID.test(v.zielgruppeId)) return false;
  switch (v.art) {
    case 'ganz':
      return inOrder(v, ANTEIL_KEYS.ganz, 2);
    case 'teil':
      return inOrder(v, ANTEIL_KEYS.teil, 4) && isAnzahl(v.eintritte) && isBetrag(v.betrag);
    case 'prozent':
      return inOrder(v, ANTEIL_KEYS.prozent, 3) && isAnteil(v.anteil);
    default:
      return false;
  }
}

const isZielgruppen = (v: unknown): v is ZielgruppenAnteil[] =>
  Array.isArray(v) && v.length <= MAX_ZIELGRUPPEN && v.every(anteil);

function instrument(v: Obj): InstrumentRow | null {
  if (
    !isId(v.id) ||
    !isText(v.instrument) ||
    !(v.kategorie === null || typeof v.kategorie === 'string') ||
    !isAnzahl(v.eintritte) ||
    !isBetrag(v.mittelansatz) ||
    typeof v.nachrichtlich !== 'boolean' ||
    !isAnzahl(v.vorjahrEintritte) ||
    !isBetrag(v.vorjahrMittel) ||
    !isText(v.funktion) ||
    typeof v.fbw !== 'boolean' ||
    !optional(v, 'beginn', isMonth) ||
    !optional(v, 'laufzeit', isLaufzeit) ||
    !optional(v, 'eintritteBis', isAnzahl) ||
    !optional(v, 'zielgruppen', isZielgruppen) ||
    !finanzierung(v.finanzierung) ||
    // another key order, or a key the schema does not know: zod decides
    !inOrder(v, INSTRUMENT_KEYS, INSTRUMENT_REQUIRED)
  )
    return null;
  return v as unknown as InstrumentRow;
}

function reference(v: Obj): ReferenceRow | null {
  if (
    !isId(v.id) ||
    !isId(v.ownerRowId) ||
    !optional(v, 'teilEintritte', isAnzahl) ||
    !optional(v, 'teilBetrag', isBetrag) ||
    !inOrder(v, REFERENCE_KEYS, REFERENCE_REQUIRED)
  )
    return null;
  return v as unknown as ReferenceRow;
}

/** One row as planSchema returns it, when the hand check can tell; null: zod must look at it. */
export function rowByHand(v: unknown): PortfolioRow | null {
  if (!IN_STEP || !isObject(v)) return null;
  if (v.kind === 'instrument') return instrument(v);
  if (v.kind === 'reference') return reference(v);
  return null;
}

/**
 * An area's rows as planSchema returns them, or null when a row is invalid (then the caller
 * lets zod read the whole plan and say what). Rows the hand check leaves open go to zod one
 * by one.
 */
export function rowsByHand(rows: unknown): PortfolioRow[] | null {
  if (!Array.isArray(rows)) return null;
  const out = new Array<PortfolioRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const hand = rowByHand(row);
    if (hand) out[i] = hand;
    else {
      const checked = portfolioRow.safeParse(row);
      if (!checked.success) return null;
      out[i] = checked.data;
    }
  }
  return out;
}

/**
 * The whole Plan (shared/model/plan.ts) as a zod schema: what a file, the database or an IPC
 * message must hold to count as a plan. Every field names what it expects in German; the
 * compile-time check at the end keeps schema and model type in step.
 */
import { z } from 'zod';
import { decimalPlaces } from '../number/rounding';
import {
  MAX_ANZAHL,
  MAX_BERUFSBEREICHE,
  MAX_BETRAG,
  MAX_DECKEL,
  MAX_INPUT_LENGTH,
  MAX_KATEGORIEN,
  MAX_SCHWERPUNKTE,
} from '../input/limits';
import type { Plan } from '../model/plan';
import { PLAN_STATUSES, SCHEMA_VERSION, TRAEGERFORMEN } from '../model/plan';
import { formatCount, formatEur } from '../format/numberFormat';
import { expecting } from './issueMessages';

const MAX_TEXT = 20_000;

const id = z
  .string(expecting('Kennung (Text)'))
  .min(1, expecting('nicht-leere Kennung'))
  .max(200, expecting('Kennung mit höchstens 200 Zeichen'));
const text = z.string(expecting('Text')).max(MAX_TEXT, expecting(`Text mit höchstens ${MAX_TEXT} Zeichen`));

/** Euro, ≥ 0, at most two decimals; null = empty cell. */
const betrag = z
  .number(expecting('Zahl ≥ 0'))
  .min(0, expecting('Zahl ≥ 0'))
  .max(MAX_BETRAG, expecting(`Betrag ≤ ${formatEur(MAX_BETRAG)}`))
  // Whole euros (most amounts) skip decimalPlaces' string work.
  .refine(
    (v) => Number.isInteger(v) || decimalPlaces(v) <= 2,
    expecting('Betrag mit höchstens 2 Nachkommastellen'),
  )
  .nullable();

/** Eintritte, Plätze: whole number ≥ 0; null = empty cell. */
const anzahl = z
  .number(expecting('Zahl ≥ 0'))
  .min(0, expecting('Zahl ≥ 0'))
  .max(MAX_ANZAHL, expecting(`Anzahl ≤ ${formatCount(MAX_ANZAHL)}`))
  .refine(Number.isInteger, expecting('ganze Zahl'))
  .nullable();

/** A share between 0 and 1 (0 % … 100 %). */
const anteilValue = z
  .number(expecting('Anteil zwischen 0 und 1'))
  .min(0, expecting('Anteil zwischen 0 und 1'))
  .max(1, expecting('Anteil zwischen 0 und 1'));
const anteil = anteilValue.nullable();

const year = z
  .number(expecting('Jahreszahl'))
  .int(expecting('Jahreszahl'))
  .min(1990, expecting('Jahreszahl ab 1990'))
  .max(2200, expecting('Jahreszahl bis 2200'));
const isoDate = z
  .string(expecting('Datum JJJJ-MM-TT'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, expecting('Datum JJJJ-MM-TT'));
const yearPair = z.strictObject({ plan: betrag, vorjahr: betrag }, expecting('Objekt mit plan und vorjahr'));

const header = z.strictObject(
  {
    jobcenter: text,
    year,
    vorjahr: year,
    status: z.enum(PLAN_STATUSES, expecting(`Status (${PLAN_STATUSES.join(', ')})`)),
    variante: text,
    author: text,
    changedAt: z.iso.datetime({ offset: true, ...expecting('Zeitpunkt im ISO-Format') }),
    sourcePlanId: id.exactOptional(),
    globalbudget: betrag.exactOptional(),
    traegerform: z.enum(TRAEGERFORMEN, expecting('Trägerform (gE, zkT)')).exactOptional(),
  },
  expecting('Objekt'),
);

const umschichtungInput = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('betrag'), betrag }),
  z.strictObject({ mode: z.literal('quote'), quote: anteil }),
]);

const haushalt = z.strictObject(
  {
    mittelausstattung: yearPair,
    rueckeinnahmen: yearPair,
    zuweisungen: z.array(
      z.strictObject({ id, name: text, betrag: yearPair }, expecting('Objekt')),
      expecting('Liste'),
    ),
    umschichtung: z.strictObject(
      { plan: umschichtungInput, vorjahr: umschichtungInput },
      expecting('Objekt mit plan und vorjahr'),
    ),
    vorbindungen: yearPair,
    ausserhalbEgt: z.array(
      z.strictObject({ id, name: text, betrag }, expecting('Objekt')),
      expecting('Liste'),
    ),
  },
  expecting('Objekt'),
);

const drittmittel = z.strictObject(
  {
    id,
    programm: text,
    bewilligungGesamt: betrag,
    zeitraum: text,
    betragJahr: betrag,
    davonPersonal: betrag,
  },
  expecting('Objekt'),
);

const finanzierung = z.discriminatedUnion('art', [
  z.strictObject({ art: z.literal('EGT') }),
  z.strictObject({ art: z.literal('Drittmittel'), programmId: id.nullable() }),
  z.strictObject({ art: z.literal('enthalten'), inRowId: id.nullable() }),
]);

const instrumentRow = z.strictObject({
  kind: z.literal('instrument'),
  id,
  instrument: text,
  kategorie: z.string(expecting('Förderkategorie (Text) oder null')).nullable(),
  eintritte: anzahl,
  mittelansatz: betrag,
  finanzierung,
  nachrichtlich: z.boolean(expecting('true oder false')),
  vorjahrEintritte: anzahl,
  vorjahrMittel: betrag,
  funktion: text,
  fbw: z.boolean(expecting('true oder false')),
});

const referenceRow = z.strictObject({ kind: z.literal('reference'), id, ownerRowId: id });

const schwerpunkt = z.strictObject(
  {
    id,
    name: text,
    rows: z.array(z.discriminatedUnion('kind', [instrumentRow, referenceRow]), expecting('Liste')),
  },
  expecting('Objekt'),
);

const bildungsziel = z.strictObject(
  {
    bereich: z
      .number(expecting('Berufsbereich 1-10'))
      .int(expecting('Berufsbereich 1-10'))
      .min(1, expecting('Berufsbereich ab 1'))
      .max(99, expecting('Berufsbereich bis 99')),
    foerderungBgs: anzahl,
    davonAbschluss: anzahl,
  },
  expecting('Objekt'),
);

const kennzahl = z.strictObject(
  { key: id, ergebnisVorjahr: anzahl, plaetzePlan: anzahl.exactOptional() },
  expecting('Objekt'),
);

const kategorieLine = z.strictObject(
  { key: id, name: text, kind: z.enum(['line', 'darunter'], expecting('"line" oder "darunter"')) },
  expecting('Objekt'),
);

const stammdaten = z.strictObject(
  {
    foerderkategorien: z.array(
      z.strictObject(
        { key: id, name: text, lines: z.array(kategorieLine, expecting('Liste')) },
        expecting('Objekt'),
      ),
      expecting('Liste'),
    ),
    berufsbereiche: z
      .array(text, expecting('Liste'))
      .max(MAX_BERUFSBEREICHE, expecting(`Liste mit höchstens ${MAX_BERUFSBEREICHE} Berufsbereichen`)),
    deckel: z
      .array(
        z.strictObject(
          {
            id,
            gueltigAb: isoDate.nullable(),
            gueltigBis: isoDate.nullable(),
            label: text,
            kategorien: z.array(id, expecting('Liste')),
            maxAnteil: anteilValue,
          },
          expecting('Objekt'),
        ),
        expecting('Liste'),
      )
      .max(MAX_DECKEL, expecting(`Liste mit höchstens ${MAX_DECKEL} Deckelregeln`)),
    toleranzen: z.strictObject(
      {
        auslastungWarnungUeber: z.number(expecting('Zahl ≥ 0')).min(0, expecting('Zahl ≥ 0')),
        auslastungHinweisUnter: z.number(expecting('Zahl ≥ 0')).min(0, expecting('Zahl ≥ 0')),
        ueberplanungRot: z.number(expecting('Zahl ≥ 0')).min(0, expecting('Zahl ≥ 0')),
        kostenJeEintrittAbweichung: z.number(expecting('Zahl ≥ 0')).min(0, expecting('Zahl ≥ 0')),
      },
      expecting('Objekt'),
    ),
  },
  expecting('Objekt'),
);

export const planSchema = z.strictObject(
  {
    schemaVersion: z.literal(SCHEMA_VERSION, expecting(`Dateiformat-Version ${SCHEMA_VERSION}`)),
    id,
    header,
    haushalt,
    drittmittel: z.array(drittmittel, expecting('Liste')),
    schwerpunkte: z
      .array(schwerpunkt, expecting('Liste'))
      .max(MAX_SCHWERPUNKTE, expecting(`Liste mit höchstens ${MAX_SCHWERPUNKTE} Handlungsschwerpunkten`)),
    bildungsziele: z
      .array(bildungsziel, expecting('Liste'))
      .max(MAX_BERUFSBEREICHE, expecting(`Liste mit höchstens ${MAX_BERUFSBEREICHE} Berufsbereichen`)),
    kennzahlen: z
      .array(kennzahl, expecting('Liste'))
      .max(MAX_KATEGORIEN, expecting(`Liste mit höchstens ${MAX_KATEGORIEN} Kennzahlen`)),
    stammdaten,
    formeln: z.record(
      z.string(),
      z
        .string(expecting('Formeltext'))
        .max(MAX_INPUT_LENGTH, expecting(`Formel mit höchstens ${MAX_INPUT_LENGTH} Zeichen`)),
      expecting('Objekt'),
    ),
  },
  expecting('Objekt'),
);

// Compile-time check: the schema describes exactly the Plan type, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_PLAN: Same<z.infer<typeof planSchema>, Plan> = true;

/**
 * The whole Plan (shared/model/plan.ts) as a zod schema: what a file, the database or an IPC
 * message must hold to count as a plan. Every field names what it expects in German; the
 * compile-time check at the end keeps schema and model type in step.
 */
import { z } from 'zod';
import { atMostTwoDecimals } from '../number/rounding';
import {
  MAX_ANZAHL,
  MAX_BERUFSBEREICHE,
  MAX_BETRAG,
  MAX_DECKEL,
  MAX_DIALOGE,
  MAX_INPUT_LENGTH,
  MAX_JAHRESBETRAEGE,
  MAX_KATEGORIEN,
  MAX_LISTENEINTRAEGE,
  MAX_NOTIZ_LENGTH,
  MAX_NOTIZEN,
  MAX_PARTEIEN,
  MAX_SCHAETZUNGEN,
  MAX_SCHWERPUNKTE,
  MAX_VERAENDERUNG,
  MAX_ZEILEN,
  MAX_ZIELE,
  MAX_ZIELGRUPPEN,
  MIN_VERAENDERUNG,
} from '../input/limits';
import { MAX_LAUFZEIT, SCHAETZUNG_ARTEN, UMSCHICHTUNGS_BASEN } from '../model/budget';
import { parseNoteKey } from '../model/notes';
import type { Plan } from '../model/plan';
import { PLAN_STATUSES, SCHEMA_VERSION, TRAEGERFORMEN } from '../model/plan';
import {
  PARTEI_ROLLEN,
  VORJAHR_QUELLEN,
  ZIELARTEN,
  ZIELBEREICHE,
  ZIELEINHEITEN,
  ZIEL_SEGMENTE,
} from '../model/ziele';
import { formatCount, formatEur } from '../format/numberFormat';
import { dokumentSchema } from './dokumentSchema';
import { expecting } from './issueMessages';

export const MAX_TEXT = 20_000;
export const MAX_ID = 200;

const id = z
  .string(expecting('Kennung (Text)'))
  .min(1, expecting('nicht-leere Kennung'))
  .max(MAX_ID, expecting(`Kennung mit höchstens ${MAX_ID} Zeichen`));
const text = z.string(expecting('Text')).max(MAX_TEXT, expecting(`Text mit höchstens ${MAX_TEXT} Zeichen`));

/** Euro, ≥ 0, at most two decimals; null = empty cell. */
const betrag = z
  .number(expecting('Zahl ≥ 0'))
  .min(0, expecting('Zahl ≥ 0'))
  .max(MAX_BETRAG, expecting(`Betrag ≤ ${formatEur(MAX_BETRAG)}`))
  .refine(atMostTwoDecimals, expecting('Betrag mit höchstens 2 Nachkommastellen'))
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

// The side typed last is primary; the other keeps what was typed there before (if anything).
const umschichtungInput = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('betrag'), betrag, quote: anteil.exactOptional() }),
  z.strictObject({ mode: z.literal('quote'), quote: anteil, betrag: betrag.exactOptional() }),
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
    verwendetVorjahre: betrag.exactOptional(),
  },
  expecting('Objekt'),
);

const finanzierung = z.discriminatedUnion('art', [
  z.strictObject({ art: z.literal('EGT') }),
  z.strictObject({ art: z.literal('Drittmittel'), programmId: id.nullable() }),
  z.strictObject({ art: z.literal('enthalten'), inRowId: id.nullable() }),
  z.strictObject({ art: z.literal('kommunal') }),
]);

/** A target group's id: cell keys and figure ids are built from it, so no dots. */
export const ZIELGRUPPE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const zielgruppeId = z
  .string(expecting('Kennung der Zielgruppe (Text)'))
  .regex(ZIELGRUPPE_ID, expecting('Kennung aus Kleinbuchstaben, Ziffern und „-“'));

export const zielgruppenAnteil = z.discriminatedUnion('art', [
  z.strictObject({ zielgruppeId, art: z.literal('ganz') }),
  z.strictObject({ zielgruppeId, art: z.literal('teil'), eintritte: anzahl, betrag }),
  z.strictObject({ zielgruppeId, art: z.literal('prozent'), anteil }),
]);

// Valid rows are mostly checked by hand (rowsByHand.ts, several times faster than zod, twenty
// times without its JIT as in the app's renderer): a change here must be made there too; its
// test compares both, and the hand check switches itself off when the keys no longer match.
export const instrumentRow = z.strictObject({
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
  beginn: z
    .number(expecting('Monat 1-12'))
    .int(expecting('Monat 1-12'))
    .min(1, expecting('Monat 1-12'))
    .max(12, expecting('Monat 1-12'))
    .exactOptional(),
  laufzeit: z
    .number(expecting(`Laufzeit in Monaten (1-${MAX_LAUFZEIT})`))
    .int(expecting(`Laufzeit in Monaten (1-${MAX_LAUFZEIT})`))
    .min(1, expecting(`Laufzeit in Monaten (1-${MAX_LAUFZEIT})`))
    .max(MAX_LAUFZEIT, expecting(`Laufzeit in Monaten (1-${MAX_LAUFZEIT})`))
    .exactOptional(),
  eintritteBis: anzahl.exactOptional(),
  zielgruppen: z
    .array(zielgruppenAnteil, expecting('Liste'))
    .max(MAX_ZIELGRUPPEN, expecting(`Liste mit höchstens ${MAX_ZIELGRUPPEN} Zielgruppenanteilen`))
    .exactOptional(),
});

export const referenceRow = z.strictObject({
  kind: z.literal('reference'),
  id,
  ownerRowId: id,
  teilEintritte: anzahl.exactOptional(),
  teilBetrag: betrag.exactOptional(),
});

export const portfolioRow = z.discriminatedUnion('kind', [instrumentRow, referenceRow]);

export const schwerpunkt = z.strictObject(
  {
    id,
    name: text,
    rows: z.array(portfolioRow, expecting('Liste')),
    zielgruppeId: zielgruppeId.nullable().exactOptional(),
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
    zielgruppen: z
      .array(z.strictObject({ id: zielgruppeId, name: text }, expecting('Objekt')), expecting('Liste'))
      .max(MAX_ZIELGRUPPEN, expecting(`Liste mit höchstens ${MAX_ZIELGRUPPEN} Zielgruppen`)),
  },
  expecting('Objekt'),
);

/** A relative change: a fraction between −1 (−100 %) and 10 (+1.000 %); null = empty cell. */
const veraenderung = z
  .number(expecting('Veränderung als Anteil'))
  .min(MIN_VERAENDERUNG, expecting('Veränderung ab -1 (−100 %)'))
  .max(MAX_VERAENDERUNG, expecting('Veränderung bis 10 (+1.000 %)'))
  .nullable();

/** Ids of targets and dialogues name input cells with two ids in a row: no dots. */
const plainId = id.regex(/^[^.]+$/, expecting('Kennung ohne Punkt'));
const oneOf = <T extends string>(values: readonly [T, ...T[]] | readonly T[]) =>
  z.enum(values as [T, ...T[]], expecting(values.map((v) => `"${v}"`).join(', ')));
const texts = z
  .array(text, expecting('Liste von Texten'))
  .max(MAX_LISTENEINTRAEGE, expecting(`Liste mit höchstens ${MAX_LISTENEINTRAEGE} Einträgen`));

const partei = z.strictObject(
  {
    id,
    rolle: oneOf(PARTEI_ROLLEN),
    name: text,
    vertreter: text,
    ort: text,
    datum: isoDate.nullable(),
  },
  expecting('Objekt'),
);

const zielWerte = z.strictObject(
  {
    aenderung: veraenderung,
    quote: anteil,
    anzahl,
    betrag,
    vorjahrQuote: anteil,
    vorjahrAnzahl: anzahl,
    vorjahrBetrag: betrag,
    vorjahrZiel: veraenderung,
    vorjahrIst: veraenderung,
    elb: anzahl,
    elbVorjahr: anzahl,
    anteilEgt: anteil,
    anteilKunden: anteil,
  },
  expecting('Objekt'),
);

const ziel = z.strictObject(
  {
    id: plainId,
    zielbereich: oneOf(ZIELBEREICHE),
    kennzahl: z
      .string(expecting('Kennzahl (Text) oder null'))
      .max(40, expecting('Kennzahl mit höchstens 40 Zeichen'))
      .nullable(),
    segment: oneOf(ZIEL_SEGMENTE),
    segmentName: text,
    bezeichnung: text,
    zielart: oneOf(ZIELARTEN),
    einheit: oneOf(ZIELEINHEITEN),
    polaritaet: oneOf(['higherIsBetter', 'lowerIsBetter'] as const),
    stellen: z
      .number(expecting('Nachkommastellen 0 bis 3'))
      .int(expecting('Nachkommastellen 0 bis 3'))
      .min(0, expecting('Nachkommastellen 0 bis 3'))
      .max(3, expecting('Nachkommastellen 0 bis 3')),
    werte: zielWerte,
    vorjahrQuelle: oneOf(VORJAHR_QUELLEN).nullable(),
    gekoppeltAn: id.nullable(),
    erreichtWenn: text,
    stichtage: z
      .array(isoDate, expecting('Liste von Daten'))
      .max(MAX_LISTENEINTRAEGE, expecting(`Liste mit höchstens ${MAX_LISTENEINTRAEGE} Stichtagen`)),
    notiz: text,
  },
  expecting('Objekt'),
);

const zielIst = z.strictObject(
  {
    zielId: plainId,
    werte: z.strictObject(
      {
        istAenderung: veraenderung,
        istQuote: anteil,
        istAnzahl: anzahl,
        istBetrag: betrag,
        zaehler: anzahl,
        nenner: anzahl,
      },
      expecting('Objekt'),
    ),
    erreicht: z.boolean(expecting('true, false oder null')).nullable(),
  },
  expecting('Objekt'),
);

/** VZÄ and other numbers with up to two decimals, ≥ 0; null = empty cell. */
const dezimal = z
  .number(expecting('Zahl ≥ 0'))
  .min(0, expecting('Zahl ≥ 0'))
  .max(MAX_ANZAHL, expecting(`Zahl ≤ ${formatCount(MAX_ANZAHL)}`))
  .refine(atMostTwoDecimals, expecting('Zahl mit höchstens 2 Nachkommastellen'))
  .nullable();

/** A month `YYYY-MM`, or '' while not typed. */
const monat = z
  .string(expecting('Monat JJJJ-MM'))
  .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, expecting('Monat JJJJ-MM oder leer'));

const jahresbetraege = z
  .array(z.strictObject({ jahr: year, betrag }, expecting('Objekt mit jahr und betrag')), expecting('Liste'))
  .max(MAX_JAHRESBETRAEGE, expecting(`Liste mit höchstens ${MAX_JAHRESBETRAEGE} Jahren`));

const globalbudget = z.strictObject(
  {
    schaetzungen: z
      .array(
        z.strictObject(
          {
            id,
            art: z.enum(SCHAETZUNG_ARTEN, expecting(`Art der Schätzung (${SCHAETZUNG_ARTEN.join(', ')})`)),
            stand: monat,
            vwb: betrag,
            egm: betrag,
          },
          expecting('Objekt'),
        ),
        expecting('Liste'),
      )
      .max(MAX_SCHAETZUNGEN, expecting(`Liste mit höchstens ${MAX_SCHAETZUNGEN} Schätzungen`)),
    grundlageId: id.nullable(),
    mittelausstattungAusGrundlage: z.boolean(expecting('true oder false')),
    umschichtungsbasis: z.enum(UMSCHICHTUNGS_BASEN, expecting(`Basis (${UMSCHICHTUNGS_BASEN.join(', ')})`)),
    umschichtungsbasisVorjahr: z.enum(
      ['summeEGM', 'egmZuweisung'],
      expecting('Basis (summeEGM, egmZuweisung)'),
    ),
    sachkosten: betrag,
    einmaleffekte: betrag,
    obergrenzeVorjahr: anteil,
    obergrenzeVorjahrBasis: betrag,
  },
  expecting('Objekt'),
);

const zieldialog = z.strictObject(
  {
    id: plainId,
    datum: isoDate.nullable(),
    datenstand: text,
    notizen: text,
    massnahmen: text,
    werte: z
      .array(zielIst, expecting('Liste'))
      .max(MAX_ZIELE, expecting(`Liste mit höchstens ${MAX_ZIELE} Einträgen`)),
  },
  expecting('Objekt'),
);

const projektFinanzierung = z.discriminatedUnion('art', [
  z.strictObject({ art: z.literal('VWB') }),
  z.strictObject({ art: z.literal('Drittmittel'), programmId: id.nullable() }),
  z.strictObject({ art: z.literal('sonstige') }),
]);

const personal = z.strictObject(
  {
    sollVzae: dezimal,
    planstellenBeantragt: dezimal,
    kostenJeVzae: betrag,
    gespraecheProWoche: dezimal,
    arbeitswochen: anzahl,
    projekte: z
      .array(
        z.strictObject(
          { id, bezeichnung: text, vzae: dezimal, finanzierung: projektFinanzierung },
          expecting('Objekt'),
        ),
        expecting('Liste'),
      )
      .max(MAX_ZEILEN, expecting(`Liste mit höchstens ${formatCount(MAX_ZEILEN)} Zeilen`)),
    gruppen: z
      .array(
        z.strictObject({ id, name: text, kunden: anzahl, vzae: dezimal }, expecting('Objekt')),
        expecting('Liste'),
      )
      .max(MAX_ZEILEN, expecting(`Liste mit höchstens ${formatCount(MAX_ZEILEN)} Zeilen`)),
  },
  expecting('Objekt'),
);

const zielvereinbarung = z.strictObject(
  {
    traegerform: oneOf(TRAEGERFORMEN),
    rechtsgrundlage: text,
    parteien: z
      .array(partei, expecting('Liste'))
      .max(MAX_PARTEIEN, expecting(`Liste mit höchstens ${MAX_PARTEIEN} Parteien`)),
    anlagen: texts,
    landesschwerpunkte: texts,
    dialogeProJahr: z
      .number(expecting('ganze Zahl ≥ 0'))
      .int(expecting('ganze Zahl ≥ 0'))
      .min(0, expecting('ganze Zahl ≥ 0'))
      .max(MAX_DIALOGE, expecting(`höchstens ${MAX_DIALOGE}`))
      .nullable(),
    rechenbasis: oneOf(['gedruckt', 'voll'] as const),
    ziele: z
      .array(ziel, expecting('Liste'))
      .max(MAX_ZIELE, expecting(`Liste mit höchstens ${MAX_ZIELE} Zielen`)),
    dialoge: z
      .array(zieldialog, expecting('Liste'))
      .max(MAX_DIALOGE, expecting(`Liste mit höchstens ${MAX_DIALOGE} Zieldialogen`)),
  },
  expecting('Objekt'),
);

const verpflichtungen = z.strictObject(
  {
    eintraege: z
      .array(
        z.strictObject(
          {
            id,
            bezeichnung: text,
            rowId: id.nullable(),
            beginn: monat,
            ende: monat,
            gesamt: betrag,
            profil: z.enum(['monatlich', 'jahresbetraege'], expecting('"monatlich" oder "jahresbetraege"')),
            jahresbetraege,
            jahr: year.nullable(),
          },
          expecting('Objekt'),
        ),
        expecting('Liste'),
      )
      .max(MAX_ZEILEN, expecting(`Liste mit höchstens ${formatCount(MAX_ZEILEN)} Zeilen`)),
    vorbindungenAusRegister: z.boolean(expecting('true oder false')),
    ermaechtigungen: jahresbetraege,
    herkunft: text,
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
    globalbudget,
    personal,
    verpflichtungen,
    schwerpunkte: z
      .array(schwerpunkt, expecting('Liste'))
      .max(MAX_SCHWERPUNKTE, expecting(`Liste mit höchstens ${MAX_SCHWERPUNKTE} Handlungsschwerpunkten`)),
    bildungsziele: z
      .array(bildungsziel, expecting('Liste'))
      .max(MAX_BERUFSBEREICHE, expecting(`Liste mit höchstens ${MAX_BERUFSBEREICHE} Berufsbereichen`)),
    kennzahlen: z
      .array(kennzahl, expecting('Liste'))
      .max(MAX_KATEGORIEN, expecting(`Liste mit höchstens ${MAX_KATEGORIEN} Kennzahlen`)),
    zielgruppen: z
      .array(
        z.strictObject({ zielgruppeId, anteilKundenbestand: anteil }, expecting('Objekt')),
        expecting('Liste'),
      )
      .max(MAX_ZIELGRUPPEN, expecting(`Liste mit höchstens ${MAX_ZIELGRUPPEN} Zielgruppen`)),
    stammdaten,
    zielvereinbarung,
    formeln: z.record(
      z.string(),
      z
        .string(expecting('Formeltext'))
        .max(MAX_INPUT_LENGTH, expecting(`Formel mit höchstens ${MAX_INPUT_LENGTH} Zeichen`)),
      expecting('Objekt'),
    ),
    notizen: z
      .record(
        z.string().refine((k) => parseNoteKey(k) !== null, expecting('Zelle oder Zeile (Bemerkung)')),
        z
          .string(expecting('Text der Bemerkung'))
          .min(1, expecting('nicht-leere Bemerkung'))
          .max(
            MAX_NOTIZ_LENGTH,
            expecting(`Bemerkung mit höchstens ${formatCount(MAX_NOTIZ_LENGTH)} Zeichen`),
          ),
        expecting('Objekt'),
      )
      .refine(
        (n) => Object.keys(n).length <= MAX_NOTIZEN,
        expecting(`höchstens ${formatCount(MAX_NOTIZEN)} Bemerkungen`),
      ),
    dokument: dokumentSchema,
  },
  expecting('Objekt'),
);

// Compile-time check: the schema describes exactly the Plan type, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_PLAN: Same<z.infer<typeof planSchema>, Plan> = true;

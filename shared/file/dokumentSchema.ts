/**
 * The Programm's texts (model/dokument.ts) in the plan file: strict, bounded, German messages.
 * Links may only point to http(s) or mailto addresses: a file is hostile, and a `javascript:`
 * link would run in the editor or a Word reader.
 */
import { z } from 'zod';
import { formatCount } from '../format/numberFormat';
import { MAX_ABSCHNITTE, MAX_KAPITEL, MAX_TEXT_BLOECKE, MAX_TEXT_ZEICHEN } from '../input/limits';
import { KAPITEL_ARTEN, textLength } from '../model/dokument';
import { expecting } from './issueMessages';

const id = z
  .string(expecting('Kennung (Text)'))
  .min(1, expecting('nicht-leere Kennung'))
  .max(200, expecting('Kennung mit höchstens 200 Zeichen'));
const titel = z.string(expecting('Text')).max(500, expecting('Überschrift mit höchstens 500 Zeichen'));

/** A link the app follows: http, https or mailto, nothing that runs code. */
export const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

const inline = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('text'),
    text: z.string(expecting('Text')).max(MAX_TEXT_ZEICHEN, expecting('kürzerer Text')),
    bold: z.literal(true, expecting('true')).exactOptional(),
    italic: z.literal(true, expecting('true')).exactOptional(),
    href: z
      .string(expecting('Link'))
      .max(2_000, expecting('Link mit höchstens 2.000 Zeichen'))
      .regex(SAFE_HREF, expecting('Link mit http://, https:// oder mailto:'))
      .exactOptional(),
  }),
  z.strictObject({ t: z.literal('figur'), id }),
]);

const bounded = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, expecting('Liste'))
    .max(MAX_TEXT_BLOECKE, expecting(`Liste mit höchstens ${formatCount(MAX_TEXT_BLOECKE)} ${what}`));

const inlines = bounded(inline, 'Textstücken');

const block = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('h'), content: inlines }),
  z.strictObject({ t: z.literal('p'), content: inlines }),
  z.strictObject({ t: z.literal('ul'), items: bounded(inlines, 'Listenpunkten') }),
]);

export const textSchema = bounded(block, 'Absätzen').refine(
  (t) => textLength(t) <= MAX_TEXT_ZEICHEN,
  expecting(`Text mit höchstens ${formatCount(MAX_TEXT_ZEICHEN)} Zeichen`),
);

const abschnitt = z.strictObject({ id, titel, text: textSchema }, expecting('Objekt'));

const kapitel = z.strictObject(
  {
    id,
    art: z.enum(KAPITEL_ARTEN, expecting(`Kapitelart (${KAPITEL_ARTEN.join(', ')})`)),
    titel,
    abschnitte: z
      .array(abschnitt, expecting('Liste'))
      .max(MAX_ABSCHNITTE, expecting(`Liste mit höchstens ${MAX_ABSCHNITTE} Abschnitten`)),
  },
  expecting('Objekt'),
);

const schwerpunktText = z.strictObject(
  {
    schwerpunktId: id,
    ausgangslage: textSchema,
    ziele: textSchema,
    strategie: textSchema,
    massnahmen: textSchema,
  },
  expecting('Objekt'),
);

export const dokumentSchema = z.strictObject(
  {
    kapitel: z
      .array(kapitel, expecting('Liste'))
      .max(MAX_KAPITEL, expecting(`Liste mit höchstens ${MAX_KAPITEL} Kapiteln`)),
    schwerpunkte: z
      .array(schwerpunktText, expecting('Liste'))
      // One entry per area, plus those of deleted areas kept for undo.
      .max(2 * 1_000, expecting('Liste mit höchstens 2.000 Einträgen')),
  },
  expecting('Objekt'),
);

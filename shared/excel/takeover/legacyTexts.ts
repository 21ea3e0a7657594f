/**
 * The texts of a Jobcenter's table that mean something beyond themselves: total rows ("Summe",
 * "Gesamtsumme", "Integration insgesamt", "Σ"), block headings ("Handlungsschwerpunkt 1:
 * Integration"), Förderkategorien ("III.1", "Kat. I", a category's name), Finanzierung and the
 * notes typed where an amount would be ("Betrag bei BaE enthalten", "ESF-Mittel").
 */
import type { Stammdaten } from '../../model/plan';
import { normalizeText } from './headerWords';

const NOT_LETTER = '(?![\\p{L}])';

const TOTAL_START = new RegExp(
  `^(?:summe|zwischensumme|gesamtsumme|gesamt|insgesamt|total)${NOT_LETTER}|^[σ∑]`,
  'u',
);
const TOTAL_END = /(?<![\p{L}])(?:insgesamt|gesamt|summe)$/u;
const GRAND = /gesamt|total|alle|^[σ∑]/u;

export type TotalScope = 'block' | 'partial' | 'grand';

/** How far a total row reaches, or null when the label is no total. `blockName` helps "Integration gesamt". */
export function totalScope(label: string, blockName: string | null): TotalScope | null {
  const t = normalizeText(label);
  if (!TOTAL_START.test(t) && !TOTAL_END.test(t)) return null;
  if (t.startsWith('zwischensumme')) return 'partial';
  const rest = t
    .replace(/summe|gesamt|insgesamt|[σ∑:]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (blockName && rest !== '' && normalizeText(blockName).includes(rest)) return 'block';
  return GRAND.test(t) ? 'grand' : 'block';
}

const HEADING_WORD = /^(?:handlungsschwerpunkt|hsp|schwerpunkt|handlungsfeld|zielgruppe)(?![\p{L}])/u;

export const isHeadingWord = (label: string): boolean => HEADING_WORD.test(normalizeText(label));

/** "nachrichtlich:" as a heading marks the rows below it. */
export const isNachrichtlichHeading = (label: string): boolean =>
  /^(?:nachrichtlich|nachr\.)/u.test(normalizeText(label));

/** "Vermittlungsbudget (nachrichtlich)": the marker and the name without it. */
export function nachrichtlichMarker(name: string): { name: string; marked: boolean } {
  const re = /\s*[([]?\s*(?:nachrichtlich|nachr\.)\s*[)\]]?\s*/iu;
  if (!re.test(name)) return { name, marked: false };
  const stripped = name.replace(re, ' ').replace(/\s+/g, ' ').trim();
  return { name: stripped === '' ? name : stripped, marked: true };
}

/** "Handlungsschwerpunkt 1: Integration" → "Integration"; "2. Qualifizierung" → "Qualifizierung". */
export function blockName(label: string): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  const stripped = clean
    .replace(/^(?:handlungsschwerpunkt|hsp|schwerpunkt|handlungsfeld)\s*(?:\d+|[IVX]+)?\s*[:.\-–]?\s*/iu, '')
    .replace(/^(?:\d+|[IVX]+|[A-Z])[.)]\s+/u, '')
    .trim();
  return stripped === '' ? clean : stripped;
}

export type KategorieMatch = { ok: true; key: string | null; note?: string } | { ok: false; reason: string };

/** A Kat. text to a key of the master data: "III.1", "Kat. I", "III 1", the name, or "I Aktivierung …". */
export function matchKategorie(text: string, stammdaten: Stammdaten): KategorieMatch {
  const t = normalizeText(text)
    .replace(/^(?:kat\.?|kategorie|fk)\s*/u, '')
    .replace(/[.\s]+$/u, '');
  if (t === '') return { ok: true, key: null };
  const entries = stammdaten.foerderkategorien.flatMap((c) => [
    { key: c.key, name: c.name, kind: 'category' as const, parent: c.key },
    ...c.lines.map((l) => ({ key: l.key, name: l.name, kind: l.kind, parent: c.key })),
  ]);
  const keyForm = (k: string) => k.toLocaleLowerCase('de-DE').replace(/[.\s]+/g, '.');
  // "III.1", "III 1", or a key in front of the name ("I. Aktivierung und …"): the key decides.
  const leadingKey = /^([ivx]+(?:[.\s]\d+)?)(?:[.\s]+\D.*)?$/u.exec(t)?.[1] ?? t;
  const found =
    entries.find((e) => keyForm(e.key) === t.replace(/[.\s]+/g, '.')) ??
    entries.find((e) => keyForm(e.key) === leadingKey.replace(/[.\s]+/g, '.')) ??
    (() => {
      const byName = entries.filter((e) => normalizeText(e.name) === t);
      return byName.length === 1 ? byName[0] : undefined;
    })();
  if (!found) return { ok: false, reason: 'keine Förderkategorie der Stammdaten' };
  if (found.kind === 'darunter')
    return {
      ok: true,
      key: found.parent,
      note: `„${found.key}“ ist eine Darunter-Zeile; Kategorie ${found.parent} übernommen`,
    };
  return { ok: true, key: found.key };
}

/** What a note or a Finanzierung text says about where the money comes from. */
export type MoneyNote =
  | { kind: 'egt' }
  | { kind: 'enthalten'; target: string }
  | { kind: 'drittmittel'; programm: string }
  | { kind: 'nachrichtlich' }
  | { kind: 'other' };

const ENTHALTEN_BEFORE =
  /(?:bei|in|unter|im|über)\s+(?:betrag\s+(?:der|des|von)\s+)?(?:der\s+|dem\s+|den\s+|position\s+|zeile\s+|maßnahme\s+)?(.+?)\s+(?:mit\s+)?enthalten/iu;
const ENTHALTEN_AFTER =
  /enthalten\s+(?:in|bei|unter|im)\s*:?\s*(?:der\s+|dem\s+|den\s+|position\s+|maßnahme\s+)?(.+)$/iu;
const DRITTMITTEL =
  /(?<![\p{L}])(?:esf|bamf|bund|land)(?![\p{L}])|bundesprogramm|landesprogramm|drittmittel|bundesmittel|landesmittel|förderprogramm|programm|stiftung|europäische/iu;

export function readMoneyNote(text: string): MoneyNote {
  const raw = text.replace(/\s+/g, ' ').trim();
  const t = normalizeText(raw);
  if (t === '' || /^(?:egt|eingliederungstitel|egt-mittel|mittel egt|eglt)$/u.test(t)) return { kind: 'egt' };
  if (/enthalten/u.test(t)) {
    const m = ENTHALTEN_AFTER.exec(raw) ?? ENTHALTEN_BEFORE.exec(raw);
    const target = (m?.[1] ?? '').replace(/[.;,]+$/u, '').trim();
    return { kind: 'enthalten', target };
  }
  if (/^(?:nachrichtlich|nachr\.)/u.test(t)) return { kind: 'nachrichtlich' };
  if (DRITTMITTEL.test(t))
    return { kind: 'drittmittel', programm: raw.replace(/^drittmittel\s*:\s*/iu, '') || raw };
  return { kind: 'other' };
}

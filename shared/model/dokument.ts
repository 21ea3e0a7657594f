/**
 * The Programm as a document (issue 17): chapters of formatted text around the sheet tables.
 * Text is held as a small block tree, not as HTML, so a plan can only carry the formatting the
 * app supports (headings, paragraphs, bullet lists, bold, italic, links, figure placeholders)
 * and every renderer (editor, Word, PDF) draws the same thing.
 */
import type { Id, Plan } from './plan';

/** A run of text, or a live reference to a figure by its id (shown with its current value). */
export type Inline =
  { t: 'text'; text: string; bold?: true; italic?: true; href?: string } | { t: 'figur'; id: string };

/** A heading inside a section (level 3 in Word: chapter = 1, section = 2), a paragraph, a bullet list. */
export type Block =
  { t: 'h'; content: Inline[] } | { t: 'p'; content: Inline[] } | { t: 'ul'; items: Inline[][] };

export type Text = Block[];

export interface Abschnitt {
  id: Id;
  titel: string;
  text: Text;
}

/**
 * What a chapter is: fixed chapters of the Programm (each may carry sheet tables, see
 * shared/dokument/tables.ts), `schwerpunkte` the chapter of the Handlungsschwerpunkte (with the
 * texts per area in `Dokument.schwerpunkte`), `frei` a chapter the planner added.
 */
export type KapitelArt =
  | 'einleitung'
  | 'rahmenbedingungen'
  | 'ressourcen'
  | 'schwerpunkte'
  | 'bildung'
  | 'kennzahlen'
  | 'ausrichtung'
  | 'frei';

export const KAPITEL_ARTEN: readonly KapitelArt[] = [
  'einleitung',
  'rahmenbedingungen',
  'ressourcen',
  'schwerpunkte',
  'bildung',
  'kennzahlen',
  'ausrichtung',
  'frei',
];

export interface Kapitel {
  id: Id;
  art: KapitelArt;
  titel: string;
  abschnitte: Abschnitt[];
}

/** The four sections every Handlungsschwerpunkt has, in this order. */
export type SchwerpunktFeld = 'ausgangslage' | 'ziele' | 'strategie' | 'massnahmen';
export const SCHWERPUNKT_FELDER: readonly { feld: SchwerpunktFeld; titel: string }[] = [
  { feld: 'ausgangslage', titel: 'Ausgangslage' },
  { feld: 'ziele', titel: 'Ziele' },
  { feld: 'strategie', titel: 'Strategie' },
  { feld: 'massnahmen', titel: 'Maßnahmen' },
];

/**
 * Texts of one Handlungsschwerpunkt, by its id. An area without an entry has empty texts; an
 * entry whose area was deleted stays (undoing the deletion brings the texts back) and is not
 * exported.
 */
export interface SchwerpunktText {
  schwerpunktId: Id;
  ausgangslage: Text;
  ziele: Text;
  strategie: Text;
  massnahmen: Text;
}

export interface Dokument {
  kapitel: Kapitel[];
  schwerpunkte: SchwerpunktText[];
}

/** Where a text lives: a section of a chapter, or one of the four sections of an area. */
export type TextRef =
  | { kind: 'kapitel'; kapitelId: Id; abschnittId: Id }
  | { kind: 'schwerpunkt'; schwerpunktId: Id; feld: SchwerpunktFeld };

const abschnitt = (id: string, titel: string): Abschnitt => ({ id, titel, text: [] });

/** The chapters a new or migrated plan starts with (ids fixed, so two plans compare by chapter). */
export function defaultDokument(): Dokument {
  return {
    kapitel: [
      {
        id: 'einleitung',
        art: 'einleitung',
        titel: 'Einleitung',
        abschnitte: [abschnitt('text', 'Einleitung')],
      },
      {
        id: 'rahmenbedingungen',
        art: 'rahmenbedingungen',
        titel: 'Rahmenbedingungen',
        abschnitte: [
          abschnitt('arbeitsmarkt', 'Arbeitsmarkt'),
          abschnitt('kundenstruktur', 'Kundenstruktur'),
        ],
      },
      {
        id: 'ressourcen',
        art: 'ressourcen',
        titel: 'Ressourcen',
        abschnitte: [abschnitt('text', 'Ressourcen')],
      },
      {
        id: 'schwerpunkte',
        art: 'schwerpunkte',
        titel: 'Handlungsschwerpunkte',
        abschnitte: [abschnitt('text', 'Überblick')],
      },
      {
        id: 'bildung',
        art: 'bildung',
        titel: 'Bildungszielplanung',
        abschnitte: [abschnitt('text', 'Bildungszielplanung')],
      },
      {
        id: 'kennzahlen',
        art: 'kennzahlen',
        titel: 'Kennzahlen',
        abschnitte: [abschnitt('text', 'Kennzahlen')],
      },
      {
        id: 'ausrichtung',
        art: 'ausrichtung',
        titel: 'Mittelfristige Ausrichtung',
        abschnitte: [abschnitt('text', 'Mittelfristige Ausrichtung')],
      },
    ],
    schwerpunkte: [],
  };
}

/** A new free chapter with one empty section. */
export function freiesKapitel(id: Id, titel: string): Kapitel {
  return { id, art: 'frei', titel, abschnitte: [abschnitt('text', titel)] };
}

export function emptySchwerpunktText(schwerpunktId: Id): SchwerpunktText {
  return { schwerpunktId, ausgangslage: [], ziele: [], strategie: [], massnahmen: [] };
}

/** Every inline of a text, in reading order. */
export function forEachInline(text: Text, fn: (i: Inline) => void): void {
  for (const b of text) {
    if (b.t === 'ul') for (const item of b.items) item.forEach(fn);
    else b.content.forEach(fn);
  }
}

/** Characters of a text (figures count as one): what the size limit measures. */
export function textLength(text: Text): number {
  let n = 0;
  forEachInline(text, (i) => (n += i.t === 'text' ? i.text.length + (i.href?.length ?? 0) : 1));
  return n;
}

/** The plain text of inlines (figures as their id in braces): for comparisons and search. */
export function inlinePlain(content: Inline[], figure: (id: string) => string = (id) => `{${id}}`): string {
  return content.map((i) => (i.t === 'text' ? i.text : figure(i.id))).join('');
}

export function readText(dok: Dokument, ref: TextRef): Text | undefined {
  if (ref.kind === 'kapitel')
    return dok.kapitel.find((k) => k.id === ref.kapitelId)?.abschnitte.find((a) => a.id === ref.abschnittId)
      ?.text;
  const entry = dok.schwerpunkte.find((s) => s.schwerpunktId === ref.schwerpunktId);
  return entry ? entry[ref.feld] : [];
}

/** Figure ids a text refers to. */
export function figureRefs(text: Text): string[] {
  const ids: string[] = [];
  forEachInline(text, (i) => {
    if (i.t === 'figur') ids.push(i.id);
  });
  return ids;
}

/** What the Word document and the print pack show for a placeholder whose figure is gone. */
export const MISSING_FIGURE = 'Kennzahl fehlt';

/**
 * Every text of the document in its order, with where it stands: "Kapitel › Abschnitt" (a
 * chapter of one section of the same title: the chapter), or "Schwerpunkt › Feld" for the four
 * texts of each Handlungsschwerpunkt under the chapter that holds them.
 */
export function forEachDocumentText(plan: Plan, visit: (text: Text, where: string) => void): void {
  for (const k of plan.dokument.kapitel) {
    const single = k.abschnitte.length === 1 && k.abschnitte[0]!.titel === k.titel;
    for (const a of k.abschnitte) visit(a.text, single ? k.titel : `${k.titel} › ${a.titel}`);
    if (k.art !== 'schwerpunkte') continue;
    for (const area of plan.schwerpunkte) {
      const texts = plan.dokument.schwerpunkte.find((s) => s.schwerpunktId === area.id);
      for (const f of SCHWERPUNKT_FELDER) visit(texts?.[f.feld] ?? [], `${area.name} › ${f.titel}`);
    }
  }
}

/**
 * Largest values and sizes a plan may have. Every sum (calc/evaluate.ts and the engine's
 * difference updates) adds integer cents, which is exact while every total stays below 2^53
 * cents; a total handed on as a Euro double must also still tell single cents apart, which
 * holds below 2^46 € (70,4 Billionen €). The largest total any figure reaches is every money
 * cell of the plan at the limit: each table row feeds a sum at most once and the Haushalt adds
 * two amounts (Mittelausstattung, Rückeinnahmen), so (MAX_ZEILEN + 2) × MAX_BETRAG
 * = 50,0 Billionen € stays below both bounds. Counts are summed the same way (as "cents" too):
 * rows, one Kennzahl per Förderkategorie key and 99 Berufsbereiche, so
 * (MAX_ZEILEN + MAX_KATEGORIEN + 99) × MAX_ANZAHL × 100 ≈ 1,0 · 10^15 < 2^53. The property
 * test test/unit/calc/exactSums.test.ts checks plans at these limits against exact BigInt sums.
 *
 * The amount limit is far above the whole Eingliederungsbudget of the largest Jobcenter, so it
 * still catches typos like a doubled paste; 100.000 rows hold a whole Land (60.000 rows).
 */
export const MAX_BETRAG = 500_000_000;
export const MAX_ANZAHL = 99_999_999;
/**
 * Rows of all tables a user can add to: portfolio rows (references included: each one counts
 * its instrument again in the area's share), Zuweisungen, Mittel außerhalb des EGT, Drittmittel
 * programmes, Projekt-VZÄ lines, Kundengruppen and the commitments of the register.
 */
export const MAX_ZEILEN = 100_000;
/** Förderkategorien and their lines together (master data; the default has 15). */
export const MAX_KATEGORIEN = 1_000;

/** Master-data lists and small tables: far above any real plan, low enough to stay cheap. */
export const MAX_BERUFSBEREICHE = 99;
export const MAX_DECKEL = 100;
export const MAX_SCHWERPUNKTE = 1_000;
/** Dated estimates of the Globalbudget (BA, BMAS, Verordnung and a few more). */
export const MAX_SCHAETZUNGEN = 20;
/** Yearly amounts of one commitment and Verpflichtungsermächtigungen: far above a plan's years. */
export const MAX_JAHRESBETRAEGE = 100;

/** A relative change (Zielvereinbarung): a stock cannot fall by more than all of it. */
export const MIN_VERAENDERUNG = -1;
export const MAX_VERAENDERUNG = 10;

/** The Zielvereinbarung's lists: far above any agreement (the seeds have up to 20 targets). */
export const MAX_ZIELE = 500;
export const MAX_PARTEIEN = 20;
export const MAX_DIALOGE = 52;
/** Anlagen, Landesschwerpunkte, Stichtage of a target. */
export const MAX_LISTENEINTRAEGE = 100;
/** Target groups of the master list (the default has 6); each row has at most one share per group. */
export const MAX_ZIELGRUPPEN = 100;

/** Notes (Bemerkungen) on cells and rows: how many a plan holds, and how long one may be. */
export const MAX_NOTIZEN = 10_000;
export const MAX_NOTIZ_LENGTH = 2_000;

/** Longest text a cell parses; a formula longer than this is a paste accident, not a plan. */
export const MAX_INPUT_LENGTH = 500;

/** The tables of a plan whose rows count against MAX_ZEILEN (a Plan is one). */
export interface PlanTables {
  haushalt: { zuweisungen: readonly unknown[]; ausserhalbEgt: readonly unknown[] };
  drittmittel: readonly unknown[];
  schwerpunkte: readonly { rows: readonly unknown[] }[];
  personal?: { projekte: readonly unknown[]; gruppen: readonly unknown[] };
  verpflichtungen?: { eintraege: readonly unknown[] };
}

export function countZeilen(plan: PlanTables): number {
  let n = plan.haushalt.zuweisungen.length + plan.haushalt.ausserhalbEgt.length + plan.drittmittel.length;
  for (const area of plan.schwerpunkte) n += area.rows.length;
  n += (plan.personal?.projekte.length ?? 0) + (plan.personal?.gruppen.length ?? 0);
  n += plan.verpflichtungen?.eintraege.length ?? 0;
  return n;
}

/** The Programm's texts (model/dokument.ts): chapters, sections, and the size of one text. */
export const MAX_KAPITEL = 200;
export const MAX_ABSCHNITTE = 50;
/** Characters of one section's text: a long chapter of a real Programm has about 20.000. */
export const MAX_TEXT_ZEICHEN = 100_000;
/** Blocks (paragraphs, headings, lists) of one text, pieces of one paragraph, points of one list. */
export const MAX_TEXT_BLOECKE = 5_000;

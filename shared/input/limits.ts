/**
 * Largest values a cell accepts. They keep every sum exact in integer cents (2^53 cents are
 * 90 trillion Euro, so even 60.000 rows at the limit stay far below it) and catch typos like a
 * doubled paste.
 */
export const MAX_BETRAG = 999_999_999_999.99;
export const MAX_ANZAHL = 999_999_999;

/** Longest text a cell parses; a formula longer than this is a paste accident, not a plan. */
export const MAX_INPUT_LENGTH = 500;

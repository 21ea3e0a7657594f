/**
 * The row a note names ("Betrag bei BaE enthalten" → "Außerbetriebliche Berufsausbildung
 * (BaE)"): the same name, the abbreviation in parentheses, or the name as whole words inside
 * the instrument. Several hits: the one in the note's own block; still several: none (the
 * report says it was not unique).
 */
import { normalizeText } from './headerWords';
import type { TakeoverRow } from './takeoverRows';

export type RowSearch = { found: number } | { found: null; why: 'keine' | 'mehrdeutig' };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Word searches scan every row; a sheet with more notes than real plans have gets exact names only. */
const MAX_WORD_SEARCHES = 50;

export class RowNames {
  private readonly names: string[];
  private readonly exact = new Map<string, number[]>();
  private readonly abbreviations = new Map<string, number[]>();
  private wordSearches = 0;

  constructor(private readonly rows: readonly TakeoverRow[]) {
    this.names = rows.map((r) => normalizeText(r.instrument));
    const add = (map: Map<string, number[]>, key: string, i: number) =>
      map.set(key, [...(map.get(key) ?? []), i]);
    this.names.forEach((n, i) => {
      add(this.exact, n, i);
      for (const m of n.matchAll(/\(([^)]+)\)/gu)) add(this.abbreviations, normalizeText(m[1]!), i);
    });
  }

  find(name: string, self: number): RowSearch {
    const n = normalizeText(name).replace(/^(?:der|die|das|dem|den)\s+/u, '');
    if (n === '') return { found: null, why: 'keine' };
    const levels: (() => number[])[] = [
      () => this.exact.get(n) ?? [],
      () => this.abbreviations.get(n) ?? [],
      () => {
        if (++this.wordSearches > MAX_WORD_SEARCHES) return [];
        const asWords = new RegExp(`(?<![\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'u');
        return this.names.flatMap((x, i) => (asWords.test(x) ? [i] : []));
      },
    ];
    for (const level of levels) {
      const hits = level().filter((i) => i !== self);
      if (hits.length === 1) return { found: hits[0]! };
      if (hits.length > 1) {
        const block = this.rows[self]?.block;
        const same = hits.filter((i) => this.rows[i]!.block === block);
        return same.length === 1 ? { found: same[0]! } : { found: null, why: 'mehrdeutig' };
      }
    }
    return { found: null, why: 'keine' };
  }
}

/**
 * Strg+F in a grid: the cells whose shown text contains the search text (case and accents as
 * typed count, like Excel's "Suchen" without options), in reading order, and the next one from
 * the cursor forwards or backwards, wrapping round. Pure.
 */
import type { CellPos } from './selection';

/** Positions of the cells whose text contains `query` (ignoring case), row by row. */
export function findCells(
  rows: number,
  cols: number,
  text: (pos: CellPos) => string,
  query: string,
): CellPos[] {
  const q = query.trim().toLocaleLowerCase('de-DE');
  if (!q) return [];
  const out: CellPos[] = [];
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < cols; col++)
      if (text({ row, col }).toLocaleLowerCase('de-DE').includes(q)) out.push({ row, col });
  return out;
}

/** Index of the hit after (or before) `from` in reading order, wrapping round; -1 without hits. */
export function nextHit(hits: readonly CellPos[], from: CellPos | null, back: boolean): number {
  if (hits.length === 0) return -1;
  if (!from) return back ? hits.length - 1 : 0;
  const after = (p: CellPos) => p.row > from.row || (p.row === from.row && p.col > from.col);
  const before = (p: CellPos) => p.row < from.row || (p.row === from.row && p.col < from.col);
  if (back) {
    for (let i = hits.length - 1; i >= 0; i--) if (before(hits[i]!)) return i;
    return hits.length - 1;
  }
  const i = hits.findIndex(after);
  return i >= 0 ? i : 0;
}

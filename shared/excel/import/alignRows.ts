/**
 * Which row of the edited sheet is which row of the export. Tagged rows (hidden column A) are
 * found by their tag wherever they are now; when a row was copied with its tag, the copy that
 * still looks like the original keeps it. Untagged rows (titles, field rows of the Deckblatt,
 * rows the user inserted) are matched within the stretch between two tagged rows: first by equal
 * content, then by equal label (column B), then one to one. What is left over was inserted or
 * deleted.
 */
import { constantText } from './cellValue';
import type { ActualRow, ExpectedRow, ExpectedSheet } from './sheetRows';

export interface Alignment {
  matched: Map<ExpectedRow, ActualRow>;
  expectedOf: Map<ActualRow, ExpectedRow>;
  /** Actual rows no expected row matches, in sheet order. */
  inserted: ActualRow[];
  /** Expected rows missing from the sheet, in export order. */
  deleted: ExpectedRow[];
  /** Tagged rows that stand in another order than exported (not on the longest kept sequence). */
  outOfOrder: Set<ExpectedRow>;
}

const LABEL_COL = 2;

function expectedText(row: ExpectedRow, col: number): string {
  const c = row.cells.get(col);
  if (!c) return '';
  return c.kind === 'text' ? c.text : c.kind === 'value' ? constantText(c.value) : '';
}

const actualText = (row: ActualRow, col: number): string => constantText(row.cells.get(col)?.value);

function expectedSignature(row: ExpectedRow): string {
  return [...row.cells.keys()]
    .sort((a, b) => a - b)
    .map((col) => `${col}:${expectedText(row, col)}`)
    .join('\u0001');
}

function actualSignature(row: ActualRow): string {
  return [...row.cells.keys()]
    .sort((a, b) => a - b)
    .map((col) => `${col}:${actualText(row, col)}`)
    .join('\u0001');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How much of the expected row's text the actual row still shows (to pick among copies). */
function likeness(e: ExpectedRow, a: ActualRow): number {
  let n = 0;
  for (const [col, c] of e.cells) if (c.kind === 'text' && actualText(a, col) === c.text) n += 1;
  return n;
}

/** Indices (into `seq`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

export function alignRows(
  expected: ExpectedSheet,
  actual: readonly ActualRow[],
  tagOf: (row: ActualRow) => string | null = (r) => r.tag,
): Alignment {
  const matched = new Map<ExpectedRow, ActualRow>();
  const expectedOf = new Map<ActualRow, ExpectedRow>();
  const claim = (e: ExpectedRow, a: ActualRow) => {
    matched.set(e, a);
    expectedOf.set(a, e);
  };

  const byTag = new Map<ExpectedRow, ActualRow[]>();
  for (const row of actual) {
    const tag = tagOf(row);
    const e = tag === null ? undefined : expected.byTag.get(tag);
    if (e) pushTo(byTag, e, row);
  }
  for (const [e, rows] of byTag) {
    let best = rows[0]!;
    for (const r of rows.slice(1)) if (likeness(e, r) > likeness(e, best)) best = r;
    claim(e, best);
  }

  // Stretches between tagged rows, keyed by the expected index of the tagged row above (-1: top).
  const gapsActual = new Map<number, ActualRow[]>();
  let anchor = -1;
  for (const row of actual) {
    const e = expectedOf.get(row);
    if (e) anchor = e.index;
    else pushTo(gapsActual, anchor, row);
  }
  const gapsExpected = new Map<number, ExpectedRow[]>();
  const deleted: ExpectedRow[] = [];
  anchor = -1;
  for (const row of expected.rows) {
    if (row.tag !== null) {
      if (matched.has(row)) anchor = row.index;
      else deleted.push(row);
    } else if (row.cells.size === 0) continue;
    else pushTo(gapsExpected, anchor, row);
  }

  const inserted: ActualRow[] = [];
  for (const key of new Set([...gapsActual.keys(), ...gapsExpected.keys()])) {
    const rowsA = gapsActual.get(key) ?? [];
    const rowsE = gapsExpected.get(key) ?? [];
    const free = new Set(rowsA);
    const signatures = rowsE.length > 0 ? rowsA.map(actualSignature) : [];
    let from = 0;
    const leftE: ExpectedRow[] = [];
    for (const e of rowsE) {
      const sig = expectedSignature(e);
      let found = -1;
      for (let j = from; j < rowsA.length; j++)
        if (signatures[j] === sig) {
          found = j;
          break;
        }
      if (found < 0) leftE.push(e);
      else {
        claim(e, rowsA[found]!);
        free.delete(rowsA[found]!);
        from = found + 1;
      }
    }
    const stillE: ExpectedRow[] = [];
    for (const e of leftE) {
      const label = expectedText(e, LABEL_COL);
      const same = label === '' ? undefined : [...free].find((a) => actualText(a, LABEL_COL) === label);
      if (same) {
        claim(e, same);
        free.delete(same);
      } else stillE.push(e);
    }
    const stillA = rowsA.filter((a) => free.has(a));
    if (stillE.length === stillA.length) stillE.forEach((e, i) => claim(e, stillA[i]!));
    else {
      deleted.push(...stillE);
      inserted.push(...stillA);
    }
  }
  inserted.sort((a, b) => a.rowNo - b.rowNo);
  deleted.sort((a, b) => a.index - b.index);

  const tagged = actual.filter((a) => expectedOf.get(a)?.tag);
  const kept = longestIncreasing(tagged.map((a) => expectedOf.get(a)!.index));
  const outOfOrder = new Set(tagged.filter((_, i) => !kept.has(i)).map((a) => expectedOf.get(a)!));
  return { matched, expectedOf, inserted, deleted, outOfOrder };
}

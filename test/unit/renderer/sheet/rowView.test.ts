import { describe, expect, it } from 'vitest';
import type { SheetRow, SheetRowKind } from '../../../../renderer/sheet/cellSpec';
import type { CellReader, RowViewSpec } from '../../../../renderer/sheet/rowView';
import { NO_VIEW, isViewActive, rowPasses, viewRows } from '../../../../renderer/sheet/rowView';

/** Rows with a name and a number; the reader reads them from a table instead of the plan. */
const values: Record<string, { name: string; n: number | null }> = {
  a: { name: 'Eingliederungszuschüsse', n: 550 },
  b: { name: 'Einstiegsgeld', n: 80 },
  c: { name: 'Aktivierung', n: null },
  d: { name: 'Ausbildung', n: 116 },
  e: { name: 'Ärztliche Begutachtung', n: 18 },
};
const row = (id: string, kind: SheetRowKind = 'data'): SheetRow => ({ id, kind, cells: {} });
const read: CellReader = {
  text: (r, col) => (col === 'name' ? (values[r.id]?.name ?? r.id) : String(values[r.id]?.n ?? '')),
  value: (r, col) => (col === 'name' ? (values[r.id]?.name ?? null) : (values[r.id]?.n ?? null)),
};
const rows = [
  row('h1', 'group'),
  row('a'),
  row('b'),
  row('c'),
  row('s1', 'subtotal'),
  row('h2', 'group'),
  row('d'),
  row('e'),
  row('s2', 'subtotal'),
];
const ids = (spec: RowViewSpec) => viewRows(rows, spec, read, ['name', 'n']).map((r) => r.id);

describe('sort and filter as a view', () => {
  it('no view: the very same rows', () => {
    expect(viewRows(rows, NO_VIEW, read, ['name'])).toBe(rows);
    expect(isViewActive(NO_VIEW)).toBe(false);
  });

  it('sorts inside each block; headings and sums stay; blanks last both ways; German order for text', () => {
    expect(ids({ ...NO_VIEW, sort: { colId: 'n', desc: false } })).toEqual([
      'h1',
      'b',
      'a',
      'c',
      's1',
      'h2',
      'e',
      'd',
      's2',
    ]);
    expect(ids({ ...NO_VIEW, sort: { colId: 'n', desc: true } })).toEqual([
      'h1',
      'a',
      'b',
      'c',
      's1',
      'h2',
      'd',
      'e',
      's2',
    ]);
    // "Ä" sorts with "A", not after "Z"
    expect(ids({ ...NO_VIEW, sort: { colId: 'name', desc: false } })).toEqual([
      'h1',
      'c',
      'a',
      'b',
      's1',
      'h2',
      'e',
      'd',
      's2',
    ]);
  });

  it('filters rows between headings and sums: quick filter words, text and number filters', () => {
    expect(ids({ ...NO_VIEW, quick: 'ein' })).toEqual(['h1', 'a', 'b', 's1', 'h2', 's2']);
    expect(ids({ ...NO_VIEW, quick: 'ein geld' })).toEqual(['h1', 'b', 's1', 'h2', 's2']);
    expect(
      ids({ ...NO_VIEW, filters: { name: { filterType: 'text', type: 'startsWith', filter: 'aus' } } }),
    ).toEqual(['h1', 's1', 'h2', 'd', 's2']);
    expect(
      ids({ ...NO_VIEW, filters: { n: { filterType: 'number', type: 'greaterThan', filter: 100 } } }),
    ).toEqual(['h1', 'a', 's1', 'h2', 'd', 's2']);
    expect(
      ids({
        ...NO_VIEW,
        filters: { n: { filterType: 'number', type: 'inRange', filter: 100, filterTo: 18 } },
      }),
    ).toEqual(['h1', 'b', 's1', 'h2', 'e', 's2']);
    expect(ids({ ...NO_VIEW, filters: { n: { filterType: 'number', type: 'blank' } } })).toEqual([
      'h1',
      'c',
      's1',
      'h2',
      's2',
    ]);
    expect(
      rowPasses(
        row('a'),
        { ...NO_VIEW, filters: { name: { filterType: 'text', type: 'notContains', filter: 'zuschüsse' } } },
        read,
        ['name'],
      ),
    ).toBe(false);
  });
});

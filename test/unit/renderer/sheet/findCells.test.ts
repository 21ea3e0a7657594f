import { describe, expect, it } from 'vitest';
import { findCells, nextHit } from '../../../../renderer/sheet/findCells';

const grid = [
  ['Integration', '1.000'],
  ['Ausbildung', 'AUSBILDUNG begleitend'],
  ['Qualifizierung', ''],
];
const text = ({ row, col }: { row: number; col: number }) => grid[row]![col]!;

describe('Strg+F', () => {
  it('finds cells containing the text, ignoring case, in reading order', () => {
    expect(findCells(3, 2, text, 'ausbildung')).toEqual([
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]);
    expect(findCells(3, 2, text, '  ')).toEqual([]);
    expect(findCells(3, 2, text, 'ion')).toEqual([{ row: 0, col: 0 }]);
  });

  it('the next hit after the cursor, the previous before it, wrapping round', () => {
    const hits = [
      { row: 0, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 0 },
    ];
    expect(nextHit(hits, { row: 1, col: 0 }, false)).toBe(1);
    expect(nextHit(hits, { row: 1, col: 1 }, false)).toBe(2);
    expect(nextHit(hits, { row: 2, col: 0 }, false)).toBe(0);
    expect(nextHit(hits, { row: 1, col: 1 }, true)).toBe(0);
    expect(nextHit(hits, { row: 0, col: 0 }, true)).toBe(2);
    expect(nextHit(hits, null, false)).toBe(0);
    expect(nextHit([], null, false)).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { linesFor } from '../../../../../renderer/grids/sheetGrid/labelHeights';

// Every character 10 px wide, a space too.
const measure = (t: string) => t.length * 10;

describe('how many lines a heading needs', () => {
  it('wraps at word boundaries as the browser does', () => {
    expect(linesFor('Summe Integration', 200, measure)).toBe(1);
    // "Summe Qualifizierung" is 200 px; the next word goes to a second line
    expect(linesFor('Summe Qualifizierung Geringqualifizierter', 200, measure)).toBe(2);
    expect(linesFor('a b c d e', 30, measure)).toBe(3);
    expect(linesFor('', 100, measure)).toBe(1);
    // a word longer than the room still takes one line of its own (it is broken there)
    expect(linesFor('Langzeitleistungsbezug', 50, measure)).toBe(1);
  });
});

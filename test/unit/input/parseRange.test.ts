/**
 * Case numbers as a range (issue 15 B): typed as programmes write them, read as von/bis, written
 * back as the documents print them; bad input gets a German message naming the side.
 */
import { describe, expect, it } from 'vitest';
import { formatRange } from '../../../shared/format/rangeFormat';
import { parseRangeInput, rangeForEditing } from '../../../shared/input/parseRange';

describe('parseRangeInput', () => {
  it.each([
    ['60–150', 60, 150],
    ['60-150', 60, 150],
    ['60 - 150', 60, 150],
    ['60 — 150', 60, 150],
    ['60 bis 150', 60, 150],
    ['60 BIS 150', 60, 150],
    ['800–1.200', 800, 1_200],
    ['1.200 bis 2.000', 1_200, 2_000],
  ])('%s is %i to %i', (text, von, bis) => {
    expect(parseRangeInput(text)).toEqual({ ok: true, von, bis });
  });

  it('a single number has no upper end; so has a range whose ends are equal; empty is empty', () => {
    expect(parseRangeInput('80')).toEqual({ ok: true, von: 80, bis: null });
    expect(parseRangeInput('60–60')).toEqual({ ok: true, von: 60, bis: null });
    expect(parseRangeInput('  ')).toEqual({ ok: true, von: null, bis: null });
    expect(parseRangeInput('=40*2')).toEqual({ ok: true, von: 80, bis: null, formula: '=40*2' });
  });

  it('refuses with a German message naming what is wrong', () => {
    const message = (t: string) => {
      const r = parseRangeInput(t);
      if (r.ok) throw new Error(`${t} angenommen`);
      return r.message;
    };
    expect(message('150–60')).toBe('"150–60": die Spanne läuft rückwärts (150 bis 60)');
    expect(message('1,5–3')).toBe('"1,5": keine ganze Zahl (Anfang der Spanne)');
    expect(message('60 bis =2')).toBe('"60 bis =2": eine Spanne nimmt keine Formel (Ende der Spanne)');
    expect(message('-5')).toBe('"-5": darf nicht negativ sein');
    expect(message('viele')).toBe('"viele": keine Zahl');
    expect(message('60–abc')).toContain('(Ende der Spanne)');
  });
});

describe('formatRange and rangeForEditing', () => {
  it('prints "von–bis" with German thousands, a single number alone, nachrichtlich in parentheses', () => {
    expect(formatRange(800, 1_200)).toBe('800–1.200');
    expect(formatRange(80, null)).toBe('80');
    expect(formatRange(80, 80)).toBe('80');
    expect(formatRange(null, null)).toBe('');
    expect(formatRange(600, 900, { nachrichtlich: true })).toBe('(600–900)');
  });

  it('the editor opens with what parses back to the same range', () => {
    for (const [von, bis] of [
      [800, 1_200],
      [60, null],
      [1_670, 2_470],
    ] as const) {
      const text = rangeForEditing(von, bis);
      expect(parseRangeInput(text)).toEqual({ ok: true, von, bis });
    }
    expect(rangeForEditing(80, null, '=40*2')).toBe('=40*2');
    expect(rangeForEditing(null, null)).toBe('');
  });
});

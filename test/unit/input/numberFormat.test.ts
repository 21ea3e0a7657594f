import { describe, expect, it } from 'vitest';
import type { InputUnit } from '../../../shared/model/cellKey';
import {
  formatCount,
  formatEur,
  formatFigure,
  formatInputForEditing,
  formatMioEur,
  formatPercent,
} from '../../../shared/format/numberFormat';
import { parseCellInput } from '../../../shared/input/parseCellInput';

describe('German display formats (fachkonzept §4)', () => {
  it.each([
    [1234567, '1.234.567 €'],
    [1234.56, '1.234,56 €'],
    [1234.5, '1.234,50 €'],
    [555840, '555.840 €'],
    [0, '0 €'],
    [999, '999 €'],
    [-1500, '-1.500 €'],
    [0.004, '0 €'],
    [-0.004, '0 €'],
    [1234.005, '1.234,01 €'],
    [null, ''],
  ])('formatEur(%s) = %j', (v, text) => expect(formatEur(v)).toBe(text));

  it.each([
    [37_620_000, 2, '37,62 Mio. €'],
    [2_200_000, 2, '2,20 Mio. €'],
    [87_438_890, 1, '87,4 Mio. €'],
    [-830_000, 2, '-0,83 Mio. €'],
    [null, 2, ''],
  ])('formatMioEur(%s, %d) = %j', (v, digits, text) => expect(formatMioEur(v, digits)).toBe(text));

  it.each([
    [0.236, 1, '23,6 %'],
    [0.05, 1, '5,0 %'],
    [1.0734, 1, '107,3 %'],
    [-0.125, 0, '-13 %'],
    [0.135, 0, '14 %'],
    [0.0215, 1, '2,2 %'],
    [null, 1, ''],
  ])('formatPercent(%s, %d) = %j', (v, digits, text) => expect(formatPercent(v, digits)).toBe(text));

  it('formatPercent shows one decimal unless told otherwise', () => {
    expect(formatPercent(0.236)).toBe('23,6 %');
  });

  it.each([
    [8761, '8.761'],
    [1_234_567, '1.234.567'],
    [0, '0'],
    [-12, '-12'],
    [null, ''],
  ])('formatCount(%s) = %j', (v, text) => expect(formatCount(v)).toBe(text));

  it('nachrichtlich figures stand in parentheses, empty stays empty', () => {
    expect(formatCount(2500, { nachrichtlich: true })).toBe('(2.500)');
    expect(formatEur(610_000, { nachrichtlich: true })).toBe('(610.000 €)');
    expect(formatPercent(0.1, 1, { nachrichtlich: true })).toBe('(10,0 %)');
    expect(formatEur(null, { nachrichtlich: true })).toBe('');
  });

  it('uses a plain ASCII space before € and % and an ASCII minus', () => {
    for (const text of [formatEur(-1), formatMioEur(-1e6), formatPercent(-0.5)]) {
      expect(text).toMatch(/^-[\d.,]+ (Mio\. )?[€%]$/);
    }
  });

  it('formatFigure picks the format by unit', () => {
    expect(formatFigure(1425, 'count')).toBe('1.425');
    expect(formatFigure(1425, 'eur')).toBe('1.425 €');
    expect(formatFigure(0.236, 'ratio')).toBe('23,6 %');
    expect(formatFigure(0.236, 'ratio', { percentDigits: 0 })).toBe('24 %');
  });
});

describe('formatInputForEditing', () => {
  it.each<[number | null, InputUnit, string | undefined, string]>([
    [2_200_000, 'eur', undefined, '2200000'],
    [2_200_000.5, 'eur', undefined, '2200000,5'],
    [1234.56, 'eur', undefined, '1234,56'],
    [8761, 'count', undefined, '8761'],
    [0.021, 'ratio', undefined, '2,1 %'],
    [0.236, 'ratio', undefined, '23,6 %'],
    [288_000, 'eur', '=120*2400', '=120*2400'],
    [null, 'eur', undefined, ''],
  ])('%s (%s, formula %j) → %j', (v, unit, formula, text) => {
    expect(formatInputForEditing(v, unit, formula)).toBe(text);
  });

  it('reads back to the same value through parseCellInput', () => {
    const cases: [number, InputUnit][] = [
      [2_200_000.5, 'eur'],
      [0.07, 'eur'],
      [37_620_000, 'eur'],
      [499_999_999.99, 'eur'],
      [712, 'count'],
      [0.021, 'ratio'],
      [0.0725, 'ratio'],
      [1 / 3, 'ratio'],
      [0.1, 'ratio'],
    ];
    for (const [value, unit] of cases) {
      const back = parseCellInput(formatInputForEditing(value, unit), unit);
      expect(back.ok && back.value).toBeCloseTo(value, 12);
    }
  });
});

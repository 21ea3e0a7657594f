import { describe, expect, it } from 'vitest';
import { selectionStats } from '../../../../renderer/sheet/statusBar';

describe('status line statistics (Summe, Anzahl, Mittelwert)', () => {
  it('sums money exactly in cents', () => {
    const s = selectionStats([
      { value: 0.1, unit: 'eur' },
      { value: 0.2, unit: 'eur' },
      { value: 1_000_000.05, unit: 'eur' },
    ]);
    expect(s.summe).toBe(1_000_000.35);
    expect(s.anzahl).toBe(3);
    expect(s.unit).toBe('eur');
    expect(s.mittelwert).toBeCloseTo(333_333.45, 4);
  });
  it('Anzahl counts non-empty cells, text included; Summe only numbers', () => {
    const s = selectionStats([
      { value: 'EGZ' },
      { value: 550, unit: 'count' },
      { value: null },
      { value: '' },
      { value: 50, unit: 'count' },
    ]);
    expect(s.anzahl).toBe(3);
    expect(s.numbers).toBe(2);
    expect(s.summe).toBe(600);
    expect(s.mittelwert).toBe(300);
  });
  it('no numbers: no Summe and no Mittelwert', () => {
    const s = selectionStats([{ value: 'a' }, { value: null }]);
    expect(s.summe).toBeNull();
    expect(s.mittelwert).toBeNull();
    expect(s.anzahl).toBe(1);
  });
  it('mixed units are marked mixed', () => {
    expect(
      selectionStats([
        { value: 5, unit: 'count' },
        { value: 5, unit: 'eur' },
      ]).unit,
    ).toBe('mixed');
  });
});

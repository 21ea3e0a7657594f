import { describe, expect, it } from 'vitest';
import { readLegacyNumber } from '../../../../shared/excel/takeover/legacyNumber';
import type { LegacyCell } from '../../../../shared/excel/takeover/legacySheet';
import type { AmountUnit } from '../../../../shared/excel/takeover/mapping';

const text = (t: string): LegacyCell => ({ col: 1, text: t, number: null });
const num = (n: number, extra: Partial<LegacyCell> = {}): LegacyCell => ({
  col: 1,
  text: '',
  number: n,
  ...extra,
});

// What Jobcenter workbooks hold in an amount column, and what the takeover reads (in €).
const amounts: [cell: LegacyCell, unit: AmountUnit, value: number, nachrichtlich: boolean][] = [
  [num(2_200_000), 1, 2_200_000, false],
  [num(945.99), 1000, 945_990, false],
  [num(4.96), 1_000_000, 4_960_000, false],
  [num(0.1 + 0.2), 1, 0.3, false],
  [num(610_000, { parens: true }), 1, 610_000, true],
  [num(812.4, { formula: true }), 1000, 812_400, false],
  [text('1.234.567'), 1, 1_234_567, false],
  [text('1.234.567 €'), 1, 1_234_567, false],
  [text('1 234 567'), 1, 1_234_567, false],
  [text('2,2 Mio. €'), 1, 2_200_000, false],
  [text('2,2 Mio. €'), 1000, 2_200_000, false],
  [text('80 T€'), 1, 80_000, false],
  [text('80'), 1000, 80_000, false],
  [text('rd. 50.000'), 1, 50_000, false],
  [text('ca. 1.200'), 1, 1_200, false],
  [text('bis zu 9.000'), 1, 9_000, false],
  [text('(610.000 €)'), 1, 610_000, true],
  [text('(rd. 2.500)'), 1, 2_500, true],
  [text('1.234,56'), 1, 1_234.56, false],
];

const counts: [cell: LegacyCell, value: number, nachrichtlich: boolean][] = [
  [num(550), 550, false],
  [num(3.0000000001, { formula: true }), 3, false],
  [text('1.200'), 1200, false],
  [text('rd. 50'), 50, false],
  [text('ca. 1.200'), 1200, false],
  [text('(2.500)'), 2500, true],
  [text('12 TN'), 12, false],
  [num(2500, { parens: true }), 2500, true],
];

const empty: LegacyCell[] = [
  text(''),
  text('  '),
  text('-'),
  text('–'),
  text('./.'),
  text('k. A.'),
  text('n.n.'),
];

const notes = [
  'Betrag bei BaE enthalten',
  'ESF-Mittel',
  'Bundesprogramm',
  'offen',
  's. o.',
  '50.000 € in BaE enthalten',
];

const bad: [cell: LegacyCell, kind: 'count' | 'eur', reason: string][] = [
  [text('12,5'), 'count', 'keine ganze Zahl'],
  [num(12.5), 'count', 'keine ganze Zahl'],
  [num(-300), 'eur', 'negativ'],
  [text('-300'), 'eur', 'negativ'],
  [text('1.200 - 1.500'), 'count', 'ein Bereich (von–bis), keine einzelne Zahl'],
  [text('60 bis 150'), 'count', 'ein Bereich (von–bis), keine einzelne Zahl'],
  [text('23 %'), 'eur', 'ein Prozentwert, keine Zahl dieser Spalte'],
  [text('80 Tsd. €'), 'count', 'ein Betrag, hier wird eine Anzahl erwartet'],
  [text('1.5'), 'eur', 'Punkt nur als Tausendertrennzeichen (Dezimalzeichen ist das Komma)'],
  [num(600_000_000), 'eur', 'zu groß (höchstens 500.000.000 €)'],
  [num(100_000_000), 'count', 'zu groß (höchstens 99.999.999)'],
  [
    { col: 1, text: '01.12.2018', number: null, date: true },
    'count',
    'ein Datum, keine Zahl (Excel hat die Eingabe umgewandelt)',
  ],
  [{ col: 1, text: '#BEZUG!', number: null, error: true }, 'eur', 'Fehlerwert der Formel'],
  [
    { col: 1, text: '', number: null, formula: true, noResult: true },
    'eur',
    'die Formel hat keinen gespeicherten Wert (bitte in Excel neu berechnen und speichern)',
  ],
];

describe('readLegacyNumber', () => {
  it.each(amounts)('amount %j in unit %d → %d €', (cell, unit, value, nachrichtlich) => {
    expect(readLegacyNumber(cell, 'eur', unit)).toEqual({ kind: 'value', value, nachrichtlich });
  });

  it.each(counts)('count %j → %d', (cell, value, nachrichtlich) => {
    expect(readLegacyNumber(cell, 'count', 1000)).toEqual({ kind: 'value', value, nachrichtlich });
  });

  it.each(empty)('%j is an empty cell', (cell) => {
    expect(readLegacyNumber(cell, 'eur', 1)).toEqual({ kind: 'empty' });
  });

  it.each(notes)('„%s“ is a note, never an amount', (t) => {
    expect(readLegacyNumber(text(t), 'eur', 1)).toEqual({ kind: 'note', text: t });
  });

  it.each(bad)('%j as %s is refused: %s', (cell, kind, reason) => {
    expect(readLegacyNumber(cell, kind, 1)).toMatchObject({ kind: 'bad', reason });
  });

  it('no cell at all is empty', () => {
    expect(readLegacyNumber(undefined, 'count', 1)).toEqual({ kind: 'empty' });
  });
});

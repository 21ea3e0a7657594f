import { describe, expect, it } from 'vitest';
import type { InputUnit } from '../../../shared/model/cellKey';
import { parseCellInput } from '../../../shared/input/parseCellInput';

type Case = [unit: InputUnit, text: string, expected: number | null, formula?: string];

const valid: Case[] = [
  ['eur', '', null],
  ['eur', '   ', null],
  ['eur', '2.200.000', 2_200_000],
  ['eur', '2,2 Mio', 2_200_000],
  ['eur', '555840', 555_840],
  ['eur', '1.234,56 €', 1234.56],
  ['eur', '0', 0],
  ['eur', '2,2345 Mio', 2_234_500],
  ['eur', '0,0000001 Mio', 0.1],
  ['eur', '=120*2400', 288_000, '=120*2400'],
  ['eur', '  =1700-275 ', 1425, '=1700-275'],
  // A calculated amount is rounded to whole cents, halves away from zero.
  ['eur', '=10/3', 3.33, '=10/3'],
  ['eur', '=1,005*1', 1.01, '=1,005*1'],
  ['eur', '500.000.000', 500_000_000],
  ['eur', '499.999.999,99', 499_999_999.99],
  ['count', '8.761', 8761],
  ['count', '99.999.999', 99_999_999],
  ['count', '80 Tsd', 80_000],
  ['count', '=1700-275', 1425, '=1700-275'],
  ['count', '=(1700-274)/2', 713, '=(1700-274)/2'],
  ['count', '', null],
  ['ratio', '5', 0.05],
  ['ratio', '5 %', 0.05],
  ['ratio', '23,6 %', 0.236],
  ['ratio', '2,1', 0.021],
  ['ratio', '0', 0],
  ['ratio', '100 %', 1],
  ['ratio', '=10/4', 0.025, '=10/4'],
  ['ratio', '', null],
];

const invalid: [unit: InputUnit, text: string, message: string][] = [
  ['eur', 'abc', '"abc": keine Zahl'],
  ['eur', '-5', '"-5": darf nicht negativ sein'],
  ['eur', '=1700-2000', '"=1700-2000": ergibt -300, darf nicht negativ sein'],
  ['eur', '1.234,567', '"1.234,567": höchstens zwei Nachkommastellen (Cent)'],
  ['eur', '0,000000001 Mio', '"0,000000001 Mio": höchstens zwei Nachkommastellen (Cent)'],
  ['eur', '23,6 %', '"23,6 %": hier wird ein Betrag erwartet, kein Prozentwert'],
  ['eur', '500.000.000,01', '"500.000.000,01": zu groß (höchstens 500.000.000 €)'],
  ['eur', '=1000*1000*1000', '"=1000*1000*1000": ergibt 1000000000, zu groß (höchstens 500.000.000 €)'],
  ['count', '=(1700-275)/2', '"=(1700-275)/2": ergibt 712,5, keine ganze Zahl'],
  ['count', '12,5', '"12,5": keine ganze Zahl'],
  ['count', '-1', '"-1": darf nicht negativ sein'],
  ['count', '5 €', '"5 €": hier wird eine Anzahl erwartet, kein Betrag'],
  ['count', '5 %', '"5 %": hier wird eine Anzahl erwartet, kein Prozentwert'],
  ['count', '100.000.000', '"100.000.000": zu groß (höchstens 99.999.999)'],
  ['ratio', '150 %', '"150 %": muss zwischen 0 und 100 % liegen'],
  ['ratio', '=50*3', '"=50*3": ergibt 150, muss zwischen 0 und 100 % liegen'],
  ['ratio', '-2 %', '"-2 %": darf nicht negativ sein'],
  ['ratio', '5 €', '"5 €": hier wird ein Prozentwert erwartet, kein Betrag'],
  ['ratio', '2 Mio', '"2 Mio": hier wird ein Prozentwert erwartet, kein Betrag'],
  ['ratio', '=120*', '"=120*": Ausdruck endet unerwartet nach "*"'],
];

describe('parseCellInput', () => {
  it.each(valid)('%s %j → %s', (unit, text, value, formula) => {
    expect(parseCellInput(text, unit)).toEqual(
      formula === undefined ? { ok: true, value } : { ok: true, value, formula },
    );
  });

  it.each(invalid)('%s %j is refused', (unit, text, message) => {
    expect(parseCellInput(text, unit)).toEqual({ ok: false, message });
  });
});

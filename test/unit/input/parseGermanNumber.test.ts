import { describe, expect, it } from 'vitest';
import { parseGermanNumber } from '../../../shared/input/parseGermanNumber';

// A flat table of what users type and what it means (fachkonzept §4).
const valid: [text: string, value: number][] = [
  ['555840', 555840],
  ['1.234.567', 1234567],
  ['1.234,56', 1234.56],
  ['0,07', 0.07],
  [',5', 0.5],
  ['  12  ', 12],
  ['\u00a012\u00a0', 12],
  ['-5', -5],
  ['−5', -5],
  ['- 1.000', -1000],
  ['1.234 €', 1234],
  ['1.234€', 1234],
  ['€ 1.234', 1234],
  ['1.234 EUR', 1234],
  ['2,2 Mio', 2_200_000],
  ['2,2 Mio.', 2_200_000],
  ['2,2 Mio. €', 2_200_000],
  ['2,2Mio', 2_200_000],
  ['37,62 mio', 37_620_000],
  ['0,0001 Mio', 100],
  ['80 Tsd', 80_000],
  ['80 Tsd.', 80_000],
  ['80 T€', 80_000],
  ['1,5 Tsd. €', 1500],
  ['23,6 %', 23.6],
  ['5%', 5],
  ['-0', 0],
  ['=120*2400', 288_000],
  ['=1700-275', 1425],
  ['=1700−275', 1425],
  ['=(1700-275)/2', 712.5],
  ['=2,5*1.000', 2500],
  ['= 1 + 2 * 3', 7],
  ['=(1+2)*3', 9],
  ['=10/4/5', 0.5],
  ['=10-4-3', 3],
  ['=-5+10', 5],
  ['=--5', 5],
  ['=-(2+3)*2', -10],
  ['=2*-3', -6],
  ['=0,1+0,2', 0.3],
  ['=((((1))))', 1],
];

const invalid: [text: string, message: string][] = [
  ['abc', '"abc": keine Zahl'],
  ['', '"": keine Zahl'],
  ['€', '"€": keine Zahl'],
  ['Mio', '"Mio": keine Zahl'],
  ['12a', '"12a": keine Zahl'],
  ['12,3,4', '"12,3,4": mehr als ein Dezimalkomma'],
  ['1.5', '"1.5": Punkt nur als Tausendertrennzeichen (Dezimalzeichen ist das Komma)'],
  ['12.34.567', '"12.34.567": Punkt nur als Tausendertrennzeichen (Dezimalzeichen ist das Komma)'],
  ['1,234.5', '"1,234.5": Punkt nach dem Dezimalkomma'],
  ['12,', '"12,": nach dem Komma fehlen Ziffern'],
  ['1 234', '"1 234": Leerzeichen innerhalb der Zahl'],
  ['5 % €', '"5 % €": "%" passt nicht zu € oder Mio./Tsd.'],
  ['1234567890123456', '"1234567890123456": zu viele Ziffern (höchstens 15)'],
  ['=', '"=": Formel ist leer'],
  ['=120*', '"=120*": Ausdruck endet unerwartet nach "*"'],
  ['=120-', '"=120-": Ausdruck endet unerwartet nach "-"'],
  ['=*3', '"=*3": unerwartetes "*" am Anfang'],
  ['=3+*4', '"=3+*4": unerwartetes "*" nach "+"'],
  ['=(1+2', '"=(1+2": schließende Klammer fehlt'],
  ['=1+2)', '"=1+2)": ")" ohne öffnende Klammer'],
  ['=()', '"=()": unerwartetes ")" nach "("'],
  ['=1 2', '"=1 2": Rechenzeichen fehlt vor "2"'],
  ['=2(3)', '"=2(3)": Rechenzeichen fehlt vor "("'],
  ['=(2)3', '"=(2)3": Rechenzeichen fehlt vor "3"'],
  ['=1/0', '"=1/0": Division durch null'],
  ['=5/(3-3)', '"=5/(3-3)": Division durch null'],
  ['=1,2,3+4', '"=1,2,3+4": mehr als ein Dezimalkomma in "1,2,3"'],
  ['=2^3', '"=2^3": unerwartetes Zeichen "^"'],
  ['=A1+1', '"=A1+1": unerwartetes Zeichen "A"'],
  ['=2 Mio', '"=2 Mio": unerwartetes Zeichen "M"'],
  [
    '=999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999*999999999999999',
    '"=999999999999999*999999999999999*999999…": Ergebnis zu groß',
  ],
];

describe('parseGermanNumber', () => {
  it.each(valid)('%j → %d', (text, value) => {
    const r = parseGermanNumber(text);
    expect(r).toMatchObject({ ok: true, value });
  });

  it.each(invalid)('%j is refused', (text, message) => {
    expect(parseGermanNumber(text)).toEqual({ ok: false, message });
  });

  it('tells how the number was typed: percent, currency, Mio./Tsd., formula', () => {
    expect(parseGermanNumber('23,6 %')).toMatchObject({
      percent: true,
      currency: false,
      scaled: false,
      formula: false,
    });
    expect(parseGermanNumber('80 T€')).toMatchObject({ percent: false, currency: true, scaled: true });
    expect(parseGermanNumber('2,2 Mio')).toMatchObject({ currency: false, scaled: true });
    expect(parseGermanNumber('=1+1')).toMatchObject({ formula: true });
  });

  it('survives hostile nesting without a stack overflow', () => {
    const deep = '=' + '('.repeat(5000) + '1' + ')'.repeat(5000);
    expect(parseGermanNumber(deep).ok).toBe(false);
    const unary = '=' + '-'.repeat(300) + '1';
    expect(parseGermanNumber(unary)).toEqual({
      ok: false,
      message: expect.stringContaining('zu tief verschachtelt'),
    });
    expect(parseGermanNumber('=' + '('.repeat(200) + '1' + ')'.repeat(200))).toEqual({
      ok: false,
      message: expect.stringContaining('zu tief verschachtelt'),
    });
  });

  it('refuses overly long text', () => {
    expect(parseGermanNumber('=' + '1+'.repeat(300) + '1')).toEqual({
      ok: false,
      message: expect.stringContaining('zu lang (höchstens 500 Zeichen)'),
    });
  });
});

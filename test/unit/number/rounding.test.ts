import { describe, expect, it } from 'vitest';
import {
  atMostTwoDecimals,
  cleanFloat,
  decimalPlaces,
  roundHalfAwayFromZero,
} from '../../../shared/number/rounding';

describe('roundHalfAwayFromZero: Excel’s ROUND', () => {
  it('rounds halves away from zero, on both sides of zero', () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(-0.125, 2)).toBe(-0.13);
  });

  it('is not fooled by binary remainders (1.005 is stored as 1.00499…)', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(1234567.895, 2)).toBe(1234567.9);
  });

  it('never returns minus zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
  });
});

describe('decimalPlaces and cleanFloat', () => {
  it('counts the places JavaScript prints, also in exponent notation', () => {
    expect(decimalPlaces(0.07)).toBe(2);
    expect(decimalPlaces(1234.567)).toBe(3);
    expect(decimalPlaces(2_200_000)).toBe(0);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(Number.NaN)).toBe(0);
  });

  it('removes the remainder of a computed value', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(decimalPlaces(cleanFloat(0.07 * 100))).toBe(0);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });
});

describe('atMostTwoDecimals', () => {
  it('says what decimalPlaces(v) <= 2 says, for cents, their neighbours and finer values', () => {
    let seed = 11;
    const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const values = [
      0,
      -0,
      0.07,
      1.005,
      0.1 + 0.2,
      1e-7,
      5e-3,
      123.45,
      500_000_000,
      499_999_999.99,
      NaN,
      Infinity,
    ];
    for (let n = 0; n < 20_000; n++) {
      const cents = Math.floor(rnd() * 50_000_000_000) / 100;
      const scale = 10 ** Math.floor(rnd() * 9);
      values.push(
        cents,
        cents / scale,
        cents + 0.001,
        (cents * 3) / 7,
        -cents,
        Math.floor(rnd() * 1e6) / 1000,
      );
      // the doubles right next to a number of cents
      values.push(cents + cents * Number.EPSILON, cents - cents * Number.EPSILON);
    }
    // One assertion over all values: 160.000 single expects take longer than the comparison.
    const disagree: number[] = [];
    let withCents = 0;
    for (const v of values) {
      const cents = decimalPlaces(v) <= 2;
      if (atMostTwoDecimals(v) !== cents) disagree.push(v);
      if (!Number.isInteger(v) && cents) withCents++;
    }
    expect(disagree).toEqual([]);
    expect(withCents).toBeGreaterThan(10_000);
  });
});

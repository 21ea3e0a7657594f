/** The export's byte buffer must write what TextEncoder and String(n) write. */
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../shared/excel/byteWriter';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ByteWriter', () => {
  it('encodes text as TextEncoder does, past its first capacity', () => {
    const texts = [
      '<c r="B12" s="3">',
      "='Maßnahmeportfolio'!E12",
      'Müller & Söhne',
      'ä am Anfang',
      'Emoji 😀 und € und \u00AD',
      'einsames \uD800 Surrogat und \uDC00 noch eins',
      '',
      'x'.repeat(70_000),
      `${"'Maßnahmeportfolio'!E12+".repeat(8)}😀 \uD800 am Ende`,
    ];
    const w = new ByteWriter(8);
    for (const t of texts) w.text(t);
    expect(Buffer.from(w.bytes()).equals(Buffer.from(utf8(texts.join(''))))).toBe(true);
    expect(w.length).toBe(utf8(texts.join('')).length);
  });

  it('writes integers as String(n) does, and drops a truncated tail', () => {
    const numbers = [0, -0, 7, 10, 99, 100, 12345, 2 ** 53 - 1, 2 ** 53, 1e21, -5, 1.5, NaN, Infinity];
    const w = new ByteWriter(4);
    for (const n of numbers) {
      w.int(n);
      w.text(',');
    }
    expect(new TextDecoder().decode(w.bytes())).toBe(numbers.map((n) => `${String(n)},`).join(''));
    const mark = w.length;
    w.text('<row r="5">');
    w.truncate(mark);
    w.text('/>');
    expect(new TextDecoder().decode(w.bytes()).endsWith(',/>')).toBe(true);
  });
});

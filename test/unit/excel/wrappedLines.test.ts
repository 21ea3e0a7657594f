/**
 * The row heights of wrapped text: `wrappedLines` measures words in place. It must count what
 * splitting into paragraphs and words (after each space or hyphen) counts.
 */
import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../../shared/excel/exportWorkbook';
import { seededRandom } from '../../support/generatePlan';

/** The rule written with split: paragraphs at line breaks, words after white space and hyphens. */
function bySplitting(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(4, Math.floor((width - 1) / (bold ? 1.0 : 0.9)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/(?<=[\s-])/)) {
      if (used > 0 && used + word.trimEnd().length > perLine) {
        lines += 1;
        used = 0;
      }
      used += word.length;
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
  }
  return lines;
}

const PIECES = [
  'a',
  'Maßnahme',
  'Eingliederung',
  'zur',
  ' ',
  ' ',
  '-',
  '\n',
  '\r',
  '\t',
  '\u00A0',
  '\u2009',
  '\uFEFF',
  '  ',
  'x'.repeat(40),
  '😀',
];

describe('wrappedLines', () => {
  it('counts the lines of known texts', () => {
    expect(wrappedLines('kurz', 20, false)).toBe(1);
    expect(wrappedLines('eins\nzwei', 20, false)).toBe(2);
    expect(wrappedLines('Förderung der beruflichen Weiterbildung (FbW) mit Abschluss', 20, false)).toBe(
      bySplitting('Förderung der beruflichen Weiterbildung (FbW) mit Abschluss', 20, false),
    );
    expect(wrappedLines('Förderung der beruflichen Weiterbildung', 20, false)).toBeGreaterThan(1);
  });

  it('agrees with splitting into paragraphs and words for 5.000 random texts', () => {
    const next = seededRandom(18);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const count = Math.floor(next() * 30);
      for (let i = 0; i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const width = 2 + Math.floor(next() * 60);
      const bold = next() < 0.3;
      expect(wrappedLines(text, width, bold), JSON.stringify({ text, width, bold })).toBe(
        bySplitting(text, width, bold),
      );
    }
  });
});

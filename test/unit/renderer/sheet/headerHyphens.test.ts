/**
 * Headings divide only where German does: soft hyphens at the Duden's points for the long words
 * of the grids' headings, nothing elsewhere; the narrowest width a column is fitted to keeps its
 * heading's longest undividable piece whole.
 */
import { describe, expect, it } from 'vitest';
import { hyphenateHeader } from '../../../../renderer/sheet/headerHyphens';
import { headerMinWidth } from '../../../../renderer/grids/sheetGrid/headerWidths';

const shown = (s: string) => s.replaceAll('\u00AD', '·');

describe('hyphenateHeader', () => {
  it('puts soft hyphens at the hyphenation points of known words, keeping case and the rest', () => {
    expect(shown(hyphenateHeader('Eintritte'))).toBe('Ein·trit·te');
    expect(shown(hyphenateHeader('Δ Eintritte'))).toBe('Δ Ein·trit·te');
    expect(shown(hyphenateHeader('Funktion im Integrationsprozess'))).toBe(
      'Funk·ti·on im In·te·gra·ti·ons·pro·zess',
    );
    expect(shown(hyphenateHeader('Mittelansatz 2016'))).toBe('Mit·tel·an·satz 2016');
    expect(shown(hyphenateHeader('EGT-Auslastung'))).toBe('EGT-Aus·las·tung');
  });

  it('leaves unknown words and short labels as they are', () => {
    expect(hyphenateHeader('nachr.')).toBe('nachr.');
    expect(hyphenateHeader('FbW')).toBe('FbW');
    expect(hyphenateHeader('Xylophonorchester')).toBe('Xylophonorchester');
  });
});

describe('headerMinWidth', () => {
  // One pixel per character: the widest piece decides, a divided piece carries its hyphen.
  const measure = (t: string) => t.length;
  it('is the longest piece a line cannot break inside, plus the padding', () => {
    expect(headerMinWidth('nachr.', measure)).toBe(6 + 9);
    // "Ein-" "trit-" "te": the widest is "trit-" (5).
    expect(headerMinWidth('Eintritte', measure)).toBe(5 + 9);
    // An unknown word stays whole.
    expect(headerMinWidth('Δ Xylophonorchester', measure)).toBe(17 + 9);
  });
});

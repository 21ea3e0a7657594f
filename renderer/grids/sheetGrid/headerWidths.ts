/**
 * The narrowest a column may be fitted to: its heading's longest piece that cannot be divided
 * (a word, or a syllable run between soft hyphens with its hyphen) must fit beside the header's
 * padding, so "nachr." or "FbW" stay whole at 1366 px instead of being cut at the cell's edge.
 */
import { hyphenateHeader } from '../../sheet/headerHyphens';
import { measure } from './labelHeights';

/** The header's padding left and right (grid.css) and a pixel of rounding. */
const PADDING = 9;
const FONT = '600 12.5px "Segoe UI", Calibri, Arial, sans-serif';

/** Width of the widest piece of `header` that a line cannot break inside, with the padding. */
export function headerMinWidth(
  header: string,
  measureText: (t: string) => number = (t) => measure(t, FONT),
): number {
  const pieces = hyphenateHeader(header)
    .split(/\s+/)
    .flatMap((word) => {
      const parts = word.split('\u00AD');
      // A piece before a soft hyphen shows the hyphen when the line breaks there.
      return parts.map((p, i) => (i < parts.length - 1 ? `${p}-` : p));
    });
  return Math.ceil(Math.max(0, ...pieces.map((p) => measureText(p)))) + PADDING;
}

/**
 * Counts, in bytes as they come out of the inflater, what makes a spreadsheet reader work: start
 * tags (each becomes at least one object), `row` start tags (with or without a namespace
 * prefix), and a DOCTYPE (OOXML has none; entity definitions are how XML bombs work). Byte-wise,
 * so nothing is decoded or kept: a '<' byte never occurs inside a multi-byte UTF-8 character.
 * Comments and CDATA are not told apart, so the counts can only be too high, never too low.
 */

const LT = 0x3c;
const COLON = 0x3a;
const SLASH = 0x2f;
const ROW = (0x72 << 16) | (0x6f << 8) | 0x77; // "row"
const DOCTYPE = '!DOCTYPE';

/** Letters, digits and the name characters '_', '-', '.', ':', and any non-ASCII byte. */
const NAME_BYTE = (() => {
  const t = new Uint8Array(256);
  for (let b = 0; b < 256; b++)
    t[b] =
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      b === 0x5f ||
      b === 0x2d ||
      b === 0x2e ||
      b === COLON ||
      b >= 0x80
        ? 1
        : 0;
  return t;
})();

export class XmlTally {
  rows = 0;
  elements = 0;
  doctype = false;
  /** Inside a tag name: its length so far, or -1 outside one. */
  private nameLen = -1;
  /** Length of the part after the last ':' and its first three bytes, packed. */
  private localLen = 0;
  private local = 0;
  /** Whether the name so far is a prefix of "!DOCTYPE"; markup ('!', '?', '/') is no element. */
  private doctypeSoFar = false;
  private markup = false;

  /** Starts a new part: rows count per part, elements across parts. */
  nextPart(): void {
    this.rows = 0;
    this.nameLen = -1;
  }

  feed(chunk: Uint8Array): void {
    let { rows, elements, nameLen, localLen, local, doctypeSoFar, markup } = this;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === LT) {
        nameLen = 0;
        localLen = 0;
        local = 0;
        doctypeSoFar = true;
        markup = false;
        continue;
      }
      if (nameLen < 0) continue;
      if (nameLen === 0 && (b === 0x21 || b === 0x3f || b === SLASH)) {
        // '<!', '<?' or '</': a comment, declaration, processing instruction or end tag.
        markup = true;
        doctypeSoFar = b === 0x21;
        nameLen = 1;
        continue;
      }
      if (NAME_BYTE[b]) {
        if (doctypeSoFar && (nameLen >= DOCTYPE.length || DOCTYPE.charCodeAt(nameLen) !== b))
          doctypeSoFar = false;
        nameLen++;
        if (b === COLON) {
          localLen = 0;
          local = 0;
        } else {
          if (localLen < 3) local = (local << 8) | b;
          localLen++;
        }
        continue;
      }
      // The name ended.
      if (markup) {
        if (doctypeSoFar && nameLen === DOCTYPE.length) this.doctype = true;
      } else if (nameLen > 0) {
        elements++;
        if (localLen === 3 && local === ROW) rows++;
      }
      nameLen = -1;
    }
    this.rows = rows;
    this.elements = elements;
    this.nameLen = nameLen;
    this.localLen = localLen;
    this.local = local;
    this.doctypeSoFar = doctypeSoFar;
    this.markup = markup;
  }
}

/**
 * Counts, in bytes as they come out of the inflater, what makes a spreadsheet reader work: start
 * tags (each becomes at least one object), `row` start tags (with or without a namespace
 * prefix), and a DOCTYPE (OOXML has none; entity definitions are how XML bombs work). Byte-wise,
 * so nothing is decoded or kept: a '<' byte never occurs inside a multi-byte UTF-8 character.
 * Comments and CDATA are not told apart, so the counts can only be too high, never too low.
 *
 * A few start tags are read with their attributes, because ExcelJS turns one such element into
 * many objects or relies on their order: `mergeCell ref` and `dataValidation sqref` (one object
 * per cell of the range, see cellRange.ts), `col min/max` (one column object per number up to
 * them) and `row r` (rows must ascend, as Excel requires; the import's own reader stops after the
 * first rows it needs).
 */
import { intAttr, rangeCells, sqrefCells } from './cellRange';
import { decodeXml } from './packageParts';

const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const ROW = (0x72 << 16) | (0x6f << 8) | 0x77; // "row"
const COL = (0x63 << 16) | (0x6f << 8) | 0x6c; // "col"
const DOCTYPE = '!DOCTYPE';

/** Attributes of one watched tag beyond this are refused (a real `sqref` is a few hundred bytes). */
export const MAX_TAG_BYTES = 1024 * 1024;

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

/** Which watched tag's attributes are being read. */
const Watch = { None: 0, Row: 1, Col: 2, Merge: 3, Validation: 4 } as const;
type Watch = (typeof Watch)[keyof typeof Watch];

const LONG_NAMES: readonly [string, Watch][] = [
  ['mergeCell', Watch.Merge],
  ['dataValidation', Watch.Validation],
];

/** The value of an unprefixed attribute in a start tag's attribute text, entities decoded. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

export class XmlTally {
  /** `row` start tags in this part. */
  rows = 0;
  /** Start tags in all parts so far. */
  elements = 0;
  doctype = false;
  /** Cells ExcelJS would create for this part's merged ranges and data validations. */
  rangeCells = 0;
  /** `mergeCell` elements in this part (ExcelJS compares each with all before it). */
  merges = 0;
  /** Highest column number a `col` element names (min or max); 0 for none. */
  maxColumn = 0;
  /** The first row number not above the one before it, 0 while rows ascend. */
  rowOutOfOrder = 0;
  /** A watched tag's attributes ran beyond MAX_TAG_BYTES. */
  longTag = false;

  /** Inside a tag name: its length so far, or -1 outside one. */
  private nameLen = -1;
  /** Length of the part after the last ':' and its first three bytes, packed. */
  private localLen = 0;
  private local = 0;
  /** The first bytes of the local name, to recognise the longer watched names. */
  private readonly localBytes = new Uint8Array(16);
  /** Whether the name so far is a prefix of "!DOCTYPE"; markup ('!', '?', '/') is no element. */
  private doctypeSoFar = false;
  private markup = false;
  /** A watched tag whose attributes are being collected, its bytes so far and open quote. */
  private watching: Watch = Watch.None;
  private attrs = new Uint8Array(256);
  private attrLen = 0;
  private quote = 0;
  private lastRow = 0;

  /** Starts a new part: everything but the element count is per part. */
  nextPart(): void {
    this.rows = 0;
    this.rangeCells = 0;
    this.merges = 0;
    this.maxColumn = 0;
    this.rowOutOfOrder = 0;
    this.longTag = false;
    this.lastRow = 0;
    this.nameLen = -1;
    this.watching = Watch.None;
  }

  private watched(): Watch {
    const { localLen, local } = this;
    if (localLen === 3) return local === ROW ? Watch.Row : local === COL ? Watch.Col : Watch.None;
    for (const [name, kind] of LONG_NAMES) {
      if (localLen !== name.length) continue;
      let same = true;
      for (let i = 0; i < localLen && same; i++) same = this.localBytes[i] === name.charCodeAt(i);
      if (same) return kind;
    }
    return Watch.None;
  }

  private collect(b: number): void {
    if (this.attrLen === this.attrs.length) {
      if (this.attrLen >= MAX_TAG_BYTES) {
        this.longTag = true;
        return;
      }
      const grown = new Uint8Array(Math.min(MAX_TAG_BYTES, this.attrs.length * 4));
      grown.set(this.attrs);
      this.attrs = grown;
    }
    this.attrs[this.attrLen++] = b;
  }

  /** A watched start tag is complete: apply its attributes. */
  private finish(kind: Watch, attrs: string): void {
    if (this.longTag) return;
    switch (kind) {
      case Watch.Row: {
        const r = intAttr(attribute(attrs, 'r'));
        if (Number.isNaN(r)) return;
        if (r <= this.lastRow && this.rowOutOfOrder === 0) this.rowOutOfOrder = r;
        this.lastRow = r;
        return;
      }
      case Watch.Col:
        for (const name of ['min', 'max']) {
          const n = intAttr(attribute(attrs, name));
          if (n > this.maxColumn) this.maxColumn = n;
        }
        return;
      case Watch.Merge:
        this.merges++;
        this.rangeCells += rangeCells(attribute(attrs, 'ref') ?? '');
        return;
      case Watch.Validation:
        this.rangeCells += sqrefCells(attribute(attrs, 'sqref') ?? '');
        return;
      case Watch.None:
        return;
    }
  }

  private attrText(): string {
    let s = '';
    for (let i = 0; i < this.attrLen; i += 8192)
      s += String.fromCharCode(...this.attrs.subarray(i, Math.min(this.attrLen, i + 8192)));
    return s;
  }

  feed(chunk: Uint8Array): void {
    let { rows, elements, nameLen, localLen, local, doctypeSoFar, markup } = this;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.watching !== Watch.None && b !== LT) {
        // Attributes of a watched tag, up to the '>' outside quotes.
        if (this.quote !== 0) {
          if (b === this.quote) this.quote = 0;
        } else if (b === QUOT || b === APOS) this.quote = b;
        else if (b === GT) {
          const kind = this.watching;
          this.watching = Watch.None;
          this.finish(kind, this.attrText());
          continue;
        }
        if (!this.longTag) this.collect(b);
        continue;
      }
      if (b === LT) {
        // A '<' inside a tag is not XML; the reader's parser stops there, so the tag counts nothing.
        this.watching = Watch.None;
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
          if (localLen < this.localBytes.length) this.localBytes[localLen] = b;
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
        this.localLen = localLen;
        this.local = local;
        const kind = this.watched();
        if (kind !== Watch.None) {
          if (b === GT || b === SLASH) this.finish(kind, '');
          else {
            this.watching = kind;
            this.attrLen = 0;
            this.quote = 0;
          }
        }
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

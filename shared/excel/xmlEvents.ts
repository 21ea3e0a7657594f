/**
 * A small streaming XML reader for the few parts the import reads before ExcelJS: start tags
 * with their raw attributes, end tags, and text as it arrives (never held whole, so a long text
 * costs nothing unless the caller keeps it). Names are passed as written, prefix and all, as
 * ExcelJS compares them. Comments, processing instructions and CDATA are skipped, as ExcelJS's
 * SAX reader hands on text events only. Not a validating parser: the guard (zipGuard.ts) has
 * already refused DTDs, and ExcelJS reads the same bytes afterwards.
 */

export interface XmlHandler {
  /** A start tag: its name and raw attribute text. False stops reading. */
  open(name: string, attrs: string, selfClosing: boolean): boolean;
  close(name: string): boolean;
  /** Raw text `s.slice(start, end)` (references not yet decoded), possibly in several pieces. */
  text(s: string, start: number, end: number): void;
}

/** A tag longer than this is no spreadsheet markup. */
const MAX_TAG = 1024 * 1024;

const GT = 0x3e;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Index of the '>' ending a tag that starts before `from`, quotes respected; -1 if not yet seen. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOT || c === APOS) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

export class XmlEvents {
  private pending = '';
  private stopped = false;
  /** Skipping a comment, PI or CDATA section: the string that ends it. */
  private skipUntil = '';
  tooLong = false;

  constructor(private readonly handler: XmlHandler) {}

  get done(): boolean {
    return this.stopped;
  }

  /** Feeds decoded text; false once the handler stopped (or a tag was too long). */
  feed(chunk: string): boolean {
    if (this.stopped) return false;
    const s = this.pending ? this.pending + chunk : chunk;
    const h = this.handler;
    let i = 0;
    for (;;) {
      if (this.skipUntil) {
        const end = s.indexOf(this.skipUntil, i);
        if (end < 0) {
          // Keep only what could be the start of the terminator.
          i = Math.max(i, s.length - this.skipUntil.length + 1);
          break;
        }
        i = end + this.skipUntil.length;
        this.skipUntil = '';
      }
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Text up to the end, but not a reference cut in two.
        const amp = s.lastIndexOf('&');
        const cut = amp >= i && s.indexOf(';', amp) < 0 && s.length - amp < 16 ? amp : s.length;
        if (cut > i) h.text(s, i, cut);
        i = cut;
        break;
      }
      if (lt > i) h.text(s, i, lt);
      i = lt;
      const next = s.charCodeAt(i + 1);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        // Not yet enough to tell '<!--' or '<![CDATA[' from other markup.
        if (s.length - i < 9) break;
        if (s.startsWith('<!--', i)) {
          this.skipUntil = '-->';
          i += 4;
        } else if (s.startsWith('<![CDATA[', i)) {
          this.skipUntil = ']]>';
          i += 9;
        } else {
          this.skipUntil = next === 0x3f ? '?>' : '>';
          i += 2;
        }
        continue;
      }
      const gt = tagEnd(s, i + 1);
      if (gt < 0) {
        if (s.length - i > MAX_TAG) {
          this.tooLong = true;
          this.stopped = true;
          return false;
        }
        break;
      }
      let go: boolean;
      if (next === SLASH) {
        let e = gt;
        while (e > i + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        go = h.close(s.slice(i + 2, e));
      } else {
        let n = i + 1;
        while (n < gt && !isSpace(s.charCodeAt(n)) && s.charCodeAt(n) !== SLASH) n++;
        const name = s.slice(i + 1, n);
        const selfClosing = s.charCodeAt(gt - 1) === SLASH && gt - 1 >= n;
        const attrs = n < gt ? s.slice(n, selfClosing ? gt - 1 : gt) : '';
        go = h.open(name, attrs, selfClosing);
        if (go && selfClosing) go = h.close(name);
      }
      i = gt + 1;
      if (!go) {
        this.stopped = true;
        this.pending = '';
        return false;
      }
    }
    this.pending = s.slice(i);
    return true;
  }

  /** The end of the part: text left over is handed on. */
  end(): void {
    const rest = this.pending;
    if (!this.stopped && !this.skipUntil && rest && !rest.includes('<'))
      this.handler.text(rest, 0, rest.length);
    this.pending = '';
  }
}

const attrPatterns = new Map<string, RegExp>();

/** The value of an unprefixed attribute, references decoded by `decode`. */
export function attrOf(attrs: string, name: string, decode: (s: string) => string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, pattern);
  }
  const m = pattern.exec(attrs);
  return m ? decode(m[1] ?? m[2] ?? '') : undefined;
}

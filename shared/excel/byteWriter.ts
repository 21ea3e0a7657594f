/**
 * A growing buffer of UTF-8 bytes. The export writes a 10.000-row sheet's `<sheetData>` (9 MB
 * of XML) into it row by row: as one string it was joined from all rows, spliced into ExcelJS's
 * frame and encoded again, much of the export's garbage.
 */
const encoder = new TextEncoder();

export class ByteWriter {
  private buf: Uint8Array<ArrayBuffer>;
  private at = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  get length(): number {
    return this.at;
  }

  /** Drops what was written after `length` (a row that turned out empty). */
  truncate(length: number): void {
    this.at = Math.min(this.at, length);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }

  /** Any text, as TextEncoder encodes it (a lone surrogate becomes U+FFFD). */
  text(s: string): void {
    const n = s.length;
    // A UTF-16 unit takes at most 3 bytes.
    this.room(3 * n);
    const buf = this.buf;
    let at = this.at;
    // A long text (a row's XML) goes to the platform's encoder at once; a short one byte by byte.
    if (n > 64) {
      this.at = at + encoder.encodeInto(s, buf.subarray(at)).written;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        at += encoder.encodeInto(i === 0 ? s : s.slice(i), buf.subarray(at)).written;
        break;
      }
      buf[at++] = c;
    }
    this.at = at;
  }

  /** A non-negative integer in decimal, as String(n) writes it. */
  int(n: number): void {
    if (!(Number.isSafeInteger(n) && n >= 0)) {
      this.text(String(n));
      return;
    }
    this.room(16);
    const buf = this.buf;
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    do {
      buf[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** The bytes written (a view of the buffer: write nothing more after taking it). */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.at);
  }
}

/**
 * Reads cells of a worksheet part, and shared strings, straight from the checked archive while
 * inflating it, before ExcelJS parses anything: the hidden sheet `_amip` (the embedded plan) and
 * the first rows of each sheet (its column headers). Values come out as ExcelJS would read them
 * (xform/sheet/cell-xform.js, strings/*.js): `t="s"` a shared string, `str` and `inlineStr` text,
 * no type a number, a formula or boolean something else. Reading stops after the last row asked
 * for (the guard has checked that rows ascend), and only the texts asked for are kept, within a
 * budget of characters. Pure.
 */
import { columnOf } from './cellRange';
import { decodeXml } from './packageParts';
import type { CheckedArchive, PartBudget } from './zipGuard';
import { inflateEntry, tallyPart } from './zipGuard';
import type { Guarded, ZipEntry } from './zipArchive';
import { attrOf, XmlEvents } from './xmlEvents';

/**
 * Where a reader gets a part's bytes: inflated with the guard's tally the first time (so the
 * part is checked while it is read), inflated again afterwards. The chunk callback returns false
 * once the reader has what it wants.
 */
export type PartSource = (onChunk: (chunk: Uint8Array) => boolean) => Promise<Guarded<object>>;

/** The first reading of a part: tallied and checked by the guard, `budget` included. */
export const firstReading =
  (archive: CheckedArchive, entry: ZipEntry, budget?: PartBudget): PartSource =>
  async (onChunk) => {
    let reading = true;
    const done = await tallyPart(archive, entry, budget, (chunk) => {
      if (reading) reading = onChunk(chunk);
    });
    return done.ok ? { ok: true } : done;
  };

/** A part the guard has tallied already, inflated again up to where the reader stops. */
export const rereading =
  (archive: CheckedArchive, entry: ZipEntry): PartSource =>
  async (onChunk) => {
    await inflateEntry(archive, entry, onChunk);
    return { ok: true };
  };

export type CellRead =
  | { kind: 'shared'; index: number }
  | { kind: 'text'; text: string }
  /** Rich text (runs): ExcelJS gives an object, not a string. */
  | { kind: 'rich'; text: string }
  | { kind: 'number'; value: number }
  /** A formula (its cached result as text), boolean or error. */
  | { kind: 'other'; text: string };

/** Rows → columns → cells of the rows read. */
export type SheetCells = Map<number, Map<number, CellRead>>;

/** A text kept beyond this many characters is cut (a header or marker is far shorter). */
export const SHORT_TEXT = 1_000;

/** ExcelJS decodes `_xHHHH_` in `t` elements of shared strings and rich text runs (text-xform.js). */
const unescapeX = (s: string): string =>
  s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** ExcelJS decodes the text of a `str` cell a second time (utils.xmlDecode). */
const xmlDecodeAgain = (s: string): string =>
  s.replace(
    /&([a-z]*);/g,
    (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c,
  );

/** XML turns CR LF and lone CR into LF before a parser hands text on. */
const lineEnds = (s: string): string => s.replace(/\r\n?/g, '\n');

/** Collects text pieces up to a number of characters, then only notes that there was more. */
class Text {
  private parts: string[] = [];
  length = 0;
  cut = false;
  constructor(private readonly max: number) {}
  add(raw: string): void {
    if (this.length >= this.max) {
      this.cut ||= raw.length > 0;
      return;
    }
    const piece = decodeXml(lineEnds(raw));
    const room = this.max - this.length;
    this.parts.push(piece.length > room ? piece.slice(0, room) : piece);
    if (piece.length > room) this.cut = true;
    this.length += Math.min(piece.length, room);
  }
  get value(): string {
    const s = this.parts.join('');
    this.parts = [s];
    return s;
  }
}

/** Feeds a part to `events`; a refusal of the guard, or null when a tag was absurdly long. */
async function readPart(source: PartSource, events: XmlEvents): Promise<Guarded<object> | null> {
  const decoder = new TextDecoder('utf-8');
  const done = await source((chunk) =>
    events.feed(decoder.decode(chunk as Uint8Array<ArrayBuffer>, { stream: true })),
  );
  if (!done.ok) return done;
  if (!events.done) {
    events.feed(decoder.decode());
    events.end();
  }
  return events.tooLong ? null : done;
}

export interface ReadCellsOptions {
  /** The last row to read (1-based). */
  lastRow: number;
  /** Only these columns, or all. */
  columns?: ReadonlySet<number>;
  /** Characters of text kept in all (longer reads are refused by the caller); each cell SHORT_TEXT unless `long`. */
  maxChars: number;
  long?: boolean;
}

export interface ReadCells {
  cells: SheetCells;
  /** More text than `maxChars`: the caller refuses. */
  overBudget: boolean;
}

/**
 * The cells of rows 1…lastRow of a worksheet part; a refusal of the guard while reading it, or
 * null when a tag is absurdly long.
 */
export async function readSheetCells(
  source: PartSource,
  options: ReadCellsOptions,
): Promise<Guarded<ReadCells> | null> {
  const cells: SheetCells = new Map();
  let budget = options.maxChars;
  let overBudget = false;
  let row: Map<number, CellRead> | null = null;
  let rowNo = 0;
  let col = 0;
  let cell: {
    col: number;
    type: string;
    /** A formula by ExcelJS's rule: an `f` with text or with a `t` attribute. */
    formula: boolean;
    value: Text | null;
    runs: Text | null;
    node: '' | 'v' | 't' | 'f' | 'r';
    /** A column not asked for: its text is not kept. */
    skip: boolean;
  } | null = null;
  const newText = () => new Text(Math.max(0, options.long ? budget : Math.min(budget, SHORT_TEXT)));
  const events = new XmlEvents({
    open(name, attrs) {
      if (cell) {
        if (name === 'f') {
          if (attrOf(attrs, 't', decodeXml) !== undefined) cell.formula = true;
          cell.node = 'f';
        } else if (name === 'v' || name === 't') {
          if (cell.node !== 'r') cell.node = name;
        } else if (name === 'r') {
          cell.node = 'r';
          cell.runs ??= newText();
        }
        return true;
      }
      if (name === 'row') {
        const r = parseInt(attrOf(attrs, 'r', decodeXml) ?? '', 10);
        if (r > options.lastRow) return false;
        // ExcelJS keeps rows by number; a row without one it never shows.
        row = r >= 1 ? new Map() : null;
        rowNo = r;
        col = 0;
        if (row) cells.set(rowNo, row);
        return true;
      }
      if (name === 'c' && row) {
        const ref = attrOf(attrs, 'r', decodeXml);
        // Without an address a cell is the one after the previous (Row.model in ExcelJS).
        const c = ref === undefined ? (col > 0 ? col + 1 : 0) : (columnOf(ref) ?? 0);
        col = c;
        cell = {
          col: c,
          type: attrOf(attrs, 't', decodeXml) ?? '',
          formula: false,
          value: null,
          runs: null,
          node: '',
          skip: c === 0 || (options.columns !== undefined && !options.columns.has(c)),
        };
      }
      return true;
    },
    text(s, start, end) {
      if (!cell || cell.skip) return;
      if (cell.node === 'f') cell.formula ||= end > start;
      else if (cell.node === 'v' || cell.node === 't') (cell.value ??= newText()).add(s.slice(start, end));
      else if (cell.node === 'r') cell.runs!.add(s.slice(start, end));
    },
    close(name) {
      if (!cell) return true;
      if (name === 'c') {
        const read = cellRead(cell.type, cell.formula, cell.value, cell.runs);
        if (read && row && !cell.skip) {
          row.set(cell.col, read);
          budget -= (cell.value?.length ?? 0) + (cell.runs?.length ?? 0);
        }
        if ((cell.value?.cut || cell.runs?.cut) && budget <= 0) overBudget = true;
        cell = null;
      } else if (name === 'f' || name === 'v' || (name === 't' && cell.node !== 'r') || name === 'is')
        cell.node = '';
      else if (name === 'r') cell.node = '';
      return true;
    },
  });
  const done = await readPart(source, events);
  return done && (done.ok ? { ok: true, cells, overBudget } : done);
}

function cellRead(type: string, formula: boolean, value: Text | null, runs: Text | null): CellRead | null {
  const text = value?.value;
  if (formula) return { kind: 'other', text: '' };
  if (runs) return { kind: 'rich', text: unescapeX(runs.value) };
  if (text === undefined) return null;
  switch (type) {
    case 's': {
      const index = parseInt(text, 10);
      return Number.isNaN(index) ? { kind: 'other', text } : { kind: 'shared', index };
    }
    case 'str':
      return { kind: 'text', text: xmlDecodeAgain(text) };
    case 'inlineStr':
      return { kind: 'text', text };
    case 'b':
      return { kind: 'other', text: parseInt(text, 10) !== 0 ? 'WAHR' : 'FALSCH' };
    case 'e':
      return { kind: 'other', text };
    default:
      return { kind: 'number', value: parseFloat(text) };
  }
}

export interface SharedString {
  text: string;
  rich: boolean;
  /** Longer than what was kept. */
  cut: boolean;
}

/** The part ExcelJS reads shared strings from (by this name only, xlsx.js). */
export const sharedStringsEntry = (archive: CheckedArchive): ZipEntry | undefined =>
  archive.entries.find((e) => e.name === 'xl/sharedStrings.xml');

/**
 * The shared strings at `wanted` indices (`long` ones kept whole within `maxChars` in all,
 * others cut at SHORT_TEXT); a refusal of the guard while reading, or null when a tag is
 * absurdly long.
 */
export async function readSharedStrings(
  source: PartSource,
  wanted: ReadonlyMap<number, 'long' | 'short'>,
  maxChars: number,
): Promise<Guarded<{ strings: Map<number, SharedString> }> | null> {
  const out = new Map<number, SharedString>();
  const last = wanted.size === 0 ? -1 : Math.max(...wanted.keys());
  let budget = maxChars;
  let index = -1;
  let item: { plain: Text | null; runs: Text | null; node: '' | 't' | 'r' | 'rt' | 'rPh' } | null = null;
  const events = new XmlEvents({
    open(name) {
      if (name === 'si') {
        index++;
        if (index > last) return false;
        item = wanted.has(index) ? { plain: null, runs: null, node: '' } : null;
        return true;
      }
      if (!item) return true;
      const size = wanted.get(index) === 'long' ? budget : Math.min(budget, SHORT_TEXT);
      if (name === 'rPh') item.node = 'rPh';
      else if (item.node === 'rPh') return true;
      else if (name === 'r') {
        item.node = 'r';
        item.runs ??= new Text(size);
      } else if (name === 't') {
        if (item.node === 'r') item.node = 'rt';
        else {
          item.node = 't';
          // ExcelJS keeps the last `t` of an item.
          item.plain = new Text(size);
        }
      }
      return true;
    },
    text(s, start, end) {
      if (!item) return;
      if (item.node === 't') item.plain!.add(s.slice(start, end));
      else if (item.node === 'rt') item.runs!.add(s.slice(start, end));
    },
    close(name) {
      if (!item) return true;
      if (name === 'si') {
        const runs = item.runs;
        const plain = item.plain;
        const text = runs ? runs.value : plain ? plain.value : '';
        out.set(index, { text: unescapeX(text), rich: runs !== null, cut: (runs ?? plain)?.cut ?? false });
        budget -= text.length;
        item = null;
      } else if (name === 'rPh') item.node = '';
      else if (name === 't') item.node = item.node === 'rt' ? 'r' : item.node === 'rPh' ? 'rPh' : '';
      else if (name === 'r') item.node = '';
      return true;
    },
  });
  const done = await readPart(source, events);
  return done && (done.ok ? { ok: true, strings: out } : done);
}

/**
 * Checks an .xlsx (a ZIP archive) before a spreadsheet library gets to see it. In order: file
 * size; the archive's structure (every byte accounted for, see zipArchive.ts); the declared sizes
 * and ratios; then every entry inflated with its declared size as the budget, its checksum
 * compared, and its XML tallied (rows, elements, ranges ExcelJS expands cell by cell, no DTD).
 * The tally of every part is handed on (importWorkbook compares it with what the embedded plan
 * allows); the archive the library reads is re-packed from the verified entries
 * (verifiedZip), so it sees exactly what was checked. Pure.
 */
import { MAX_COLUMN, PRINT_NAMES, namedCells } from './cellRange';
import { crc32Update } from './crc32';
import { inflateBounded } from './inflateBounded';
import type { SheetEntry } from './packageParts';
import { definedNames, partKey, relsPartOf, sheetList, workbookPart } from './packageParts';
import { MAX_TAG_BYTES, XmlTally } from './xmlTally';
import type { Guarded, ZipEntry } from './zipArchive';
import { de, fail, mb, readZipArchive, shown, writeVerifiedZip } from './zipArchive';

export type { Guarded, ZipEntry } from './zipArchive';
export { readZipArchive } from './zipArchive';

export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size, checked for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** `row` elements in one part. */
  maxSheetRows: number;
  /** Start tags in all parts together: what the spreadsheet library's memory grows with. */
  maxXmlElements: number;
  /** Cells of merged ranges and data validations in one part, and of all defined names. */
  maxRangeCells: number;
  /** `mergeCell` elements in one part (ExcelJS compares each new one with all before it). */
  maxMerges: number;
}

/**
 * Sized from the largest plan the app is built for (60.000 portfolio rows, see `npm run
 * bench`): its workbook is 17 MB, unpacks to 112 MB (55 MB in the portfolio sheet) and holds
 * 2,6 million XML elements; each limit leaves room above that.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 120 * 1024 * 1024,
  maxTotalBytes: 250 * 1024 * 1024,
  maxRatio: 150,
  ratioFloorBytes: 1024 * 1024,
  maxSheetRows: 150_000,
  maxXmlElements: 4_000_000,
  maxRangeCells: 2_000_000,
  maxMerges: 1_000,
};

/** Parts read whole as text to name the sheets (workbook, relationships); real ones are a few KB. */
const MAX_META_BYTES = 4 * 1024 * 1024;

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Checks the declared sizes: counts, totals, ratios. */
export function checkDirectory(entries: readonly ZipEntry[], limits: ZipLimits): Guarded<object> {
  if (entries.length > limits.maxEntries)
    return fail(
      `Die Datei enthält ${de(entries.length)} Teile (höchstens ${de(limits.maxEntries)}); so sieht keine AMIP-Arbeitsmappe aus.`,
    );
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes)
      return fail(
        `Der Teil „${shown(e.name)}“ ist entpackt ${mb(e.uncompressedSize)} groß (höchstens ${mb(limits.maxEntryBytes)}).`,
      );
    if (
      e.uncompressedSize > limits.ratioFloorBytes &&
      e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)
    )
      return fail(
        `Der Teil „${shown(e.name)}“ ist ungewöhnlich stark komprimiert (${de(Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)))}:1); die Datei wird als ZIP-Bombe abgelehnt.`,
      );
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes)
    return fail(`Die Datei ist entpackt ${mb(total)} groß (höchstens ${mb(limits.maxTotalBytes)}).`);
  // Many entries each below the floor add up: the same ratio for the archive as a whole.
  const packed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (total > limits.ratioFloorBytes && total > limits.maxRatio * Math.max(1, packed))
    return fail(
      `Die Datei ist entpackt ${mb(total)} groß, ${de(Math.round(total / Math.max(1, packed)))}-mal so groß wie gepackt; die Datei wird als ZIP-Bombe abgelehnt.`,
    );
  return { ok: true };
}

const dataOf = (bytes: Uint8Array, e: ZipEntry): Uint8Array =>
  bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);

/** A small part as text, or a refusal. */
async function readText(bytes: Uint8Array, e: ZipEntry): Promise<Guarded<{ text: string }>> {
  if (e.uncompressedSize > MAX_META_BYTES)
    return fail(
      `Der Teil „${shown(e.name)}“ ist entpackt ${mb(e.uncompressedSize)} groß (höchstens ${mb(MAX_META_BYTES)}); so sieht keine AMIP-Arbeitsmappe aus.`,
    );
  const decoder = new TextDecoder('utf-8');
  let text = '';
  const outcome = await inflateBounded(dataOf(bytes, e), e.method, e.uncompressedSize, (chunk) => {
    text += decoder.decode(chunk as Uint8Array<ArrayBuffer>, { stream: true });
    return true;
  });
  return outcome === 'ok'
    ? { ok: true, text: text + decoder.decode() }
    : fail(`Die Datei ist beschädigt: der Teil „${shown(e.name)}“ lässt sich nicht entpacken.`);
}

/** What the guard counted in one part while inflating it. */
export interface PartTally {
  entry: ZipEntry;
  name: string;
  key: string;
  /** The sheet name the workbook gives this part, if it names it. */
  sheet: string | undefined;
  /** The part as messages name it: `Blatt „…“` or `der Teil „…“`. */
  label: string;
  rows: number;
  elements: number;
  /** Cells ExcelJS creates for its merged ranges and data validations. */
  rangeCells: number;
}

/** A part being tallied, as a budget sees it after each chunk (`bytes` inflated so far). */
export type RunningTally = Pick<
  PartTally,
  'name' | 'key' | 'sheet' | 'label' | 'rows' | 'elements' | 'rangeCells'
> & { bytes: number };

/** A refusal (German) when the part so far exceeds what it may hold, else null. */
export type PartBudget = (t: RunningTally) => string | null;

/** An archive whose structure passed the guard; its parts are tallied one by one. */
export interface CheckedArchive {
  bytes: Uint8Array;
  entries: readonly ZipEntry[];
  /** The parts tallied so far, in the order they were. */
  parts: PartTally[];
  /** The sheets the workbook lists, in its order. */
  sheets: readonly SheetEntry[];
  /** Cells ExcelJS creates for each defined name (print areas and titles it does not expand). */
  names: readonly { name: string; cells: number }[];
  limits: ZipLimits;
  /** Counts across parts (elements in all). */
  tally: XmlTally;
}

/** The entry of the sheet called `name` (the first the workbook lists), if its part exists. */
export function sheetEntry(archive: CheckedArchive, name: string): ZipEntry | undefined {
  const key = archive.sheets.find((s) => s.name === name)?.part;
  return key === undefined || key === null ? undefined : archive.entries.find((e) => partKey(e.name) === key);
}

/** The archive the spreadsheet library may read: the verified entries, re-packed. */
export const verifiedZip = (archive: CheckedArchive): Uint8Array =>
  writeVerifiedZip(archive.bytes, archive.entries);

/** Inflates one entry again (the guard has checked it) as a stream; `onChunk` returns false to stop. */
export async function inflateEntry(
  archive: CheckedArchive,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<void> {
  await inflateBounded(dataOf(archive.bytes, entry), entry.method, entry.uncompressedSize, onChunk);
}

/** Why the tally of one part stops the file, or null. */
function tallyRefusal(tally: XmlTally, label: string, limits: ZipLimits): string | null {
  const Label = upper(label);
  if (tally.doctype)
    return `${Label} enthält eine Dokumenttypdefinition (DTD); Excel-Arbeitsmappen haben keine, die Datei wird abgelehnt.`;
  if (tally.rows > limits.maxSheetRows)
    return `${Label} hat mehr als ${de(limits.maxSheetRows)} Zeilen; das Einlesen wurde bei Zelle A${limits.maxSheetRows + 1} abgebrochen.`;
  if (tally.elements > limits.maxXmlElements)
    return `Die Datei enthält mehr als ${de(limits.maxXmlElements)} XML-Elemente (abgebrochen in ${label}); so groß wird keine AMIP-Arbeitsmappe.`;
  if (tally.rowOutOfOrder > 0)
    return `${Label}: Zeile ${de(tally.rowOutOfOrder)} steht hinter einer Zeile mit gleicher oder höherer Nummer; so schreibt Excel keine Arbeitsmappe, die Datei wird abgelehnt.`;
  if (tally.maxColumn > MAX_COLUMN)
    return `${Label} beschreibt Spalten bis Nummer ${de(tally.maxColumn)}; Excel kennt höchstens ${de(MAX_COLUMN)}, die Datei wird abgelehnt.`;
  if (tally.longTag)
    return `${Label} enthält eine Bereichsangabe von mehr als ${mb(MAX_TAG_BYTES)}; die Datei wird abgelehnt.`;
  if (tally.merges > limits.maxMerges)
    return `${Label} enthält mehr als ${de(limits.maxMerges)} verbundene Zellbereiche; die Datei wird abgelehnt.`;
  if (tally.rangeCells > limits.maxRangeCells)
    return `${Label}: verbundene Zellen und Datenüberprüfungen umfassen mehr als ${de(limits.maxRangeCells)} Zellen; die Datei wird abgelehnt.`;
  return null;
}

/**
 * The checks that need no inflating beyond the workbook part: file size, the archive's
 * structure, declared sizes and ratios, the sheets and defined names. The parts are tallied
 * afterwards (tallyPart, tallyRest), so the importer can read the embedded plan first and tally
 * every other part against what that plan allows.
 */
export async function openWorkbookZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Guarded<{ archive: CheckedArchive }>> {
  if (bytes.length > limits.maxFileBytes)
    return fail(
      `Die Datei ist ${mb(bytes.length)} groß; eingelesen werden Arbeitsmappen bis ${mb(limits.maxFileBytes)}.`,
    );
  const read = readZipArchive(bytes);
  if (!read.ok) return read;
  const { entries } = read;
  const checked = checkDirectory(entries, limits);
  if (!checked.ok) return checked;

  // Sheet names for the messages, found the way Excel finds them.
  const byKey = new Map(entries.map((e) => [partKey(e.name), e]));
  const text = async (part: string): Promise<Guarded<{ text: string | null }>> => {
    const e = byKey.get(partKey(part));
    return e ? readText(bytes, e) : { ok: true, text: null };
  };
  const rootRels = await text('_rels/.rels');
  if (!rootRels.ok) return rootRels;
  const workbook = workbookPart(rootRels.text);
  const wbXml = await text(workbook);
  if (!wbXml.ok) return wbXml;
  const relsXml = await text(relsPartOf(workbook));
  if (!relsXml.ok) return relsXml;
  if (!byKey.has(partKey('[Content_Types].xml')) || wbXml.text === null || relsXml.text === null)
    return fail(`Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (${workbook} fehlt).`);

  // Defined names ExcelJS expands cell by cell: a name over A1:XFD1048576 is 17 billion objects.
  const names: { name: string; cells: number }[] = [];
  let namedTotal = 0;
  for (const d of definedNames(wbXml.text)) {
    if (PRINT_NAMES.has(d.name)) continue;
    const cells = namedCells(d.text);
    names.push({ name: d.name, cells });
    namedTotal += cells;
    if (namedTotal > limits.maxRangeCells)
      return fail(
        `Der Name „${shown(d.name)}“ der Arbeitsmappe bezeichnet ${de(cells)} Zellen; Namen dürfen zusammen höchstens ${de(limits.maxRangeCells)} Zellen bezeichnen, die Datei wird abgelehnt.`,
      );
  }
  const sheets = sheetList(workbook, wbXml.text, relsXml.text);
  return { ok: true, archive: { bytes, entries, parts: [], sheets, names, limits, tally: new XmlTally() } };
}

/**
 * Inflates one part with its declared size as the budget, compares its checksum and tallies its
 * XML (rows, elements, ranges, no DTD) against the archive's limits and `budget`; `also` sees
 * every chunk (a reader of the part; what it returns does not stop the tally). Once per part.
 */
export async function tallyPart(
  archive: CheckedArchive,
  e: ZipEntry,
  budget?: PartBudget,
  also?: (chunk: Uint8Array) => void,
): Promise<Guarded<{ part: PartTally }>> {
  const known = archive.parts.find((p) => p.entry === e);
  if (known) return { ok: true, part: known };
  const { limits, tally } = archive;
  const key = partKey(e.name);
  const sheet = archive.sheets.find((s) => s.part === key)?.name;
  const label = sheet === undefined ? `der Teil „${shown(e.name)}“` : `Blatt „${shown(sheet)}“`;
  tally.nextPart();
  const elementsBefore = tally.elements;
  let refusal: string | null = null;
  let crc = 0;
  let size = 0;
  const running = (): RunningTally => ({
    name: e.name,
    key,
    sheet,
    label,
    rows: tally.rows,
    elements: tally.elements - elementsBefore,
    rangeCells: tally.rangeCells,
    bytes: size,
  });
  const outcome = await inflateBounded(dataOf(archive.bytes, e), e.method, e.uncompressedSize, (chunk) => {
    crc = crc32Update(crc, chunk);
    size += chunk.length;
    tally.feed(chunk);
    also?.(chunk);
    refusal = tallyRefusal(tally, label, limits) ?? budget?.(running()) ?? null;
    return refusal === null;
  });
  switch (outcome) {
    case 'tooBig':
      return fail(
        `${upper(label)} ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.`,
      );
    case 'corrupt':
      return fail(`Die Datei ist beschädigt: ${label} lässt sich nicht entpacken.`);
    case 'stopped':
      return fail(refusal ?? `${upper(label)} wurde nicht ganz gelesen.`);
    case 'ok':
      break;
  }
  if (size !== e.uncompressedSize)
    return fail(`Die Datei ist beschädigt: ${label} ist entpackt kleiner als angegeben.`);
  if (crc !== e.crc32) return fail(`Die Datei ist beschädigt: die Prüfsumme von ${label} stimmt nicht.`);
  const { bytes: _, ...counted } = running();
  const part: PartTally = { entry: e, ...counted };
  archive.parts.push(part);
  return { ok: true, part };
}

/**
 * Tallies every part not tallied yet, whether the relationships name it or not: a reader may
 * pick parts by file name (ExcelJS does), so a part nobody refers to still counts.
 */
export async function tallyRest(
  archive: CheckedArchive,
  budgetOf?: (part: { name: string; sheet: string | undefined }) => PartBudget | undefined,
): Promise<Guarded<object>> {
  for (const e of archive.entries) {
    const key = partKey(e.name);
    const sheet = archive.sheets.find((s) => s.part === key)?.name;
    const done = await tallyPart(archive, e, budgetOf?.({ name: e.name, sheet }));
    if (!done.ok) return done;
  }
  return { ok: true };
}

/** Every check of the archive itself, every part tallied; returns the checked archive. */
export async function guardWorkbookZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Guarded<{ archive: CheckedArchive }>> {
  const opened = await openWorkbookZip(bytes, limits);
  if (!opened.ok) return opened;
  const all = await tallyRest(opened.archive);
  return all.ok ? opened : all;
}

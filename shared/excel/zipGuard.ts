/**
 * Checks an .xlsx (a ZIP archive) before a spreadsheet library gets to see it, and hands back
 * the archive that library may read. In order: file size; the archive's structure (every byte
 * accounted for, see zipArchive.ts); the declared sizes and ratios; then every entry inflated
 * with its declared size as the budget, its checksum compared, and its XML tallied (rows per
 * part, elements in all, no DTD). What passes is re-packed from the verified entries
 * (writeVerifiedZip), so the reader sees exactly what was checked. Pure.
 */
import { crc32Update } from './crc32';
import { inflateBounded } from './inflateBounded';
import { partKey, relsPartOf, sheetNamesByPart, workbookPart } from './packageParts';
import { XmlTally } from './xmlTally';
import type { Guarded, ZipEntry } from './zipArchive';
import { de, fail, readZipArchive, shown, writeVerifiedZip } from './zipArchive';

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
};

/** Parts read whole as text to name the sheets (workbook, relationships); real ones are a few KB. */
const MAX_META_BYTES = 4 * 1024 * 1024;

const mb = (n: number): string =>
  `${(n / 1024 / 1024).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
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

/** Everything checked before the workbook is parsed; returns the archive the parser may read. */
export async function guardWorkbookZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Guarded<{ zip: Uint8Array }>> {
  if (bytes.length > limits.maxFileBytes)
    return fail(
      `Die Datei ist ${mb(bytes.length)} groß; eingelesen werden Arbeitsmappen bis ${mb(limits.maxFileBytes)}.`,
    );
  const archive = readZipArchive(bytes);
  if (!archive.ok) return archive;
  const { entries } = archive;
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
  const sheets = sheetNamesByPart(workbook, wbXml.text, relsXml.text);

  // Every part is inflated and tallied, whether the relationships name it or not: a reader may
  // pick parts by file name (ExcelJS does), so a part nobody refers to still counts.
  const tally = new XmlTally();
  for (const e of entries) {
    const sheet = sheets.get(partKey(e.name));
    const label = sheet === undefined ? `der Teil „${shown(e.name)}“` : `Blatt „${shown(sheet)}“`;
    tally.nextPart();
    let crc = 0;
    let size = 0;
    const outcome = await inflateBounded(dataOf(bytes, e), e.method, e.uncompressedSize, (chunk) => {
      crc = crc32Update(crc, chunk);
      size += chunk.length;
      tally.feed(chunk);
      return tally.rows <= limits.maxSheetRows && tally.elements <= limits.maxXmlElements && !tally.doctype;
    });
    switch (outcome) {
      case 'tooBig':
        return fail(
          `${upper(label)} ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.`,
        );
      case 'corrupt':
        return fail(`Die Datei ist beschädigt: ${label} lässt sich nicht entpacken.`);
      case 'stopped':
        if (tally.doctype)
          return fail(
            `${upper(label)} enthält eine Dokumenttypdefinition (DTD); Excel-Arbeitsmappen haben keine, die Datei wird abgelehnt.`,
          );
        if (tally.rows > limits.maxSheetRows)
          return fail(
            `${upper(label)} hat mehr als ${de(limits.maxSheetRows)} Zeilen; das Einlesen wurde bei Zelle A${limits.maxSheetRows + 1} abgebrochen.`,
          );
        return fail(
          `Die Datei enthält mehr als ${de(limits.maxXmlElements)} XML-Elemente (abgebrochen in ${label}); so groß wird keine AMIP-Arbeitsmappe.`,
        );
      case 'ok':
        break;
    }
    if (size !== e.uncompressedSize)
      return fail(`Die Datei ist beschädigt: ${label} ist entpackt kleiner als angegeben.`);
    if (crc !== e.crc32) return fail(`Die Datei ist beschädigt: die Prüfsumme von ${label} stimmt nicht.`);
  }
  return { ok: true, zip: writeVerifiedZip(bytes, entries) };
}

/**
 * Checks an .xlsx (a ZIP archive) before a spreadsheet library gets to see it: file size, the
 * central directory's entry count, declared sizes and compression ratios, then every entry
 * inflated with a byte budget (a directory can lie about sizes) while the rows of each
 * worksheet are counted. Pure: DecompressionStream and TextDecoder exist in browsers, workers
 * and Node ≥ 20.
 */

export interface ZipLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size, checked for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxSheetRows: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  maxEntries: 500,
  maxEntryBytes: 120 * 1024 * 1024,
  maxTotalBytes: 250 * 1024 * 1024,
  maxRatio: 150,
  ratioFloorBytes: 1024 * 1024,
  maxSheetRows: 150_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type Guarded<T> = ({ ok: true } & T) | { ok: false; message: string };

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const de = (n: number): string => n.toLocaleString('de-DE');

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Reads the central directory (no decompression). */
export function readZipDirectory(bytes: Uint8Array): Guarded<{ entries: ZipEntry[] }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = fail('Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.');
  if (bytes.length < 22) return notZip;
  // End of central directory: 22 bytes plus a comment of at most 65.535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return notZip;
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR_SIG)
    return fail('Die Datei ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht eingelesen.');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return fail('Die Datei ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht eingelesen.');
  if (cdOffset + cdSize > eocd)
    return fail(
      'Die Datei ist beschädigt: das Inhaltsverzeichnis des ZIP-Archivs liegt außerhalb der Datei.',
    );
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CD_SIG)
      return fail(`Die Datei ist beschädigt: Eintrag ${i + 1} des ZIP-Inhaltsverzeichnisses ist unlesbar.`);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff)
      return fail('Die Datei ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht eingelesen.');
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

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
        `Der Teil „${e.name}“ ist entpackt ${mb(e.uncompressedSize)} groß (höchstens ${mb(limits.maxEntryBytes)}).`,
      );
    if (
      e.uncompressedSize > limits.ratioFloorBytes &&
      e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)
    )
      return fail(
        `Der Teil „${e.name}“ ist ungewöhnlich stark komprimiert (${de(Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)))}:1); die Datei wird als ZIP-Bombe abgelehnt.`,
      );
    if (e.flags & 1)
      return fail(
        `Der Teil „${e.name}“ ist verschlüsselt; verschlüsselte Arbeitsmappen werden nicht eingelesen.`,
      );
    if (e.method !== 0 && e.method !== 8)
      return fail(`Der Teil „${e.name}“ verwendet ein unbekanntes Komprimierungsverfahren (${e.method}).`);
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes)
    return fail(`Die Datei ist entpackt ${mb(total)} groß (höchstens ${mb(limits.maxTotalBytes)}).`);
  return { ok: true };
}

function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIG) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + e.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

type InflateOutcome = 'ok' | 'tooBig' | 'corrupt' | 'stopped';

/**
 * Inflates one entry and hands each chunk to `onChunk` (return false to stop), never producing
 * more than `budget` bytes, whatever the directory claims.
 */
async function inflateBounded(
  data: Uint8Array,
  method: number,
  budget: number,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<InflateOutcome> {
  if (method === 0) {
    if (data.length > budget) return 'tooBig';
    return onChunk(data) ? 'ok' : 'stopped';
  }
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const SLICE = 16 * 1024;
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += SLICE)
      await writer.write(data.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined);
  let total = 0;
  let outcome: InflateOutcome = 'ok';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > budget) {
        outcome = 'tooBig';
        break;
      }
      if (!onChunk(value)) {
        outcome = 'stopped';
        break;
      }
    }
  } catch {
    outcome = 'corrupt';
  }
  if (outcome !== 'ok') {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
  }
  await feeding;
  return outcome;
}

async function inflateText(bytes: Uint8Array, e: ZipEntry, budget: number): Promise<string | null> {
  const data = entryData(bytes, e);
  if (!data) return null;
  const decoder = new TextDecoder('utf-8');
  let text = '';
  const outcome = await inflateBounded(data, e.method, budget, (chunk) => {
    text += decoder.decode(chunk as Uint8Array<ArrayBuffer>, { stream: true });
    return true;
  });
  return outcome === 'ok' ? text + decoder.decode() : null;
}

const decodeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Worksheet part name → sheet name, from xl/workbook.xml and its relationships. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) out.set(target, decodeXml(name));
  }
  return out;
}

/** Everything checked before the workbook is parsed; returns the sheet names by part. */
export async function guardWorkbookZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Guarded<object>> {
  if (bytes.length > limits.maxFileBytes)
    return fail(
      `Die Datei ist ${mb(bytes.length)} groß; eingelesen werden Arbeitsmappen bis ${mb(limits.maxFileBytes)}.`,
    );
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return dir;
  const checked = checkDirectory(dir.entries, limits);
  if (!checked.ok) return checked;
  const byName = new Map(dir.entries.map((e) => [e.name, e]));
  const wbEntry = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (!byName.has('[Content_Types].xml') || !wbEntry || !relsEntry)
    return fail('Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (xl/workbook.xml fehlt).');
  const budgetOf = (e: ZipEntry) => Math.min(e.uncompressedSize, limits.maxEntryBytes);
  const wbXml = await inflateText(bytes, wbEntry, budgetOf(wbEntry));
  const relsXml = await inflateText(bytes, relsEntry, budgetOf(relsEntry));
  if (wbXml === null || relsXml === null)
    return fail('Die Datei ist beschädigt: xl/workbook.xml lässt sich nicht entpacken.');
  const names = sheetNames(wbXml, relsXml);

  for (const e of dir.entries) {
    const data = entryData(bytes, e);
    if (!data) return fail(`Die Datei ist beschädigt: der Teil „${e.name}“ fehlt oder ist abgeschnitten.`);
    const sheet = names.get(e.name);
    let rows = 0;
    let tail = '';
    const decoder = sheet ? new TextDecoder('utf-8') : null;
    const outcome = await inflateBounded(data, e.method, budgetOf(e), (chunk) => {
      if (!decoder) return true;
      const text = tail + decoder.decode(chunk as Uint8Array<ArrayBuffer>, { stream: true });
      rows += (text.match(/<(?:\w+:)?row[\s>/]/g) ?? []).length;
      // Keep a short tail so a tag split across two chunks is counted once, in the next one.
      const cut = Math.max(text.lastIndexOf('<'), text.length - 8);
      tail = text.slice(cut);
      rows -= (tail.match(/<(?:\w+:)?row[\s>/]/g) ?? []).length;
      return rows <= limits.maxSheetRows;
    });
    switch (outcome) {
      case 'tooBig':
        return fail(
          `Der Teil „${sheet ? `Blatt ${sheet}` : e.name}“ ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.`,
        );
      case 'corrupt':
        return fail(
          `Die Datei ist beschädigt: ${sheet ? `Blatt „${sheet}“` : `der Teil „${e.name}“`} lässt sich nicht entpacken.`,
        );
      case 'stopped':
        return fail(
          `Blatt „${sheet ?? e.name}“ hat mehr als ${de(limits.maxSheetRows)} Zeilen; das Einlesen wurde bei Zelle A${limits.maxSheetRows + 1} abgebrochen.`,
        );
      case 'ok':
        break;
    }
  }
  return { ok: true };
}

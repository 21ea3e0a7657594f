/**
 * The structure of a ZIP archive, read so that nothing can hide: the central directory must
 * list exactly the entries whose local headers tile the file from byte 0 up to the directory,
 * with the same names, sizes and checksums in both places, and the end record must close the
 * file (only its own comment may follow). Readers that trust one of the two views differently
 * (JSZip reads every directory record whatever the count field says, and the local names) then
 * cannot see an entry the guard did not see. Pure: no decompression here.
 */
import { partKey } from './packageParts';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** First byte of the compressed data. */
  dataOffset: number;
}

export type Guarded<T> = ({ ok: true } & T) | { ok: false; message: string };

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const DESCRIPTOR_SIG = 0x08074b50;
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;

/** Bit 0 encrypted, bit 6 strong encryption, bit 13 encrypted directory. */
const ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
/** Flags whose meaning changes how an entry is read: both headers must agree on them. */
const READ_FLAGS = ENCRYPTED_FLAGS | DATA_DESCRIPTOR_FLAG | UTF8_FLAG;

export const de = (n: number): string => n.toLocaleString('de-DE');
/** Bytes as messages show them: `1.024,0 MB`. */
export const mb = (n: number): string =>
  `${(n / 1024 / 1024).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

const MANIPULATED = 'die Datei wird als manipuliert abgelehnt.';
const ZIP64 = fail('Die Datei ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht eingelesen.');

interface DirectoryRecord {
  entry: ZipEntry;
  nameBytes: Uint8Array;
}

function decodeName(raw: Uint8Array, flags: number): string | null {
  if (flags & UTF8_FLAG) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return null;
    }
  }
  // Without the UTF-8 flag readers guess a code page; OOXML part names are ASCII anyway.
  for (const b of raw) if (b > 0x7e) return null;
  return String.fromCharCode(...raw);
}

const isControl = (ch: string): boolean => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/** A name as a message may show it: control characters replaced, at most 80 characters. */
export const shown = (name: string): string =>
  Array.from(name.slice(0, 80), (ch) => (isControl(ch) ? '?' : ch)).join('');

/** Part names as OOXML writes them: relative, forward slashes, no control characters, no `..`. */
function badName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || Array.from(name).some(isControl))
    return true;
  const segments = name.split('/');
  // A trailing '/' marks a folder entry; empty, '.' and '..' segments elsewhere are tricks.
  return segments.some((s, i) => (s === '' && i < segments.length - 1) || s === '.' || s === '..');
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Reads and cross-checks the central directory and every local header. */
export function readZipArchive(bytes: Uint8Array): Guarded<{ entries: ZipEntry[] }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (p: number) => view.getUint16(p, true);
  const u32 = (p: number) => view.getUint32(p, true);
  const notZip = fail('Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.');
  if (bytes.length < 22) return notZip;

  // End of central directory: the last signature in the file (where JSZip looks too, however
  // far from the end); its comment must end exactly at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes[i] === 0x50 && u32(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return bytes.length >= 4 && u32(0) === LOCAL_SIG
      ? fail('Die Datei ist beschädigt: das Ende des ZIP-Archivs fehlt (ist die Datei abgeschnitten?).')
      : notZip;
  const commentEnd = eocd + 22 + u16(eocd + 20);
  if (commentEnd > bytes.length)
    return fail('Die Datei ist beschädigt: das Ende des ZIP-Archivs ist abgeschnitten.');
  if (commentEnd < bytes.length)
    return fail(
      `Nach dem Ende des ZIP-Archivs folgen noch ${de(bytes.length - commentEnd)} Bytes; ${MANIPULATED}`,
    );
  if (eocd >= 20 && u32(eocd - 20) === ZIP64_EOCD_LOCATOR_SIG) return ZIP64;
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return ZIP64;
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count)
    return fail('Die Datei ist Teil eines mehrteiligen ZIP-Archivs; so etwas wird nicht eingelesen.');
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd)
    return fail(
      'Die Datei ist beschädigt: das Inhaltsverzeichnis des ZIP-Archivs liegt außerhalb der Datei.',
    );
  if (cdEnd < eocd)
    return fail(
      `Zwischen dem ZIP-Inhaltsverzeichnis und seinem Ende stehen nicht verzeichnete Daten; ${MANIPULATED}`,
    );

  const records: DirectoryRecord[] = [];
  const keys = new Map<string, string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdEnd || u32(p) !== CD_SIG)
      return fail(`Die Datei ist beschädigt: Eintrag ${i + 1} des ZIP-Inhaltsverzeichnisses ist unlesbar.`);
    const nameLen = u16(p + 28);
    const next = p + 46 + nameLen + u16(p + 30) + u16(p + 32);
    if (next > cdEnd)
      return fail(`Die Datei ist beschädigt: Eintrag ${i + 1} des ZIP-Inhaltsverzeichnisses ist unlesbar.`);
    const flags = u16(p + 8);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = decodeName(nameBytes, flags);
    if (name === null || badName(name))
      return fail(
        `Die Datei enthält einen Teil mit ungültigem Namen („${shown(name ?? '?')}“); ${MANIPULATED}`,
      );
    const entry: ZipEntry = {
      name,
      flags,
      method: u16(p + 10),
      crc32: u32(p + 16),
      compressedSize: u32(p + 20),
      uncompressedSize: u32(p + 24),
      localHeaderOffset: u32(p + 42),
      dataOffset: 0,
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localHeaderOffset === 0xffffffff
    )
      return ZIP64;
    if (u16(p + 34) !== 0)
      return fail('Die Datei ist Teil eines mehrteiligen ZIP-Archivs; so etwas wird nicht eingelesen.');
    if (flags & ENCRYPTED_FLAGS)
      return fail(
        `Der Teil „${shown(name)}“ ist verschlüsselt; verschlüsselte Arbeitsmappen werden nicht eingelesen.`,
      );
    if (entry.method !== 0 && entry.method !== 8)
      return fail(
        `Der Teil „${shown(name)}“ verwendet ein unbekanntes Komprimierungsverfahren (${entry.method}).`,
      );
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize)
      return fail(
        `Die Datei ist beschädigt: die Größenangaben des Teils „${shown(name)}“ widersprechen sich.`,
      );
    // Part names compare like OPC compares them (case-insensitive, percent-decoded): Excel
    // would read either of two names that differ only so.
    const key = partKey(name);
    const twin = keys.get(key);
    if (twin !== undefined)
      return fail(
        twin === name
          ? `Der Teil „${shown(name)}“ steht zweimal in der Datei; ${MANIPULATED}`
          : `Die Teile „${shown(twin)}“ und „${shown(name)}“ bezeichnen denselben Teil; ${MANIPULATED}`,
      );
    keys.set(key, name);
    records.push({ entry, nameBytes });
    p = next;
  }
  if (p !== cdEnd)
    return fail(
      u32(p) === CD_SIG
        ? `Das ZIP-Inhaltsverzeichnis nennt ${de(count)} Teile, enthält aber mehr; ${MANIPULATED}`
        : `Die Datei ist beschädigt: das ZIP-Inhaltsverzeichnis enthält nach dem letzten Eintrag noch Daten.`,
    );

  // The local headers must tile [0, cdOffset) exactly: no prefix, no gap, no overlap.
  const sorted = [...records].sort((a, b) => a.entry.localHeaderOffset - b.entry.localHeaderOffset);
  let expected = 0;
  for (const { entry, nameBytes } of sorted) {
    const at = entry.localHeaderOffset;
    if (at !== expected) return unlisted(bytes, expected, at, cdOffset);
    const where = `Kopf und Inhaltsverzeichnis beschreiben den Teil „${shown(entry.name)}“ verschieden`;
    if (at + 30 > cdOffset || u32(at) !== LOCAL_SIG)
      return fail(`Die Datei ist beschädigt: der Teil „${shown(entry.name)}“ fehlt oder ist abgeschnitten.`);
    const localFlags = u16(at + 6);
    const nameLen = u16(at + 26);
    const dataOffset = at + 30 + nameLen + u16(at + 28);
    if ((localFlags & READ_FLAGS) !== (entry.flags & READ_FLAGS) || u16(at + 8) !== entry.method)
      return fail(`${where} (Verfahren); ${MANIPULATED}`);
    if (dataOffset > cdOffset || !sameBytes(bytes.subarray(at + 30, at + 30 + nameLen), nameBytes))
      return fail(`${where} (Name); ${MANIPULATED}`);
    const described = (q: number) =>
      u32(q) === entry.crc32 && u32(q + 4) === entry.compressedSize && u32(q + 8) === entry.uncompressedSize;
    if (!(entry.flags & DATA_DESCRIPTOR_FLAG) && !described(at + 14))
      return fail(`${where} (Größe oder Prüfsumme); ${MANIPULATED}`);
    let end = dataOffset + entry.compressedSize;
    if (entry.flags & DATA_DESCRIPTOR_FLAG) {
      // Sizes follow the data (streaming writers): with or without the optional signature.
      const signed = end + 16 <= cdOffset && u32(end) === DESCRIPTOR_SIG && described(end + 4);
      if (!signed && !(end + 12 <= cdOffset && described(end)))
        return fail(`${where} (Größe oder Prüfsumme); ${MANIPULATED}`);
      end += signed ? 16 : 12;
    }
    if (end > cdOffset)
      return fail(`Die Datei ist beschädigt: der Teil „${shown(entry.name)}“ fehlt oder ist abgeschnitten.`);
    entry.dataOffset = dataOffset;
    expected = end;
  }
  if (expected !== cdOffset) return unlisted(bytes, expected, cdOffset, cdOffset);
  return { ok: true, entries: records.map((r) => r.entry) };
}

/** Bytes between `from` and `to` that no directory entry accounts for. */
function unlisted(
  bytes: Uint8Array,
  from: number,
  to: number,
  cdOffset: number,
): { ok: false; message: string } {
  if (to < from)
    return fail(`Die Datei ist beschädigt oder manipuliert: zwei Teile überlappen sich (Byte ${de(to)}).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (from + 30 <= cdOffset && view.getUint32(from, true) === LOCAL_SIG) {
    const nameLen = view.getUint16(from + 26, true);
    const raw = bytes.subarray(from + 30, Math.min(from + 30 + nameLen, cdOffset));
    const name = shown(decodeName(raw, UTF8_FLAG) ?? '?');
    return fail(`Die Datei enthält den Teil „${name}“, der im ZIP-Inhaltsverzeichnis fehlt; ${MANIPULATED}`);
  }
  return fail(
    `Die Datei enthält ${de(to - from)} Bytes (ab Byte ${de(from)}), die im ZIP-Inhaltsverzeichnis fehlen; ${MANIPULATED}`,
  );
}

/**
 * A fresh archive of already verified entries (their compressed bytes unchanged): one name per
 * entry, true sizes in both headers, no extra fields, no comment. This is what the spreadsheet
 * library reads, so it sees exactly the entries the guard checked.
 */
export function writeVerifiedZip(bytes: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  return packZip(
    entries.map((e) => ({
      name: enc.encode(e.name),
      method: e.method,
      crc32: e.crc32,
      uncompressedSize: e.uncompressedSize,
      data: bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
    })),
  );
}

/** An entry to pack: its name (UTF-8), its compressed bytes and what they unpack to. */
export interface PackedEntry {
  name: Uint8Array;
  method: number;
  crc32: number;
  uncompressedSize: number;
  data: Uint8Array;
}

const DOS_DATE_1980_01_01 = 0x21;

/**
 * A ZIP archive (2.0, no ZIP64) of already compressed entries: true sizes in both headers, no
 * data descriptors, no extra fields, no comment; DOS date and time as given (1980-01-01 00:00).
 */
export function packZip(
  entries: readonly PackedEntry[],
  dos: { date: number; time: number } = { date: DOS_DATE_1980_01_01, time: 0 },
): Uint8Array {
  let localSize = 0;
  let cdSize = 0;
  for (const e of entries) {
    localSize += 30 + e.name.length + e.data.length;
    cdSize += 46 + e.name.length;
  }
  if (localSize + cdSize > 0xffff_ffff || entries.length > 0xffff)
    throw new Error('Das ZIP-Archiv wäre größer als 4 GB.');
  const out = new Uint8Array(localSize + cdSize + 22);
  const view = new DataView(out.buffer);
  let local = 0;
  let central = localSize;
  for (const e of entries) {
    const common = (p: number) => {
      view.setUint16(p, 20, true); // version needed: 2.0 (deflate)
      view.setUint16(p + 2, UTF8_FLAG, true);
      view.setUint16(p + 4, e.method, true);
      view.setUint16(p + 6, dos.time, true);
      view.setUint16(p + 8, dos.date, true);
      view.setUint32(p + 10, e.crc32, true);
      view.setUint32(p + 14, e.data.length, true);
      view.setUint32(p + 18, e.uncompressedSize, true);
      view.setUint16(p + 22, e.name.length, true);
    };
    view.setUint32(local, LOCAL_SIG, true);
    common(local + 4);
    out.set(e.name, local + 30);
    out.set(e.data, local + 30 + e.name.length);
    view.setUint32(central, CD_SIG, true);
    view.setUint16(central + 4, 20, true); // version made by
    common(central + 6);
    view.setUint32(central + 42, local, true);
    out.set(e.name, central + 46);
    local += 30 + e.name.length + e.data.length;
    central += 46 + e.name.length;
  }
  view.setUint32(central, EOCD_SIG, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, cdSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

/**
 * Writes and reads ZIP archives in tests, to build hostile files without committing binaries:
 * sizes that lie, entries left out of the directory, a count field that lies, names that differ
 * between the two headers, bytes before, between and after, data descriptors, deflate bombs.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32 } from '../../shared/excel/crc32';
import { readZipArchive } from '../../shared/excel/zipArchive';

export { crc32 };

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Claim a different uncompressed size in the headers (a lying zip bomb). */
  declaredSize?: number;
  store?: boolean;
  /** Already deflated content (a bomb): written as is, `data` is ignored. */
  deflated?: { bytes: Uint8Array; size: number; crc?: number };
  /** Only the local header and data are written; the central directory leaves the entry out. */
  unlisted?: boolean;
  /** A different name in the local header than in the central directory. */
  localName?: string;
  /** Sizes and checksum after the data (flag bit 3), as LibreOffice writes them. */
  dataDescriptor?: 'signed' | 'unsigned';
  /** Extra general-purpose flags (e.g. 1 = encrypted) and another compression method number. */
  flags?: number;
  method?: number;
}

export interface ZipShape {
  /** The end record's count fields (default: the number of listed entries). */
  countField?: number;
  /** The end record's directory size (default: the true size). */
  directorySize?: number;
  /** Bytes before the first entry (offsets are shifted, as in a self-extracting archive). */
  prefix?: Uint8Array;
  /** Bytes between the last entry and the central directory. */
  beforeDirectory?: Uint8Array;
  /** Bytes after the end record that its comment length does not cover. */
  trailing?: Uint8Array;
  comment?: Uint8Array;
}

export function writeZip(entries: readonly ZipInput[], shape: ZipShape = {}): Uint8Array {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer | Uint8Array) => {
    parts.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    offset += b.byteLength;
  };
  if (shape.prefix) push(shape.prefix);
  let listed = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const body = e.deflated
      ? Buffer.from(e.deflated.bytes)
      : e.store
        ? Buffer.from(e.data)
        : deflateRawSync(e.data, { level: 6 });
    const size = e.declaredSize ?? e.deflated?.size ?? e.data.length;
    const crc = e.deflated ? (e.deflated.crc ?? 0) : crc32(e.data);
    const method = e.method ?? (e.store ? 0 : 8);
    const flags = 0x0800 | (e.flags ?? 0) | (e.dataDescriptor ? 0x0008 : 0);
    const header = (b: Buffer, p: number, sizesHere: boolean) => {
      b.writeUInt16LE(20, p);
      b.writeUInt16LE(flags, p + 2);
      b.writeUInt16LE(method, p + 4);
      b.writeUInt16LE(0x21, p + 8);
      if (sizesHere) {
        b.writeUInt32LE(crc, p + 10);
        b.writeUInt32LE(body.length, p + 14);
        b.writeUInt32LE(size, p + 18);
      }
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    header(local, 4, !e.dataDescriptor);
    local.writeUInt16LE(localName.length, 26);
    const at = offset;
    push(local);
    push(localName);
    push(body);
    if (e.dataDescriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(body.length, 8);
      d.writeUInt32LE(size, 12);
      push(e.dataDescriptor === 'signed' ? d : d.subarray(4));
    }
    if (e.unlisted) continue;
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    header(central, 6, true);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(at, 42);
    centrals.push(central, name);
    listed++;
  }
  if (shape.beforeDirectory) push(shape.beforeDirectory);
  const cd = Buffer.concat(centrals);
  const cdOffset = offset;
  push(cd);
  const comment = shape.comment ?? new Uint8Array(0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(shape.countField ?? listed, 8);
  eocd.writeUInt16LE(shape.countField ?? listed, 10);
  eocd.writeUInt32LE(shape.directorySize ?? cd.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  push(eocd);
  push(comment);
  if (shape.trailing) push(shape.trailing);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Raw deflate data that inflates to `mib` MiB of zero bytes, about 1 KB per MiB: one MiB
 * deflated and flushed to a byte boundary, repeated (its back references stay inside the
 * zeros), then an empty final block. Built without ever holding the inflated bytes.
 */
export function zeroBomb(mib: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(block.length * mib + 2);
  for (let i = 0; i < mib; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mib);
  return out;
}

/** All entries of a ZIP (test-side, trusting the file once the guard's structure check passed). */
export function readZip(bytes: Uint8Array): ZipInput[] {
  const archive = readZipArchive(bytes);
  if (!archive.ok) throw new Error(archive.message);
  return archive.entries
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => {
      const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      return { name: e.name, data: new Uint8Array(e.method === 0 ? raw : inflateRawSync(raw)) };
    });
}

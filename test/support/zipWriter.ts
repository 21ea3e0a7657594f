/** Writes and reads small ZIP archives in tests, to build hostile files without committing binaries. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../shared/excel/zipGuard';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Claim a different uncompressed size in the headers (a lying zip bomb). */
  declaredSize?: number;
  store?: boolean;
}

export function writeZip(entries: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? Buffer.from(e.data) : deflateRawSync(e.data, { level: 6 });
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** All entries of a ZIP (test-side, trusting the file). */
export function readZip(bytes: Uint8Array): ZipInput[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.message);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return dir.entries
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => {
      const p = e.localHeaderOffset;
      const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
      const raw = buf.subarray(start, start + e.compressedSize);
      return { name: e.name, data: new Uint8Array(e.method === 0 ? raw : inflateRawSync(raw)) };
    });
}

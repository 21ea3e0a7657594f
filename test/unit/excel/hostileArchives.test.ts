/**
 * Issue 11, point 2: the guard and the reader see the same entries. Every hostile workbook of
 * test/support/hostileWorkbooks.ts (hidden entries, lying count field, duplicates, bytes before,
 * between and after, names that differ, rels targets spelt as Excel reads them, deflate bombs,
 * element floods, DTDs) is refused with its German message; real workbooks, also as LibreOffice
 * writes them (data descriptors), still import. Peak memory and time: `npm run bench:hostile`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { guardWorkbookZip, readZipArchive, verifiedZip } from '../../../shared/excel/zipGuard';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { expectRefused } from '../../support/expectRefused';
import { HOSTILE_WORKBOOKS } from '../../support/hostileWorkbooks';
import { saveWithLibreOffice } from '../../support/libreOfficeSave';
import { readZip, writeZip, zeroBomb } from '../../support/zipWriter';

const NOW = new Date('2026-03-01T10:00:00.000Z');
let exported: Uint8Array;
beforeAll(async () => {
  exported = await exportWorkbook(beispielplan(), { now: NOW });
});

describe('hostile archives are refused with a German message', () => {
  it.each(HOSTILE_WORKBOOKS.map((h) => [h.id, h] as const))(
    '%s',
    async (_id, hostile) => {
      expectRefused(await importWorkbook(hostile.build(exported)), hostile.refusal);
    },
    60_000,
  );

  it('the hidden-entries file of the issue is small: three 1 GiB entries in about 3 MB', () => {
    const bytes = HOSTILE_WORKBOOKS.find((h) => h.id === 'count-field-lies')!.build(exported);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    // Its directory really lists 22 records while the count field says 19.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = bytes.length - 22;
    expect(view.getUint16(eocd + 10, true)).toBe(19);
    let records = 0;
    for (let p = view.getUint32(eocd + 16, true); p < eocd; p += 1)
      if (view.getUint32(p, true) === 0x02014b50) records++;
    expect(records).toBe(22);
  });

  it('a zero bomb really inflates to what it claims (so the refusals above are not by accident)', async () => {
    const bomb = zeroBomb(64);
    expect(bomb.length).toBeLessThan(70 * 1024);
    const { inflateRawSync } = await import('node:zlib');
    const out = inflateRawSync(bomb);
    expect(out.length).toBe(64 * 1024 * 1024);
    expect(out.every((b) => b === 0)).toBe(true);
  });

  it('an entry that inflates to less than it declares, or a truncated end record, is refused', async () => {
    const entries = readZip(exported).map((e) =>
      e.name === 'xl/styles.xml' ? { ...e, declaredSize: e.data.length + 10 } : e,
    );
    expect(await importWorkbook(writeZip(entries))).toEqual({
      ok: false,
      message: 'Die Datei ist beschädigt: der Teil „xl/styles.xml“ ist entpackt kleiner als angegeben.',
    });
    expect(await importWorkbook(exported.slice(0, exported.length - 5))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Die Datei ist beschädigt: das Ende des ZIP-Archivs/),
    });
  });

  it('zip64 markers, multi-part archives and bad names are refused', async () => {
    const zip64 = writeZip(readZip(exported), { countField: 0xffff });
    expect(await importWorkbook(zip64)).toEqual({
      ok: false,
      message: 'Die Datei ist ein ZIP64-Archiv; so große Arbeitsmappen werden nicht eingelesen.',
    });
    for (const name of ['/xl/media/a.bin', 'xl/../a.bin', 'xl\\media\\a.bin', 'xl//a.bin', 'xl/a\u0001.bin'])
      expect(
        await importWorkbook(writeZip([...readZip(exported), { name, data: new Uint8Array(1) }])),
      ).toEqual({
        ok: false,
        message: expect.stringContaining('Die Datei enthält einen Teil mit ungültigem Namen'),
      });
  });
});

describe('what the reader gets is what the guard checked', () => {
  it('the verified archive holds exactly the original entries, re-packed without extras', async () => {
    const guard = await guardWorkbookZip(exported);
    expect(guard.ok).toBe(true);
    if (!guard.ok) return;
    const before = readZipArchive(exported);
    const after = readZipArchive(verifiedZip(guard.archive));
    if (!before.ok || !after.ok) throw new Error('unlesbar');
    const summary = (e: { name: string; crc32: number; uncompressedSize: number }) =>
      `${e.name} ${e.crc32} ${e.uncompressedSize}`;
    expect(after.entries.map(summary)).toEqual(before.entries.map(summary));
    expect(readZip(verifiedZip(guard.archive))).toEqual(readZip(exported));
  });

  it.each(['signed', 'unsigned'] as const)(
    'entries with %s data descriptors (as streaming writers produce) import like the original',
    async (dataDescriptor) => {
      const rewritten = writeZip(readZip(exported).map((e) => ({ ...e, dataDescriptor })));
      const [a, b] = await Promise.all([
        importWorkbook(rewritten, { now: NOW }),
        importWorkbook(exported, { now: NOW }),
      ]);
      if (!a.ok || !b.ok) throw new Error(`nicht eingelesen: ${JSON.stringify([a, b]).slice(0, 300)}`);
      expect({ ...a.plan, id: '' }).toEqual({ ...b.plan, id: '' });
    },
  );

  it('a workbook saved again by LibreOffice Calc passes the guard and imports', async () => {
    const saved = await saveWithLibreOffice(exported);
    const archive = readZipArchive(saved);
    if (!archive.ok) throw new Error(archive.message);
    // LibreOffice writes sizes after the data (flag bit 3).
    expect(archive.entries.every((e) => (e.flags & 0x0008) !== 0)).toBe(true);
    const result = await importWorkbook(saved);
    expect(result.ok ? 'eingelesen' : result.message).toBe('eingelesen');
  }, 120_000);
});

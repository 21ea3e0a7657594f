/**
 * Foreign and broken files get a German message saying where reading stopped; nothing is
 * returned as a plan. The hostile files are generated here, none is committed.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { DEFAULT_ZIP_LIMITS, guardWorkbookZip, readZipArchive } from '../../../shared/excel/zipGuard';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { HOSTILE_WORKBOOKS, tooManyPortfolioRows } from '../../support/hostileWorkbooks';
import { readZip, writeZip } from '../../support/zipWriter';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function expectRefused(bytes: Uint8Array, message: string | RegExp): Promise<string> {
  const result = await importWorkbook(bytes);
  expect(result.ok).toBe(false);
  expect('plan' in result).toBe(false);
  const text = result.ok ? '' : result.message;
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  return text;
}

/** A real exported workbook with one part replaced or added. */
async function withPart(
  exported: Uint8Array,
  name: string,
  data: Uint8Array,
  extra: Partial<{ declaredSize: number }> = {},
) {
  const entries = readZip(exported).filter((e) => e.name !== name);
  return writeZip([...entries, { name, data, ...extra }]);
}

describe('hostile files', () => {
  let exported: Uint8Array;
  beforeAll(async () => {
    exported = await exportWorkbook(beispielplan());
  });

  it('not a zip at all', async () => {
    await expectRefused(
      utf8('Jobcenter;Eintritte\nDüsseldorf;550\n'),
      'Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.',
    );
    await expectRefused(new Uint8Array(0), 'kein ZIP-Archiv');
  });

  it('a zip that is not a workbook', async () => {
    await expectRefused(
      writeZip([{ name: 'notiz.txt', data: utf8('Hallo') }]),
      'ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (xl/workbook.xml fehlt)',
    );
  });

  it('a truncated workbook', async () => {
    await expectRefused(exported.slice(0, Math.floor(exported.length / 2)), /kein ZIP-Archiv|beschädigt/);
    const cut = exported.slice();
    // Damage the middle of the first worksheet's compressed data.
    const dir = readZipArchive(cut);
    const sheet = dir.ok ? dir.entries.find((e) => e.name === 'xl/worksheets/sheet3.xml')! : undefined;
    if (!sheet) throw new Error('sheet3 fehlt');
    for (let i = 0; i < 64; i++) cut[sheet.localHeaderOffset + 60 + i] = 0xff;
    await expectRefused(
      cut,
      /beschädigt: Blatt „Maßnahmeportfolio“ lässt sich nicht entpacken|größer als angegeben/,
    );
  });

  it('a workbook of another layout (not exported by the app)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tabelle1').getCell('A1').value = 'Eintritte';
    await expectRefused(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      'Diese Arbeitsmappe stammt nicht aus dem AMIP-Planer: das ausgeblendete Blatt „_amip“ fehlt.',
    );
  });

  it('an exported workbook whose structure sheet was tampered with', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as Parameters<typeof wb.xlsx.load>[0]);
    wb.getWorksheet('_amip')!.getCell('A4').value = '{"schemaVersion": 1, "id": 5}';
    await expectRefused(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      /Blatt „_amip“: (die eingebettete Planstruktur ist ungültig|Planstruktur ist kein gültiges JSON)/,
    );
  });

  it('a 200 MB file is refused before anything is unpacked', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    big.set(exported);
    const started = performance.now();
    await expectRefused(big, 'Die Datei ist 200,0 MB groß; eingelesen werden Arbeitsmappen bis 30,0 MB.');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a zip bomb that declares its size is refused from the directory alone', async () => {
    const zeros = new Uint8Array(110 * 1024 * 1024);
    const bomb = await withPart(exported, 'xl/media/bild.bin', zeros);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(
      bomb,
      /Der Teil „xl\/media\/bild\.bin“ ist ungewöhnlich stark komprimiert \([\d.]+:1\); die Datei wird als ZIP-Bombe abgelehnt\./,
    );
  });

  it('a zip bomb that lies about its size is stopped while unpacking', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = await withPart(exported, 'xl/media/bild.bin', zeros, { declaredSize: 1_000 });
    await expectRefused(
      bomb,
      'Der Teil „xl/media/bild.bin“ ist entpackt größer als angegeben; die Datei wird als ZIP-Bombe abgelehnt.',
    );
  });

  it('too many parts and too much in total', async () => {
    const many = writeZip(
      Array.from({ length: 600 }, (_, i) => ({ name: `x/${i}.xml`, data: utf8('<a/>') })),
    );
    await expectRefused(many, 'Die Datei enthält 600 Teile (höchstens 500)');
    const guard = await guardWorkbookZip(exported, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 10_000 });
    expect(guard).toEqual({
      ok: false,
      message: expect.stringMatching(/^Die Datei ist entpackt [\d,]+ MB groß \(höchstens 0,0 MB\)\.$/),
    });
  });

  it('a sheet with 1 million rows is stopped at the row limit, naming sheet and cell', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const huge = await withPart(exported, 'xl/worksheets/sheet3.xml', utf8(xml));
    // The import knows the plan first: 50 rows exported, 500 may be inserted.
    await expectRefused(huge, tooManyPortfolioRows('[\\d.]+'));
    // The guard on its own stops at its limit for any part.
    expect(await guardWorkbookZip(huge)).toEqual({
      ok: false,
      message:
        'Blatt „Maßnahmeportfolio“ hat mehr als 150.000 Zeilen; das Einlesen wurde bei Zelle A150001 abgebrochen.',
    });
  }, 60_000);

  it('the guard on its own stops at 4 million elements, whatever the plan', async () => {
    const flood = HOSTILE_WORKBOOKS.find((h) => h.id === 'element-flood')!.build(exported);
    expect(await guardWorkbookZip(flood)).toEqual({
      ok: false,
      message:
        'Die Datei enthält mehr als 4.000.000 XML-Elemente (abgebrochen in Blatt „Maßnahmeportfolio“); so groß wird keine AMIP-Arbeitsmappe.',
    });
  }, 60_000);

  it('reads the central directory of a real workbook', () => {
    const dir = readZipArchive(exported);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    const names = dir.entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
    for (const e of dir.entries) expect(e.uncompressedSize).toBeGreaterThanOrEqual(0);
  });
});

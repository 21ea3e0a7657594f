/**
 * The export's own package writer: cells rendered straight to <sheetData>, shared strings,
 * the native deflate with the CRC from the gzip trailer. Read back by ExcelJS and JSZip (which
 * checks every CRC), and by the importer's zip guard.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SheetData } from '../../../shared/excel/sheetXml';
import { writeXlsx } from '../../../shared/excel/xlsxPackage';
import { readZipArchive } from '../../../shared/excel/zipArchive';

const FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

async function written() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Eigene Zellen');
  const other = wb.addWorksheet('ExcelJS-Zellen');
  other.getCell('A1').value = 'Müller & Söhne <GmbH> "neu"';
  // A note and a merge stay with ExcelJS's frame of the sheet.
  ws.getCell('B4').note = 'Bemerkung';
  ws.mergeCells(6, 2, 6, 4);
  ws.getColumn(2).width = 30;
  const data = new SheetData();
  const style = { fill: FILL, numFmt: '#,##0 "€"' };
  data.cell(1, 1).value = 'Müller & Söhne <GmbH> "neu"';
  data.cell(1, 2).value = '  führende Leerzeichen';
  data.cell(1, 3).value = 'Steuer\u0001zeichen';
  data.cell(2, 2).value = 1234.5;
  data.cell(2, 2).style = style;
  data.cell(2, 3).value = { formula: 'B2*2', result: 2469 };
  data.cell(2, 4).value = { formula: 'IF(B2>0,"","<leer>")', result: '' };
  data.cell(2, 5).value = true;
  data.cell(3, 2).style = style; // empty input cell: styled, no value
  data.row(3).height = 42;
  data.cell(4, 2).value = 'mit Notiz';
  data.cell(6, 2).value = 'verbunden';
  const bytes = await writeXlsx(wb, new Date('2026-12-01T09:00:00Z'), new Map([[ws, data]]));
  return bytes;
}

describe('writeXlsx', () => {
  it('writes the own cells as ExcelJS reads them back: values, formulas, styles, heights, escapes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await written()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('Eigene Zellen')!;
    expect(ws.getCell('A1').value).toBe('Müller & Söhne <GmbH> "neu"');
    expect(ws.getCell('B1').value).toBe('  führende Leerzeichen');
    expect(ws.getCell('C1').value).toBe('Steuerzeichen');
    expect(ws.getCell('B2').value).toBe(1234.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0 "€"');
    expect(ws.getCell('B2').fill).toEqual(FILL);
    expect(ws.getCell('C2').value).toEqual({ formula: 'B2*2', result: 2469 });
    // an empty text result is written as ExcelJS writes it (t="str", <v></v>), read back without one
    expect(ws.getCell('D2').value).toMatchObject({ formula: 'IF(B2>0,"","<leer>")' });
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('B3').fill).toEqual(FILL);
    expect(ws.getRow(3).height).toBe(42);
    expect(ws.getCell('B4').value).toBe('mit Notiz');
    expect(ws.getCell('B4').note).toBe('Bemerkung');
    expect(ws.getCell('B6').value).toBe('verbunden');
    expect(ws.getCell('C6').isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.dimensions).toMatchObject({ top: 1, left: 1, bottom: 6, right: 5 });
    // one shared string for the text on both sheets
    expect(wb.getWorksheet('ExcelJS-Zellen')!.getCell('A1').value).toBe('Müller & Söhne <GmbH> "neu"');
  });

  it('packs an archive the import guard accepts, every CRC right', async () => {
    const bytes = await written();
    const archive = readZipArchive(bytes);
    expect(archive.ok).toBe(true);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings.match(/Müller &amp; Söhne &lt;GmbH&gt; "neu"/g)).toHaveLength(1);
    const names = Object.keys(zip.files);
    expect(names).toContain('xl/worksheets/sheet1.xml');
    if (archive.ok) expect(archive.entries.map((e) => e.name).sort()).toEqual(names.sort());
  });
});

/**
 * Issue 11, point 2, the last gap: a workbook inside every limit of the archive is not parsed
 * by ExcelJS any more unless its sheets fit the plan embedded in it. The plan in `_amip` is read
 * straight from the archive first; a workbook without one, a sheet larger than its plan's
 * export plus 500 inserted rows (or a quarter), rows wider than the sheet's columns, a forged or
 * oversized plan, ranges ExcelJS would expand cell by cell, a flood of text: each is refused in
 * German, naming the sheet, before ExcelJS parses anything. Peak memory and time per file:
 * `npm run bench:hostile`.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { expectRefused } from '../../support/expectRefused';
import {
  amipSheet,
  forged,
  packWorkbooks,
  sheetPart,
  tooManyPortfolioRows,
} from '../../support/hostileWorkbooks';
import { readZip, writeZip } from '../../support/zipWriter';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

let exported: Uint8Array;
beforeAll(async () => {
  exported = await exportWorkbook(beispielplan(), { now: NOW });
});

/** Counts how often ExcelJS is asked to read a workbook. */
function watchExcelJs(): { parses: () => number } {
  const xlsx = vi.spyOn(ExcelJS.Workbook.prototype, 'xlsx', 'get');
  return { parses: () => xlsx.mock.calls.length };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe('workbooks that do not fit their embedded plan are refused before ExcelJS parses them', () => {
  // The forged plans claim 20.000 rows here (the benchmark: 63.000).
  it.each(packWorkbooks(20_000).map((h) => [h.id, h] as const))(
    '%s',
    async (id, hostile) => {
      const bytes = hostile.build(exported);
      const excel = watchExcelJs();
      expectRefused(await importWorkbook(bytes), hostile.refusal);
      // Only the file made to break ExcelJS itself reaches it, and it is the most the checks let through.
      expect(excel.parses()).toBe(id === 'allowance-full' ? 1 : 0);
    },
    60_000,
  );
});

/** The export with rows of one text cell appended to the portfolio, numbered on from its last row. */
function portfolioWithRows(extra: number): Uint8Array {
  const entries = readZip(exported);
  const part = sheetPart(entries, 'Maßnahmeportfolio');
  return writeZip(
    entries.map((e) => {
      if (e.name !== part) return e;
      const xml = text(e.data);
      const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
      const rows = Array.from(
        { length: extra },
        (_, i) =>
          `<row r="${last + 1 + i}"><c r="B${last + 1 + i}" t="inlineStr"><is><t>Notiz ${i}</t></is></c></row>`,
      ).join('');
      return { name: e.name, data: utf8(xml.replace('</sheetData>', `${rows}</sheetData>`)) };
    }),
  );
}

describe('the allowance for what a planner does in Excel', () => {
  it('500 rows added to the Beispielplan portfolio are read (and listed); one more is refused, naming the sheet', async () => {
    const within = await importWorkbook(portfolioWithRows(500), { now: NOW });
    expect(within.ok ? within.skipped.length : within.message).toBe(500);
    // Stopped while inflating, at the first chunk holding row 551.
    expect(await importWorkbook(portfolioWithRows(501))).toEqual({
      ok: false,
      message: expect.stringMatching(
        new RegExp(`${tooManyPortfolioRows('5\\d\\d').source} Die Arbeitsmappe wird nicht eingelesen\\.$`),
      ),
    });
  }, 60_000);
});

describe('the embedded plan is read from the archive', () => {
  it('as inline strings as well as shared strings: the same plan either way', async () => {
    const inline = forged(exported, JSON.stringify(beispielplan()));
    const [a, b] = await Promise.all([
      importWorkbook(inline, { now: NOW }),
      importWorkbook(exported, { now: NOW }),
    ]);
    if (!a.ok || !b.ok) throw new Error(`nicht eingelesen: ${JSON.stringify([a, b]).slice(0, 300)}`);
    expect({ ...a.plan, id: '' }).toEqual({ ...b.plan, id: '' });
    expect([a.changes, a.skipped]).toEqual([[], []]);
  });

  it('with the messages of the structure sheet: marker, version, count, chunks, JSON', async () => {
    const json = JSON.stringify(beispielplan());
    const sheet = (xml: string) => {
      const entries = readZip(exported);
      const part = sheetPart(entries, '_amip');
      return writeZip(entries.map((e) => (e.name === part ? { name: e.name, data: utf8(xml) } : e)));
    };
    const valid = text(amipSheet(json));
    const cases: [string, string][] = [
      [
        valid.replace('AMIP-Planer Export', 'Etwas anderes'),
        'Blatt „_amip“, Zelle A1: keine AMIP-Planer-Kennung.',
      ],
      [
        valid.replace('<c r="A2"><v>1</v>', '<c r="A2"><v>7</v>'),
        'Blatt „_amip“, Zelle A2: unbekannte Exportversion „7“.',
      ],
      [
        valid.replace('<c r="A3"><v>1</v>', '<c r="A3"><v>0</v>'),
        'Blatt „_amip“, Zelle A3: ungültige Anzahl von Datenzellen.',
      ],
      [
        valid.replace('<c r="A3"><v>1</v>', '<c r="A3"><v>2</v>'),
        'Blatt „_amip“, Zelle A5: Planstruktur fehlt oder ist beschädigt.',
      ],
      [
        text(amipSheet(`${json.slice(0, -1)}`)),
        'Blatt „_amip“, Zellen A4:A4: Planstruktur ist kein gültiges JSON.',
      ],
    ];
    for (const [xml, message] of cases)
      expect(await importWorkbook(sheet(xml))).toEqual({ ok: false, message });
  });
});

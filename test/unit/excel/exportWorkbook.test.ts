import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { colName } from '../../../shared/excel/layout/types';
import type { Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { printSheetPages } from '../../support/printSheetPages';
import { formulaCoverage } from '../../support/workbookFigures';
import { runXlsxcheck } from '../../support/xlsxcheck';
import { readZip } from '../../support/zipWriter';

const NOW = new Date('2026-01-15T09:00:00Z');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

function part(bytes: Uint8Array, name: string): string {
  const entry = readZip(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} fehlt`);
  return new TextDecoder().decode(entry.data);
}

/** The same workbook with every formula replaced by its cached value: what a values-only export looks like. */
async function valuesOnly(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await load(bytes);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          cell.value = (v.result ?? null) as ExcelJS.CellValue;
      }),
    ),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('exportWorkbook: the Beispielplan Düsseldorf 2016', () => {
  const plan = beispielplan();
  const calc = new Calculation(plan);
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await exportWorkbook(plan, { now: NOW });
    wb = await load(bytes);
  });

  it('has the sheets in the board’s order, and the structure sheet very hidden', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Deckblatt',
      'Haushalt (EGT)',
      'Maßnahmeportfolio',
      'Bildungszielplanung',
      'Kennzahlen',
      'Drittmittel',
      'Globalbudget',
      'Verpflichtungen',
      'Prüfungen',
      '_amip',
    ]);
    expect(wb.getWorksheet('_amip')?.state).toBe('veryHidden');
  });

  it('LibreOffice recalculates every formula to its cached value, and every derived figure is a formula with the core’s value', async () => {
    const result = await runXlsxcheck(bytes, 'beispielplan.xlsx');
    expect(result.exitCode).toBe(0);
    expect(result.mismatches).toEqual([]);
    const coverage = formulaCoverage(plan, result.cells);
    const derived = calc.definitions().filter((d) => d.expr.op !== 'input');
    expect(coverage.expected).toBe(derived.length);
    expect(coverage.expected).toBeGreaterThan(150);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    // The Umschichtung was typed as an amount: that cell is the input, its Quote a formula.
    expect(derived.some((d) => d.id === hh('plan', 'umschichtung'))).toBe(false);
    expect(result.cells.length).toBeGreaterThanOrEqual(derived.length);
  }, 120_000);

  it('a workbook with values only fails the formula count (negative control)', async () => {
    const result = await runXlsxcheck(await valuesOnly(bytes), 'nur-werte.xlsx');
    expect(result.cells).toHaveLength(0);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toHaveLength(coverage.expected);
  }, 120_000);

  it('key figures carry their defined names, and formulas on other sheets use them', () => {
    const workbookXml = part(bytes, 'xl/workbook.xml');
    const { book } = prepareWorkbook(plan);
    const named = calc.definitions().filter((d) => d.definedName);
    expect(named.map((d) => d.definedName)).toEqual(
      expect.arrayContaining(['EGT_verfuegbar', 'Mittel_Neufaelle', 'EGT_Auslastung', 'Umschichtungsquote']),
    );
    const names = new Map(
      [...workbookXml.matchAll(/<definedName name="([^"]+)">([^<]+)<\/definedName>/g)].map((m) => [
        m[1],
        m[2]!.replace(/&apos;/g, "'").replace(/^'(.*)'!/, '$1!'),
      ]),
    );
    for (const d of named) {
      const at = book.figures.get(d.id)!;
      expect(names.get(d.definedName!), d.definedName).toBe(`${at.sheet}!$${colName(at.col)}$${at.row}`);
    }
    const formula = (sheet: string, id: string) => {
      const at = prepareWorkbook(plan).book.figures.get(id)!;
      const v = wb.getWorksheet(sheet)!.getCell(at.row, at.col).value as ExcelJS.CellFormulaValue;
      return v.formula;
    };
    expect(formula('Maßnahmeportfolio', 'area.hs-integration.anteilEgt')).toContain('EGT_verfuegbar');
    expect(formula('Haushalt (EGT)', hh('plan', 'geplanterMitteleinsatz'))).toBe('Mittelansatz_EGT_gesamt');
    expect(formula('Haushalt (EGT)', hh('plan', 'egtAuslastung'))).toBe(
      'IF(OR(Mitteleinsatz_geplant="",N(Mittel_Neufaelle)=0),"",Mitteleinsatz_geplant/Mittel_Neufaelle)',
    );
    const deckblatt: string[] = [];
    wb.getWorksheet('Deckblatt')!.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        if (v && typeof v === 'object' && 'formula' in v) deckblatt.push(v.formula);
      }),
    );
    expect(deckblatt).toEqual(
      expect.arrayContaining(['EGT_verfuegbar', 'EGT_Auslastung', 'Mittel_Neufaelle']),
    );
  });

  it('input cells are filled and unlocked, formula cells locked, sheets protected without a password', () => {
    const { book } = prepareWorkbook(plan);
    for (const place of book.inputs.values()) {
      const cell = wb.getWorksheet(place.sheet)!.getCell(place.row, place.col);
      expect(cell.protection?.locked, `${place.label}`).toBe(false);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    }
    for (const [id, at] of book.figures) {
      if (calc.def(id)?.expr.op === 'input') continue;
      const cell = wb.getWorksheet(at.sheet)!.getCell(at.row, at.col);
      expect(cell.protection?.locked ?? true, id).toBe(true);
      expect(cell.fill === undefined || (cell.fill as ExcelJS.FillPattern).pattern === 'none', id).toBe(true);
    }
    for (let i = 1; i <= 7; i++) {
      const xml = part(bytes, `xl/worksheets/sheet${i}.xml`);
      const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
      expect(protection).toContain('sheet="1"');
      expect(protection).not.toMatch(/password|hashValue/);
    }
  });

  it('looks like a board document: frozen headers, print setup, footer, German formats, nachrichtlich in parentheses', () => {
    const pf = wb.getWorksheet('Maßnahmeportfolio')!;
    expect(pf.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    // The portfolio keeps its blocks together with manual page breaks, which need a fixed scale.
    expect(pf.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: false });
    expect(pf.pageSetup.scale).toBeGreaterThan(30);
    expect(pf.pageSetup.scale).toBeLessThan(100);
    // Each break falls before an area's block: nothing kept together is torn apart.
    const breaks = [...part(bytes, 'xl/worksheets/sheet3.xml').matchAll(/<brk id="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(breaks.length).toBeGreaterThan(0);
    for (const r of breaks) expect(String(pf.getCell(r + 1, 1).value)).toMatch(/^area:/);
    // The Haushalt is a little longer than a page: it prints on one, a little smaller, rather
    // than leave its legal caps alone on a second page.
    const haushalt = wb.getWorksheet('Haushalt (EGT)')!;
    expect(haushalt.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: false });
    expect(haushalt.pageSetup.scale).toBeGreaterThanOrEqual(85);
    expect(haushalt.pageSetup.scale).toBeLessThan(100);
    expect(part(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('<rowBreaks');
    expect(pf.pageSetup.printTitlesRow).toBe('1:3');
    expect(pf.headerFooter.oddFooter).toContain('Jobcenter Düsseldorf');
    expect(pf.headerFooter.oddFooter).toContain('Seite &P von &N');
    expect(pf.getColumn(1).hidden).toBe(true);
    expect(pf.getColumn(13).width).toBeGreaterThanOrEqual(50);
    const { book } = prepareWorkbook(plan);
    const cellOf = (key: string) => {
      const p = book.inputs.get(key)!;
      return wb.getWorksheet(p.sheet)!.getCell(p.row, p.col);
    };
    // The Haushalt in the app's format (exact euros); Mio. € only on the Deckblatt, as on the Übersicht.
    expect(cellOf('hh.mittelausstattung.plan').numFmt).toMatch(/^#,##0 "€"/);
    const deckblatt = wb.getWorksheet('Deckblatt')!;
    const mioCells: string[] = [];
    deckblatt.eachRow((r) =>
      r.eachCell((c) => void (c.numFmt?.includes('Mio. €') && mioCells.push(c.address))),
    );
    expect(mioCells.length).toBeGreaterThan(3);
    // The FbW flag has a column of its own.
    const fbw = book.inputs.get('row.r-fbw.eintritte')!;
    const fbwRow = pf.getRow(fbw.row);
    const headerRow = pf.getRow(3);
    const fbwCol = [...Array(20).keys()].find((c) => headerRow.getCell(c + 1).value === 'FbW-Zeile')! + 1;
    expect(fbwCol).toBeGreaterThan(13);
    expect(fbwRow.getCell(fbwCol).value).toBe('ja');
    expect(pf.getRow(book.inputs.get('row.r-egz.eintritte')!.row).getCell(fbwCol).value).toBeFalsy();
    expect(cellOf('row.r-egz.mittelansatz').numFmt).toMatch(/^#,##0 "€"/);
    expect(cellOf('row.r-vb.eintritte').numFmt).toBe('(#,##0)');
    expect(cellOf('row.r-vb.eintritte').font?.color?.argb).toBe('FF7F7F7F');
    const quote = book.figures.get(hh('plan', 'umschichtungsquote'))!;
    expect(wb.getWorksheet(quote.sheet)!.getCell(quote.row, quote.col).numFmt).toMatch(/^0\.0 %/);
    expect(cellOf('row.r-egz.eintritte').value).toBe(550);
  });

  it('lists the open checks on the Prüfungen sheet', () => {
    const ws = wb.getWorksheet('Prüfungen')!;
    const severities: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 3) severities.push(String(row.getCell(2).value));
    });
    expect(severities.length).toBeGreaterThan(0);
    expect(severities.every((s) => ['Fehler', 'Warnung', 'Hinweis'].includes(s))).toBe(true);
  });

  it('LibreOffice prints the grand total on the page of the last block, and every block on one page', () => {
    const pages = printSheetPages(bytes, 'Maßnahmeportfolio – Jobcenter Düsseldorf');
    expect(pages.length).toBeGreaterThan(1);
    const pageOf = (text: string) => pages.findIndex((p) => p.includes(text));
    const last = plan.schwerpunkte.at(-1)!;
    const names = last.rows.flatMap((r) => (r.kind === 'instrument' ? [r.instrument.slice(0, 16)] : []));
    expect(names.length).toBeGreaterThan(1);
    const totalPage = pageOf('Gesamt (ohne nachrichtlich)');
    expect(totalPage).toBe(pages.length - 1);
    for (const name of names) expect(pageOf(name), name).toBe(totalPage);
  }, 240_000);
});

describe('exportWorkbook: very long sums', () => {
  it('splits them into partial sums on a hidden helper sheet; LibreOffice still agrees with the core', async () => {
    const plan = beispielplan();
    const bytes = await exportWorkbook(plan, { now: NOW, maxSumChars: 60 });
    const wb = await load(bytes);
    expect(wb.getWorksheet('Hilfssummen')?.state).toBe('hidden');
    const result = await runXlsxcheck(bytes, 'teilsummen.xlsx');
    expect(result.mismatches).toEqual([]);
    const helpers = result.cells.filter((c) => c.sheet === 'Hilfssummen');
    expect(helpers.length).toBeGreaterThan(5);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    expect(result.cells.find((c) => c.formula.startsWith("SUM('Hilfssummen'!"))).toBeDefined();
    const back = await importWorkbook(bytes);
    expect(back.ok && back.changes).toEqual([]);
  }, 120_000);
});

describe('exportWorkbook: typed formulas and the Umschichtung typed as a share', () => {
  it('writes the user\'s "=" formulas as real formulas and the Umschichtungsquote as the input; LibreOffice agrees', async () => {
    const base = beispielplan();
    const plan: Plan = {
      ...base,
      haushalt: {
        ...base.haushalt,
        umschichtung: { plan: { mode: 'quote', quote: 0.0215 }, vorjahr: { mode: 'betrag', betrag: null } },
      },
      formeln: {
        'row.r-mag.mittelansatz': '=1.000*80',
        'row.r-esg.mittelansatz': '=60000*2,5',
        'row.r-egz.eintritte': '=500+50',
      },
    };
    const bytes = await exportWorkbook(plan, { now: NOW });
    const wb = await load(bytes);
    const { book } = prepareWorkbook(plan);
    const cell = (key: string) => {
      const p = book.inputs.get(key)!;
      return wb.getWorksheet(p.sheet)!.getCell(p.row, p.col).value;
    };
    expect(cell('row.r-mag.mittelansatz')).toEqual({ formula: '1000*80', result: 80_000 });
    expect(cell('row.r-esg.mittelansatz')).toEqual({ formula: '60000*2.5', result: 150_000 });
    expect(cell('hh.umschichtungsquote.plan')).toBe(0.0215);
    expect(cell('hh.umschichtung.vorjahr')).toBeNull();
    const umschichtung = book.figures.get(hh('plan', 'umschichtung'))!;
    expect(
      (
        wb.getWorksheet(umschichtung.sheet)!.getCell(umschichtung.row, umschichtung.col)
          .value as ExcelJS.CellFormulaValue
      ).formula,
    ).toBe('ROUND(Umschichtungsquote*Summe_Eingliederungsmittel,2)');
    const result = await runXlsxcheck(bytes, 'formeln.xlsx');
    expect(result.mismatches).toEqual([]);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    expect(
      result.cells.filter(
        (c) => c.formula === '1000*80' || c.formula === '60000*2.5' || c.formula === '500+50',
      ),
    ).toHaveLength(3);
  }, 120_000);
});

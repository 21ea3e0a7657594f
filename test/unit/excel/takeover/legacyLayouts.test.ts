/**
 * Five legacy layouts built with ExcelJS in memory (test/support/legacyWorkbooks.ts) taken over
 * end to end: the zip guard, ExcelJS, detection, reading, the new plan and its report. What
 * each must give is written down by hand in the layout, from the table itself.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeAll } from '../../../../shared/calc/engine';
import { exportWorkbook } from '../../../../shared/excel/exportWorkbook';
import { guardWorkbookZip } from '../../../../shared/excel/zipGuard';
import { columnLetter } from '../../../../shared/excel/takeover/legacySheet';
import type { LegacyWorkbook } from '../../../../shared/excel/takeover/legacySheet';
import { readLegacyWorkbook } from '../../../../shared/excel/takeover/readLegacyWorkbook';
import { runTakeover } from '../../../../shared/excel/takeover/takeover';
import { takeoverReport } from '../../../../shared/excel/takeover/takeoverReport';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file/planFile';
import type { InstrumentRow, Plan } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { HOSTILE_WORKBOOKS } from '../../../support/hostileWorkbooks';
import type { LegacyLayout } from '../../../support/legacyWorkbooks';
import { LEGACY_LAYOUTS, buildWorkbook } from '../../../support/legacyWorkbooks';

const NOW = new Date('2026-03-02T10:00:00Z');

async function read(bytes: Uint8Array): Promise<LegacyWorkbook> {
  const r = await readLegacyWorkbook(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.book;
}

const rowsOf = (plan: Plan): InstrumentRow[] =>
  plan.schwerpunkte.flatMap((a) => a.rows.filter((r): r is InstrumentRow => r.kind === 'instrument'));

describe.each(LEGACY_LAYOUTS.map((l) => [l.id, l] as [string, LegacyLayout]))('layout %s', (_id, layout) => {
  let book: LegacyWorkbook;
  beforeAll(async () => {
    book = await read(await buildWorkbook(layout));
  });

  it('finds the sheet, the header row, the columns and the unit', () => {
    const r = runTakeover(book, { fileName: layout.fileName, now: NOW });
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (!r.ok) return;
    expect(r.mapping.sheet).toBe(layout.expect.sheet);
    expect(r.mapping.headerRow).toBe(layout.expect.headerRow);
    const mapped = Object.fromEntries(
      r.mapping.columns.filter((c) => c.field !== 'ignorieren').map((c) => [columnLetter(c.col), c.field]),
    );
    expect(mapped).toEqual(layout.expect.fields);
    expect(r.mapping.unit).toBe(layout.expect.unit);
  });

  it('makes a valid new plan with the blocks, the totals and the header of the file', () => {
    const r = runTakeover(book, { fileName: layout.fileName, now: NOW });
    if (!r.ok) throw new Error(r.message);
    const { plan } = r;
    expect(plan.schwerpunkte.map((a) => ({ name: a.name, rows: a.rows.length }))).toEqual(
      layout.expect.blocks,
    );
    const figures = computeAll(plan);
    expect(figures['portfolio.eintritte']).toBe(layout.expect.eintritte);
    expect(figures['portfolio.mittelansatzEgt']).toBe(layout.expect.mittelansatzEgt);
    expect(plan.header.jobcenter).toBe(layout.expect.jobcenter ?? 'Jobcenter (amip)');
    expect(plan.header.year).toBe(layout.expect.year ?? 2027);
    expect(plan.header.variante).toBe('Übernahme aus Excel');
    const file = parsePlanFile(serializePlanFile(plan));
    expect(file.ok, file.ok ? '' : JSON.stringify(file.errors)).toBe(true);
  });

  it('reports the totals of the file that disagree and the cells it could not read', () => {
    const r = runTakeover(book, { fileName: layout.fileName, now: NOW });
    if (!r.ok) throw new Error(r.message);
    const report = takeoverReport(r.analysis);
    expect(report.wrongTotals).toEqual(layout.expect.wrongTotals);
    expect(r.analysis.problems.map((p) => p.cell)).toEqual(layout.expect.problemCells);
  });
});

describe('what the layouts hold beyond the figures', () => {
  const plans = new Map<string, Plan>();
  beforeAll(async () => {
    for (const l of LEGACY_LAYOUTS) {
      const r = runTakeover(await read(await buildWorkbook(l)), { fileName: l.fileName, now: NOW });
      if (!r.ok) throw new Error(r.message);
      plans.set(l.id, r.plan);
    }
  });
  const row = (id: string, name: string) => rowsOf(plans.get(id)!).find((r) => r.instrument === name)!;

  it('"Betrag bei BaE enthalten" becomes Finanzierung "enthalten in" the BaE row; "(2.500)" a nachrichtlich row', () => {
    expect(row('veroeffentlicht', 'Ausbildungsbegleitende Hilfen (abH)').finanzierung).toEqual({
      art: 'enthalten',
      inRowId: row('veroeffentlicht', 'Außerbetriebliche Berufsausbildung (BaE)').id,
    });
    expect(row('veroeffentlicht', 'Vermittlungsbudget (VB)')).toMatchObject({
      nachrichtlich: true,
      eintritte: 2500,
      mittelansatz: 610_000,
    });
    expect(computeAll(plans.get('veroeffentlicht')!)['portfolio.nachrichtlichMittel']).toBe(610_000);
    expect(row('veroeffentlicht', 'Fort- und Weiterbildung (FbW)').fbw).toBe(true);
  });

  it('Vorjahr columns, Tsd. € and German number text', () => {
    expect(row('tausend-euro', 'Aktivcenter')).toMatchObject({
      eintritte: 1200,
      mittelansatz: 945_990,
      vorjahrMittel: 900_000,
    });
    expect(row('tausend-euro', 'Coaching')).toMatchObject({ eintritte: 50, mittelansatz: 80_000 });
    expect(row('tausend-euro', 'Förderung von Arbeitsverhältnissen')).toMatchObject({
      mittelansatz: 2_200_000,
      kategorie: 'VI.2',
    });
    expect(row('gruppenkopf', 'Einstiegsqualifizierung')).toMatchObject({
      vorjahrEintritte: 40,
      vorjahrMittel: 90_000,
    });
  });

  it('"ESF-Mittel" becomes a Drittmittel programme; a Kat. merged over two rows applies to both', () => {
    const plan = plans.get('gruppenkopf')!;
    expect(plan.drittmittel.map((d) => d.programm)).toEqual(['ESF-Mittel']);
    expect(row('gruppenkopf', 'Jugendwerkstatt').finanzierung).toEqual({
      art: 'Drittmittel',
      programmId: plan.drittmittel[0]!.id,
    });
    expect(row('gruppenkopf', 'Teilzeitausbildung').kategorie).toBe('I');
    expect(plans.get('mio-finanzierung')!.drittmittel.map((d) => d.programm)).toEqual(['ESF']);
  });

  it('text that is no number is kept as Funktion, never as an amount', () => {
    expect(row('mio-finanzierung', 'Sprachkurs Beruf')).toMatchObject({
      eintritte: null,
      mittelansatz: null,
      kategorie: null,
      funktion: 'Mittelansatz: offen',
    });
    expect(row('mio-finanzierung', 'Kommunale Beratung')).toMatchObject({
      finanzierung: { art: 'EGT' },
      funktion: 'Finanzierung: Kommune',
    });
  });

  it('each takeover is a new plan with new ids', async () => {
    const l = LEGACY_LAYOUTS[0]!;
    const book = await read(await buildWorkbook(l));
    const a = runTakeover(book, { fileName: l.fileName, now: NOW });
    const b = runTakeover(book, { fileName: l.fileName, now: NOW });
    if (!a.ok || !b.ok) throw new Error('nicht übernommen');
    expect(a.plan.id).not.toBe(b.plan.id);
    expect(rowsOf(a.plan)[0]!.id).not.toBe(rowsOf(b.plan)[0]!.id);
  });
});

describe('reading the workbook', () => {
  it('keeps merged ranges, bold headings, parentheses in number formats and formulas with their stored results', async () => {
    const bytes = await buildWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            ['Handlungsschwerpunkt 1', null, null],
            ['VB', 2500, { formula: 'B2*2', result: 5000 }],
          ],
          merges: ['A1:C1'],
          bold: [1],
          numFmt: { B2: '"("#,##0")"', C2: '#,##0_);(#,##0)' },
        },
      ],
    });
    const [sheet] = (await read(bytes)).sheets;
    expect(sheet?.rows).toEqual([
      {
        row: 1,
        cells: [
          { col: 1, text: 'Handlungsschwerpunkt 1', number: null, bold: true, span: { rows: 1, cols: 3 } },
        ],
      },
      {
        row: 2,
        cells: [
          { col: 1, text: 'VB', number: null },
          { col: 2, text: '', number: 2500, parens: true },
          { col: 3, text: '', number: 5000, formula: true },
        ],
      },
    ]);
  });

  it('a sum whose formula has no stored result is not checked, and the report says why', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRows([
      ['Maßnahme', 'Eintritte'],
      ['MAG', 10],
      ['Summe', null],
    ]);
    ws.getCell('B3').value = { formula: 'SUM(B2:B2)' } as ExcelJS.CellFormulaValue;
    const r = runTakeover(await read(new Uint8Array(await wb.xlsx.writeBuffer())), {
      fileName: 's.xlsx',
      now: NOW,
    });
    if (!r.ok) throw new Error(r.message);
    expect(takeoverReport(r.analysis).problems).toEqual([
      'Zeile 3 „Summe“, Zelle B3 (Eintritte): „Formel“ – die Formel hat keinen gespeicherten Wert (bitte in Excel neu berechnen und speichern); nicht geprüft',
    ]);
  });
});

describe('the same zip guard and limits as the import', () => {
  let exported: Uint8Array;
  beforeAll(async () => {
    exported = await exportWorkbook(beispielplan());
  });

  it.each(['bomb-declared', 'doctype-entities', 'checksum-wrong', 'element-flood'])(
    'hostile workbook %s is refused with the zip guard’s message before ExcelJS reads it',
    async (id) => {
      const hostile = HOSTILE_WORKBOOKS.find((h) => h.id === id)!;
      const bytes = hostile.build(exported);
      const taken = await readLegacyWorkbook(bytes);
      // The import checks more (the sheets against its embedded plan); the archive checks are shared.
      const guarded = await guardWorkbookZip(bytes);
      expect(taken.ok).toBe(false);
      expect(guarded.ok).toBe(false);
      if (taken.ok || guarded.ok) return;
      expect(taken.message).toBe(guarded.message);
    },
  );

  it('a file that is no workbook, and one over the size limit', async () => {
    expect(await readLegacyWorkbook(new TextEncoder().encode('Maßnahme;Eintritte\nMAG;10\n'))).toEqual({
      ok: false,
      message: 'Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.',
    });
    const small = await buildWorkbook(LEGACY_LAYOUTS[0]!);
    expect(await readLegacyWorkbook(small, { maxFileBytes: 1000 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('eingelesen werden Arbeitsmappen bis'),
    });
  });
});

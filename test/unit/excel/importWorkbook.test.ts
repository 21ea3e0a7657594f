import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { formatChange, formatSkip } from '../../../shared/excel/import/changeList';
import type { ImportResult } from '../../../shared/excel/importWorkbook';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { PF as PF_COLS } from '../../../shared/excel/layout/portfolio';
import { parseCellKey } from '../../../shared/model/cellKey';
import { findInstrumentRow, writeInputRef } from '../../../shared/model/inputs';
import type { InstrumentRow, Plan } from '../../../shared/model/plan';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { deleteRowLikeExcel, insertRowLikeExcel, rowOfTag } from '../../support/excelRowEdits';
import { generatePlan } from '../../support/generatePlan';
import { saveWithLibreOffice } from '../../support/libreOfficeSave';

const NOW = new Date('2026-02-01T12:00:00Z');
const PF = 'Maßnahmeportfolio';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}
const save = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** The plan without what an import is allowed to change. */
const comparable = (p: Plan, like: Plan): Plan => ({
  ...p,
  id: like.id,
  header: { ...p.header, changedAt: like.header.changedAt },
});

function inputCell(wb: ExcelJS.Workbook, plan: Plan, key: string): ExcelJS.Cell {
  const at = prepareWorkbook(plan).book.inputs.get(key)!;
  return wb.getWorksheet(at.sheet)!.getCell(at.row, at.col);
}

/** The cell in column `col` of the row tagged `tag`. */
const cellAt = (wb: ExcelJS.Workbook, sheet: string, tag: string, col: number): ExcelJS.Cell =>
  wb.getWorksheet(sheet)!.getCell(rowOfTag(wb, sheet, tag), col);

type Imported = Extract<ImportResult, { ok: true }>;

async function imported(wb: ExcelJS.Workbook): Promise<Imported> {
  const result = await importWorkbook(await save(wb), { now: NOW });
  if (!result.ok) throw new Error(`Import abgelehnt: ${result.message}`);
  return result;
}

const listed = (r: Imported) => ({
  changes: r.changes.map(formatChange),
  skipped: r.skipped.map(formatSkip),
});

const areaRows = (p: Plan, areaId: string) => p.schwerpunkte.find((a) => a.id === areaId)!.rows;
const areaRowIds = (p: Plan, areaId: string) => areaRows(p, areaId).map((r) => r.id);

describe('importWorkbook: round trip', () => {
  it('Beispielplan: export → import gives the same plan with a new id and a new Stand, and lists nothing', async () => {
    const plan = beispielplan();
    const result = await importWorkbook(await exportWorkbook(plan, { now: NOW }), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.id).not.toBe(plan.id);
    expect(result.plan.header.changedAt).toBe(NOW.toISOString());
    expect(result.sourcePlanId).toBe(plan.id);
    expect(comparable(result.plan, plan)).toEqual(plan);
    expect(result.changes).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it.each([
    [60, 1],
    [150, 2],
    [400, 3],
  ])(
    'generated plan with %i rows (seed %i) survives the round trip, typed formulas included',
    async (rows, seed) => {
      const plan = generatePlan({ rows, seed });
      const result = await importWorkbook(await exportWorkbook(plan, { now: NOW }));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(comparable(result.plan, plan)).toEqual(plan);
      expect(result.changes).toEqual([]);
      expect(result.skipped).toEqual([]);
    },
  );
});

/** What a planner does to the exported Beispielplan in Excel (the main scenario). */
function editLikeAPlanner(wb: ExcelJS.Workbook, plan: Plan): void {
  cellAt(wb, PF, 'row:r-esg', 2).value = 'Einstiegsgeld (ESG) für Gründungen';
  cellAt(wb, PF, 'row:r-egz', 13).value = 'Zuschuss zum Arbeitsentgelt';
  // Insert Row above abH, inside the block of "Qualifizierung Geringqualifizierter".
  insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-abh'), [
    null,
    'Coaching für Geringqualifizierte',
    'I',
    'EGT',
    25,
    120_000,
    null,
    5,
    20_000,
    null,
    null,
    null,
    'neu ab 2016',
  ]);
  deleteRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-fitforjob2'));
  cellAt(wb, PF, 'total', 5).value = 9999;
  cellAt(wb, PF, 'row:r-mag', 6).value = 'achtzigtausend';
  cellAt(wb, 'Haushalt (EGT)', 'zw:zw-fluechtlinge-1', 2).value = 'Erste Tranche Flüchtlingsmittel';
  cellAt(wb, 'Drittmittel', 'dm:dm-talentwerkstatt', 2).value = 'Inklusionsinitiative Talentwerkstatt';
  inputCell(wb, plan, 'bz.5.foerderungBgs').value = 680;
  inputCell(wb, plan, 'kz.III.1.ergebnisVorjahr').value = 540;
  wb.getWorksheet('Deckblatt')!.getCell('C8').value = 'Entwurf nach Sitzung';
}

/** What the import makes of it. */
const PLANNER_EDITS = {
  changes: [
    'Blatt „Deckblatt“, Zelle C8: Variante: „Beispielplan Düsseldorf 2016“ → „Entwurf nach Sitzung“',
    'Blatt „Haushalt (EGT)“, Zelle B6: Zuweisung: „Erste Tranche Mittel Flüchtlinge“ → „Erste Tranche Flüchtlingsmittel“',
    'Blatt „Maßnahmeportfolio“, Zelle M6: Funktion „Eingliederungszuschüsse (EGZ)“: leer → „Zuschuss zum Arbeitsentgelt“',
    'Blatt „Maßnahmeportfolio“, Zelle B7: Instrument: „Einstiegsgeld (ESG)“ → „Einstiegsgeld (ESG) für Gründungen“',
    'Blatt „Maßnahmeportfolio“, Zelle B20: neue Zeile in „Qualifizierung Geringqualifizierter“: „Coaching für Geringqualifizierte“',
    'Blatt „Maßnahmeportfolio“, Zelle C20: Förderkategorie „Coaching für Geringqualifizierte“: leer → I',
    'Blatt „Maßnahmeportfolio“, Zelle E20: Eintritte „Coaching für Geringqualifizierte“: leer → 25',
    'Blatt „Maßnahmeportfolio“, Zelle F20: Mittelansatz „Coaching für Geringqualifizierte“: leer → 120.000 €',
    'Blatt „Maßnahmeportfolio“, Zelle H20: Eintritte Vorjahr „Coaching für Geringqualifizierte“: leer → 5',
    'Blatt „Maßnahmeportfolio“, Zelle I20: Mittel Vorjahr „Coaching für Geringqualifizierte“: leer → 20.000 €',
    'Blatt „Maßnahmeportfolio“, Zelle M20: Funktion „Coaching für Geringqualifizierte“: leer → „neu ab 2016“',
    'Blatt „Maßnahmeportfolio“, Zeile 29 (beim Export): Zeile in „Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit“ gelöscht: „Fit for Job II“',
    'Blatt „Bildungszielplanung“, Zelle C8: Förderung BGS, Berufsbereich 5: 660 → 680',
    'Blatt „Kennzahlen“, Zelle D10: Ergebnis Vorjahr Betriebliche Eingliederungshilfen: leer → 540',
    'Blatt „Drittmittel“, Zelle B5: Drittmittelprogramm: „Inklusionsinitiative („Talentwerkstatt“)“ → „Inklusionsinitiative Talentwerkstatt“',
  ],
  skipped: [
    'Blatt „Maßnahmeportfolio“, Zelle F5: „achtzigtausend“ nicht übernommen: keine Zahl (Mittelansatz „Maßnahmen beim Arbeitgeber (MAG)“)',
    'Blatt „Maßnahmeportfolio“, Zelle E48: „9999“ nicht übernommen: abgeleitete Zahl (Formel); die App berechnet sie selbst',
  ],
};

describe('importWorkbook: a planner edits the exported pack in Excel', () => {
  const plan = beispielplan();
  let exported: Uint8Array;
  beforeAll(async () => {
    exported = await exportWorkbook(plan, { now: NOW });
  });

  it('takes a new row in a block, a rename, a Funktion text, a deleted row, names and numbers; lists the rest', async () => {
    const wb = await load(exported);
    editLikeAPlanner(wb, plan);
    const result = await imported(wb);
    expect(listed(result)).toEqual(PLANNER_EDITS);

    // The same edits made in the model directly: the imported plan is exactly that.
    const newRow = areaRows(result.plan, 'hs-qualifizierung')[3] as InstrumentRow;
    expect(newRow.id).toMatch(/^r-[0-9a-f]{12}$/);
    expect(findInstrumentRow(plan, newRow.id)).toBeUndefined();
    const expected = structuredClone(plan);
    expected.header.variante = 'Entwurf nach Sitzung';
    expected.haushalt.zuweisungen[0]!.name = 'Erste Tranche Flüchtlingsmittel';
    expected.drittmittel[1]!.programm = 'Inklusionsinitiative Talentwerkstatt';
    const integration = expected.schwerpunkte[0]!.rows as InstrumentRow[];
    integration[1]!.funktion = 'Zuschuss zum Arbeitsentgelt';
    integration[2]!.instrument = 'Einstiegsgeld (ESG) für Gründungen';
    expected.schwerpunkte[1]!.rows.splice(3, 0, {
      kind: 'instrument',
      id: newRow.id,
      instrument: 'Coaching für Geringqualifizierte',
      kategorie: 'I',
      eintritte: 25,
      mittelansatz: 120_000,
      finanzierung: { art: 'EGT' },
      nachrichtlich: false,
      vorjahrEintritte: 5,
      vorjahrMittel: 20_000,
      funktion: 'neu ab 2016',
      fbw: false,
    });
    expected.schwerpunkte[2]!.rows = expected.schwerpunkte[2]!.rows.filter((r) => r.id !== 'r-fitforjob2');
    const withNumbers = [
      ['bz.5.foerderungBgs', 680],
      ['kz.III.1.ergebnisVorjahr', 540],
    ].reduce((p, [key, value]) => writeInputRef(p, parseCellKey(key as string)!, value as number), expected);
    expect(comparable(result.plan, plan)).toEqual(withNumbers);
  });

  it('a Kat. given by name, a Finanzierung naming a programme, a formula in Mittelansatz', async () => {
    const wb = await load(exported);
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'sum:hs-integration'), [
      null,
      'Lohnkostenzuschuss Jugend',
      'Betriebliche Eingliederungshilfen',
      'Drittmittel: ESF-Bundesprogramm für Langzeitarbeitslose',
      12,
      { formula: '3*4000', result: 12_000 },
    ]);
    const result = await imported(wb);
    const row = areaRows(result.plan, 'hs-integration').at(-1) as InstrumentRow;
    expect(row).toMatchObject({
      instrument: 'Lohnkostenzuschuss Jugend',
      kategorie: 'III.1',
      finanzierung: { art: 'Drittmittel', programmId: 'dm-esf-lza' },
      eintritte: 12,
      mittelansatz: 12_000,
    });
    expect(result.plan.formeln).toEqual({ [`row.${row.id}.mittelansatz`]: '=3*4000' });
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Maßnahmeportfolio“, Zelle B12: neue Zeile in „Integration“: „Lohnkostenzuschuss Jugend“',
        'Blatt „Maßnahmeportfolio“, Zelle C12: Förderkategorie „Lohnkostenzuschuss Jugend“: leer → III.1',
        'Blatt „Maßnahmeportfolio“, Zelle D12: Finanzierung „Lohnkostenzuschuss Jugend“: EGT → Drittmittel: ESF-Bundesprogramm für Langzeitarbeitslose',
        'Blatt „Maßnahmeportfolio“, Zelle E12: Eintritte „Lohnkostenzuschuss Jugend“: leer → 12',
        'Blatt „Maßnahmeportfolio“, Zelle F12: Mittelansatz „Lohnkostenzuschuss Jugend“: leer → 12.000 € (=3*4000)',
      ],
      skipped: [],
    });
  });

  it('reads the edited inputs and keeps the typed formula the German way', async () => {
    const wb = await load(exported);
    inputCell(wb, plan, 'row.r-egz.eintritte').value = 600;
    inputCell(wb, plan, 'bz.5.foerderungBgs').value = null;
    inputCell(wb, plan, 'dm.dm-esf-lza.betragJahr').value = {
      formula: '2900000+100000',
      result: 3_000_000,
    } as ExcelJS.CellValue;
    inputCell(wb, plan, 'row.r-fbw.mittelansatz').value = {
      formula: '1700*5000.5',
      result: 8_500_850,
    } as ExcelJS.CellValue;
    const result = await imported(wb);
    expect(result.changes.map((c) => [c.cellKey, c.before, c.after])).toEqual([
      ['row.r-egz.eintritte', '550', '600'],
      ['row.r-fbw.mittelansatz', '8.500.000 €', '8.500.850 € (=1700*5000,5)'],
      ['bz.5.foerderungBgs', '660', 'leer'],
      ['dm.dm-esf-lza.betragJahr', '2.900.000 €', '3.000.000 € (=2900000+100000)'],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.plan.formeln).toEqual({
      'dm.dm-esf-lza.betragJahr': '=2900000+100000',
      'row.r-fbw.mittelansatz': '=1700*5000,5',
    });
  });

  it.each([
    [
      'text in an Eintritte cell',
      'row.r-egz.eintritte',
      'viele',
      'Blatt „Maßnahmeportfolio“, Zelle E6: „viele“ nicht übernommen: keine Zahl (Eintritte „Eingliederungszuschüsse (EGZ)“)',
    ],
    [
      'a fraction of a person',
      'row.r-mag.eintritte',
      12.5,
      'Blatt „Maßnahmeportfolio“, Zelle E5: „12,5“ nicht übernommen: 12,5 ist keine ganze Zahl ≥ 0 (Eintritte „Maßnahmen beim Arbeitgeber (MAG)“)',
    ],
    [
      'a negative amount',
      'row.r-mag.mittelansatz',
      -5,
      'Blatt „Maßnahmeportfolio“, Zelle F5: „-5“ nicht übernommen: negative Beträge sind nicht erlaubt (Mittelansatz „Maßnahmen beim Arbeitgeber (MAG)“)',
    ],
    [
      'a formula without a stored result',
      'hh.mittelausstattung.plan',
      { formula: 'C4*2' },
      'Blatt „Haushalt (EGT)“, Zelle C4: „=C4*2“ nicht übernommen: die Formel hat keinen gespeicherten Wert; bitte in Excel neu berechnen und speichern (Mittelausstattung 2016)',
    ],
    [
      'an error value',
      'hh.vorbindungen.plan',
      { error: '#DIV/0!' },
      'Blatt „Haushalt (EGT)“, Zelle C12: „#DIV/0!“ nicht übernommen: keine Zahl (Vorbindungen 2016)',
    ],
  ])(
    'does not take %s: lists it with sheet and cell and keeps the exported value',
    async (_w, key, value, line) => {
      const wb = await load(exported);
      inputCell(wb, plan, key).value = value as ExcelJS.CellValue;
      const result = await imported(wb);
      expect(listed(result)).toEqual({ changes: [], skipped: [line] });
      expect(comparable(result.plan, plan)).toEqual(plan);
    },
  );

  it('a formula with cell references: takes its result, lists that the formula itself stays behind', async () => {
    const wb = await load(exported);
    inputCell(wb, plan, 'row.r-egz.eintritte').value = { formula: 'E5/2', result: 500 } as ExcelJS.CellValue;
    const result = await imported(wb);
    expect(listed(result)).toEqual({
      changes: ['Blatt „Maßnahmeportfolio“, Zelle E6: Eintritte „Eingliederungszuschüsse (EGZ)“: 550 → 500'],
      skipped: [
        'Blatt „Maßnahmeportfolio“, Zelle E6: „=E5/2“ nicht übernommen: Formel mit Bezügen oder Funktionen (Eintritte „Eingliederungszuschüsse (EGZ)“); übernommen wird nur ihr Ergebnis',
      ],
    });
    expect(result.plan.formeln).toEqual({});
  });

  it('Kat. and Finanzierung of existing rows, also naming a renamed programme', async () => {
    const wb = await load(exported);
    cellAt(wb, PF, 'row:r-esg', 3).value = 'III.1';
    cellAt(wb, 'Drittmittel', 'dm:dm-soziale-teilhabe', 2).value = 'Soziale Teilhabe';
    cellAt(wb, PF, 'row:r-agh', 4).value = 'Drittmittel: Soziale Teilhabe';
    cellAt(wb, PF, 'row:r-eq', 3).value = 'II.a';
    cellAt(wb, PF, 'row:r-mia', 4).value = 'Land';
    const result = await imported(wb);
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Maßnahmeportfolio“, Zelle C7: Förderkategorie „Einstiegsgeld (ESG)“: III.2 → III.1',
        'Blatt „Maßnahmeportfolio“, Zelle D27: Finanzierung „Arbeitsgelegenheiten“: EGT → Drittmittel: Soziale Teilhabe',
        'Blatt „Drittmittel“, Zelle B6: Drittmittelprogramm: „Bundesprogramm „Soziale Teilhabe am Arbeitsmarkt““ → „Soziale Teilhabe“',
      ],
      skipped: [
        'Blatt „Maßnahmeportfolio“, Zelle C8: „II.a“ nicht übernommen: „II.a“ ist eine Darunter-Zeile der Kennzahlen; Maßnahmen gehören zu einer Kategorie oder Zeile',
        'Blatt „Maßnahmeportfolio“, Zelle D9: „Land“ nicht übernommen: Finanzierung nicht erkannt (erwartet „EGT“, „Drittmittel: <Programm>“, „enthalten in: <Maßnahme>“ oder „kommunal (§ 16a)“)',
      ],
    });
    expect(findInstrumentRow(result.plan, 'r-agh')?.finanzierung).toEqual({
      art: 'Drittmittel',
      programmId: 'dm-soziale-teilhabe',
    });
  });

  it('moves rows within a block and into another block, and says so', async () => {
    const wb = await load(exported);
    // Cut ESG and insert it above VB (same block); cut EQ and insert it into the FbW block.
    const take = (tag: string) => {
      const ws = wb.getWorksheet(PF)!;
      const values = ws.getRow(rowOfTag(wb, PF, tag)).values as ExcelJS.CellValue[];
      deleteRowLikeExcel(wb, PF, rowOfTag(wb, PF, tag));
      return [values[1] ?? null, ...values.slice(2)];
    };
    const esg = take('row:r-esg');
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-vb'), esg);
    const eq = take('row:r-eq');
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-fbw') + 1, eq);
    const result = await imported(wb);
    expect(areaRowIds(result.plan, 'hs-integration')).toEqual([
      'r-mag',
      'r-egz',
      'r-mia',
      'r-ftec',
      'r-esg',
      'r-vb',
    ]);
    expect(areaRowIds(result.plan, 'hs-qualifizierung')).toEqual([
      'r-fbw',
      'r-eq',
      'r-bae',
      'r-asa',
      'r-abh',
    ]);
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Maßnahmeportfolio“, Zelle B9: Zeile „Einstiegsgeld (ESG)“ in „Integration“ verschoben: Stelle 3 → Stelle 5',
        'Blatt „Maßnahmeportfolio“, Zelle B17: Zeile „Einstiegsqualifizierung (EQ U25)“ verschoben: „Integration“ → „Qualifizierung Geringqualifizierter“',
      ],
      skipped: [],
    });
  });

  it('rows sorted in Excel without the hidden column A keep their identity (and hidden flags) by name', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet(PF)!;
    const first = rowOfTag(wb, PF, 'row:r-mag');
    const last = rowOfTag(wb, PF, 'row:r-vb');
    const visible = (n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(2);
    const block = Array.from({ length: last - first + 1 }, (_, i) => visible(first + i));
    // Sorted by Instrument, columns B to M only.
    block.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'de'));
    block.forEach((values, i) => values.forEach((v, j) => (ws.getCell(first + i, j + 2).value = v ?? null)));
    const result = await imported(wb);
    expect(areaRowIds(result.plan, 'hs-integration')).toEqual([
      'r-egz',
      'r-esg',
      'r-eq',
      'r-ftec',
      'r-mag',
      'r-mia',
      'r-vb',
    ]);
    expect(findInstrumentRow(result.plan, 'r-vb')).toEqual(findInstrumentRow(plan, 'r-vb'));
    expect(result.changes.every((c) => c.what.endsWith('in „Integration“ verschoben'))).toBe(true);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.skipped).toEqual([]);
  });

  it('a copied row (hidden tag and all) becomes a new row with a fresh id; the original keeps its id', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet(PF)!;
    const values = [...(ws.getRow(rowOfTag(wb, PF, 'row:r-egz')).values as ExcelJS.CellValue[])].slice(1);
    values[1] = 'EGZ für Ältere';
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-esg'), values);
    const result = await imported(wb);
    const ids = areaRowIds(result.plan, 'hs-integration');
    expect(ids.slice(0, 2)).toEqual(['r-mag', 'r-egz']);
    expect(ids[2]).toMatch(/^r-[0-9a-f]{12}$/);
    expect(findInstrumentRow(result.plan, ids[2]!)).toMatchObject({
      instrument: 'EGZ für Ältere',
      kategorie: 'III.1',
      eintritte: 550,
      mittelansatz: 2_200_000,
    });
    expect(findInstrumentRow(result.plan, 'r-egz')).toEqual(findInstrumentRow(plan, 'r-egz'));
    expect(result.skipped).toEqual([]);
  });

  it('lists rows inserted where rows cannot be added, and text typed beside the table', async () => {
    const wb = await load(exported);
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'area:hs-qualifizierung'), [
      null,
      'Notiz zwischen den Blöcken',
    ]);
    insertRowLikeExcel(wb, 'Drittmittel', rowOfTag(wb, 'Drittmittel', 'sum'), [
      null,
      'Neues Programm',
      '2016',
      1000,
    ]);
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'sum:hs-integration'), [null, null, null, null, 7]);
    cellAt(wb, PF, 'row:r-egz', 15).value = 'prüfen!';
    const result = await imported(wb);
    expect(listed(result)).toEqual({
      changes: [],
      skipped: [
        'Blatt „Maßnahmeportfolio“, Zelle O6: „prüfen!“ nicht übernommen: außerhalb der Tabelle; die App liest nur ihre eigenen Spalten',
        'Blatt „Maßnahmeportfolio“, Zelle E12: „7“ nicht übernommen: neue Zeile ohne Instrument (Spalte B)',
        'Blatt „Maßnahmeportfolio“, Zelle B17: „Notiz zwischen den Blöcken“ nicht übernommen: eingefügte Zeile außerhalb eines Handlungsschwerpunkts; neue Maßnahmen gehören zwischen die Überschrift eines Handlungsschwerpunkts und seine Summenzeile',
        'Blatt „Drittmittel“, Zellen B8, C8, D8: „Neues Programm“, „2016“, „1000“ nicht übernommen: eingefügte Zeile; neue Drittmittelprogramme bitte in der App anlegen',
      ],
    });
    expect(comparable(result.plan, plan)).toEqual(plan);
  });

  it('the FbW column: a flag set or cleared in Excel is taken, anything else listed', async () => {
    const wb = await load(exported);
    cellAt(wb, PF, 'row:r-fbw', PF_COLS.fbw).value = null;
    cellAt(wb, PF, 'row:r-egz', PF_COLS.fbw).value = 'x';
    cellAt(wb, PF, 'row:r-mag', PF_COLS.fbw).value = 'vielleicht';
    const result = await imported(wb);
    expect(listed(result).changes).toEqual([
      'Blatt „Maßnahmeportfolio“, Zelle N6: FbW-Zeile „Eingliederungszuschüsse (EGZ)“: nein → ja',
      'Blatt „Maßnahmeportfolio“, Zelle N17: FbW-Zeile „Fort- und Weiterbildung (FbW)“: ja → nein',
    ]);
    expect(listed(result).skipped).toEqual([
      expect.stringMatching(
        /Zelle N\d+: „vielleicht“ nicht übernommen: FbW-Zeile: erwartet „ja“ oder nichts$/,
      ),
    ]);
    const fbwRows = result.plan.schwerpunkte
      .flatMap((a) => a.rows)
      .filter((r) => r.kind === 'instrument' && r.fbw);
    expect(fbwRows.map((r) => r.id)).toEqual(['r-egz']);
  });

  it('deleted rows: taken where the app can delete them, listed where it cannot', async () => {
    const wb = await load(exported);
    const del = (sheet: string, tag: string) => deleteRowLikeExcel(wb, sheet, rowOfTag(wb, sheet, tag));
    del('Drittmittel', 'dm:dm-talentwerkstatt');
    del('Drittmittel', 'dm:dm-land-nrw-esf'); // finances the TEP row
    del(PF, 'row:r-bae'); // abH is "enthalten in" BaE
    del('Haushalt (EGT)', 'hh:vorbindungen');
    del('Haushalt (EGT)', 'zw:zw-fluechtlinge-2');
    const result = await imported(wb);
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Haushalt (EGT)“, Zeile 7 (beim Export): Zeile gelöscht: „Zweite Tranche Mittel Flüchtlinge“',
        'Blatt „Drittmittel“, Zeile 5 (beim Export): Zeile gelöscht: „Inklusionsinitiative („Talentwerkstatt“)“',
      ],
      skipped: [
        'Blatt „Haushalt (EGT)“, Zeile 12 (beim Export): Löschung der Zeile „− Vorbindungen“ nicht übernommen: die Zeile gehört fest zum Aufbau des Blatts; ihre Werte bleiben wie beim Export',
        'Blatt „Maßnahmeportfolio“, Zeile 18 (beim Export): Löschung der Zeile „Außerbetriebliche Berufsausbildung (BaE)“ nicht übernommen: „Ausbildungsbegleitende Hilfen (abH)“ ist in dieser Maßnahme enthalten. Ändern Sie zuerst deren Finanzierung',
        'Blatt „Drittmittel“, Zeile 7 (beim Export): Löschung der Zeile „Land NRW und ESF (Produktionsschule, Chance Zukunft, Jugend in Arbeit, öffentli…“ nicht übernommen: „Land NRW und ESF (Produktionsschule, Chance Zukunft, Jugend in Arbeit, öffentlich geförderte Beschäftigung NRW, Teilzeitberufsausbildung)“ finanziert noch Maßnahmen im Maßnahmeportfolio. Ändern Sie zuerst deren Finanzierung',
      ],
    });
    expect(result.plan.haushalt.vorbindungen).toEqual(plan.haushalt.vorbindungen);
    expect(areaRowIds(result.plan, 'hs-qualifizierung')).toEqual(['r-fbw', 'r-bae', 'r-asa', 'r-abh']);
    expect(result.plan.drittmittel.map((d) => d.id)).toEqual([
      'dm-esf-lza',
      'dm-soziale-teilhabe',
      'dm-land-nrw-esf',
    ]);
  });

  it('a whole block deleted deletes its Handlungsschwerpunkt', async () => {
    const wb = await load(exported);
    const from = rowOfTag(wb, PF, 'area:hs-alleinerziehende');
    const to = rowOfTag(wb, PF, 'anteil:hs-alleinerziehende');
    for (let n = to; n >= from; n--) deleteRowLikeExcel(wb, PF, n);
    const result = await imported(wb);
    expect(result.plan.schwerpunkte.map((a) => a.id)).toEqual([
      'hs-integration',
      'hs-qualifizierung',
      'hs-lzb',
    ]);
    expect(listed(result).changes).toEqual([
      'Blatt „Maßnahmeportfolio“, Zeile 39 (beim Export): Handlungsschwerpunkt gelöscht: „Beschäftigungsmöglichkeiten für Alleinerziehende nutzen“',
      'Blatt „Maßnahmeportfolio“, Zeile 40 (beim Export): Zeile in „Beschäftigungsmöglichkeiten für Alleinerziehende nutzen“ gelöscht: „Vermittlungsprojekt für Alleinerziehende und Frauen“',
      'Blatt „Maßnahmeportfolio“, Zeile 41 (beim Export): Zeile in „Beschäftigungsmöglichkeiten für Alleinerziehende nutzen“ gelöscht: „KENNE gute Arbeit für Alleinerziehende (über AVGS-MAT)“',
      'Blatt „Maßnahmeportfolio“, Zeile 42 (beim Export): Zeile in „Beschäftigungsmöglichkeiten für Alleinerziehende nutzen“ gelöscht: „JobAct Family über AVGS-MAT“',
      'Blatt „Maßnahmeportfolio“, Zeile 43 (beim Export): Zeile in „Beschäftigungsmöglichkeiten für Alleinerziehende nutzen“ gelöscht: „TEP-Projekt: Teilzeitberufsausbildung – Einstieg begleiten – Perspektiven öffnen“',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('a number typed over the derived Umschichtungsquote switches the Umschichtung to a share', async () => {
    const wb = await load(exported);
    cellAt(wb, 'Haushalt (EGT)', 'hh:umschichtungsquote', 3).value = 0.03;
    const result = await imported(wb);
    // The amount typed before stays beside it (the rounding pair, zielplanung.md B.2).
    expect(result.plan.haushalt.umschichtung.plan).toEqual({ mode: 'quote', quote: 0.03, betrag: 830_000 });
    expect(listed(result)).toEqual({
      changes: ['Blatt „Haushalt (EGT)“, Zelle C10: Umschichtungsquote 2016: leer → 3,0 %'],
      skipped: [],
    });
  });

  it('the Deckblatt: Jobcenter, Status and author are taken, the year and labels are not', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet('Deckblatt')!;
    ws.getCell('C4').value = 'Jobcenter Düsseldorf (Entwurf)';
    ws.getCell('C5').value = 2017;
    ws.getCell('C7').value = 'Abstimmung';
    ws.getCell('C9').value = 'Haushalt, Frau Beispiel';
    ws.getCell('B15').value = 'Eckwerte';
    const result = await imported(wb);
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Deckblatt“, Zelle C4: Jobcenter: „Jobcenter Düsseldorf“ → „Jobcenter Düsseldorf (Entwurf)“',
        'Blatt „Deckblatt“, Zelle C7: Status: „Entwurf“ → „Abstimmung“',
        'Blatt „Deckblatt“, Zelle C9: Erstellt von: „AMIP-Planer (Beispiel)“ → „Haushalt, Frau Beispiel“',
      ],
      skipped: [
        'Blatt „Deckblatt“, Zelle C5: „2017“ nicht übernommen: das Planungsjahr ändert die App (Fortschreibung in ein neues Jahr), nicht die Arbeitsmappe',
        'Blatt „Deckblatt“, Zelle B15: „Eckwerte“ nicht übernommen: Beschriftung, die die App selbst schreibt; bitte in der App ändern',
      ],
    });
    expect(result.plan.header).toMatchObject({
      jobcenter: 'Jobcenter Düsseldorf (Entwurf)',
      year: 2016,
      status: 'Abstimmung',
      author: 'Haushalt, Frau Beispiel',
    });
  });

  it('lists a sheet that was deleted and one that was added', async () => {
    const wb = await load(exported);
    wb.removeWorksheet(wb.getWorksheet('Prüfungen')!.id);
    wb.addWorksheet('Notizen').getCell('A1').value = 'Fragen an die Geschäftsführung';
    const result = await imported(wb);
    expect(listed(result).skipped).toEqual([
      'Blatt „Prüfungen“: Löschung des Blatts nicht übernommen: seine Werte bleiben wie beim Export',
      'Blatt „Notizen“: neues Blatt nicht übernommen: Blätter, die nicht aus dem AMIP-Planer stammen, liest die App nicht ein',
    ]);
  });

  it('never says "nothing changed" when something did: every visible cell edited is listed by its address', async () => {
    const wb = await load(exported);
    const { layouts, book } = prepareWorkbook(plan);
    const inputs = new Set([...book.inputs.values()].map((p) => `${p.sheet}!${p.row}:${p.col}`));
    const edited: string[] = [];
    for (const layout of layouts) {
      const ws = wb.getWorksheet(layout.name)!;
      for (let row = 1; row <= ws.rowCount; row++)
        for (let col = 2; col <= layout.columns.length; col++) {
          const cell = ws.getCell(row, col);
          if (cell.type === ExcelJS.ValueType.Merge) continue;
          const v = cell.value;
          if (typeof v === 'string') cell.value = `${v} (geändert)`;
          else if (typeof v === 'number') cell.value = v + 1;
          else if (v && typeof v === 'object' && 'formula' in v) cell.value = 12_345;
          else cell.value = inputs.has(`${layout.name}!${row}:${col}`) ? 7 : 'x';
          edited.push(`${layout.name}!${cell.address}`);
        }
    }
    const result = await imported(wb);
    const named = new Set(
      [...result.changes, ...result.skipped].flatMap((e) => e.cell.split(', ').map((c) => `${e.sheet}!${c}`)),
    );
    expect(edited.length).toBeGreaterThan(900);
    expect(edited.filter((a) => !named.has(a))).toEqual([]);
  });

  it('refuses a workbook whose columns were moved', async () => {
    const wb = await load(exported);
    wb.getWorksheet(PF)!.spliceColumns(4, 0, []);
    const result = await importWorkbook(await save(wb));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        'Blatt „Maßnahmeportfolio“, Zelle D3: Spaltenüberschrift „Finanzierung“ erwartet, gefunden nichts.',
      ),
    });
  });
});

describe('importWorkbook: reference rows', () => {
  it("moves and deletes references as the grid does, and keeps one from its owner's area", async () => {
    const plan = generatePlan({ rows: 60, seed: 1 });
    const wb = await load(await exportWorkbook(plan, { now: NOW }));
    const cut = (tag: string) => {
      const values = wb.getWorksheet(PF)!.getRow(rowOfTag(wb, PF, tag)).values as ExcelJS.CellValue[];
      deleteRowLikeExcel(wb, PF, rowOfTag(wb, PF, tag));
      return [values[1] ?? null, ...values.slice(2)];
    };
    // r-1-9 refers to r-1-2 (area hs-1-0): it cannot go there. r-1-16 refers to r-1-6: it may go to hs-1-3.
    const r9 = cut('ref:r-1-9');
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'sum:hs-1-0'), r9);
    const r16 = cut('ref:r-1-16');
    insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'sum:hs-1-3'), r16);
    deleteRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'ref:r-1-13'));
    deleteRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'row:r-1-4')); // r-1-14 still refers to it
    const result = await imported(wb);
    expect(areaRowIds(result.plan, 'hs-1-0')).toEqual([
      'r-1-0',
      'r-1-1',
      'r-1-2',
      'r-1-3',
      'r-1-4',
      'r-1-5',
      'r-1-6',
    ]);
    expect(areaRowIds(result.plan, 'hs-1-1')).toEqual([
      'r-1-7',
      'r-1-8',
      'r-1-9',
      'r-1-10',
      'r-1-11',
      'r-1-12',
    ]);
    expect(areaRowIds(result.plan, 'hs-1-3').at(-1)).toBe('r-1-16');
    expect(listed(result)).toEqual({
      changes: [
        'Blatt „Maßnahmeportfolio“, Zeile 23 (beim Export): Zeile in „Qualifizierung Geringqualifizierter“ gelöscht: Verweis auf „Einstiegsgeld (ESG) 1“',
        'Blatt „Maßnahmeportfolio“, Zelle B44: Verweis auf „Einstiegsgeld (ESG) 7“ verschoben: „Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit“ → „Alleinerziehende“',
      ],
      skipped: [
        'Blatt „Maßnahmeportfolio“, Zeile 9 (beim Export): Löschung der Zeile „Eingliederungszuschüsse (EGZ) 5“ nicht übernommen: Auf diese Maßnahme verweist ein anderer Handlungsschwerpunkt. Löschen Sie zuerst den Verweis',
        'Blatt „Maßnahmeportfolio“, Zelle B11: Verschiebung von Verweis auf „Vermittlungsprojekt „Neustart“ 3“ nicht übernommen: ein Verweis kann nicht in den Handlungsschwerpunkt verschoben werden, dem die Maßnahme gehört',
      ],
    });
  });
});

describe('importWorkbook: a workbook saved again by LibreOffice', () => {
  it('unedited: nothing listed; edited like a planner: the same list as without LibreOffice', async () => {
    const plan = beispielplan();
    const exported = await exportWorkbook(plan, { now: NOW });
    const unedited = await importWorkbook(await saveWithLibreOffice(exported));
    expect(unedited.ok && { changes: unedited.changes, skipped: unedited.skipped }).toEqual({
      changes: [],
      skipped: [],
    });
    const wb = await load(exported);
    editLikeAPlanner(wb, plan);
    const edited = await importWorkbook(await saveWithLibreOffice(await save(wb)), { now: NOW });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(listed(edited)).toEqual(PLANNER_EDITS);
  }, 120_000);
});

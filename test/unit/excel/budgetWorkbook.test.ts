/**
 * The sheets Globalbudget and Verpflichtungen in the workbook: every new figure a live formula
 * (LibreOffice recalculates what the core computes, 0 mismatches), inputs changed in the file
 * move every figure alike, and the import takes the new inputs and texts back.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Calculation } from '../../../shared/calc/engine';
import { hh } from '../../../shared/calc/egtChain';
import { exportWorkbook, prepareWorkbook } from '../../../shared/excel/exportWorkbook';
import { formatChange, formatSkip } from '../../../shared/excel/import/changeList';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { parseCellKey } from '../../../shared/model/cellKey';
import { writeInputRef } from '../../../shared/model/inputs';
import type { Plan } from '../../../shared/model/plan';
import { globalbudgetBeispiel } from '../../../shared/sample/globalbudgetBeispiel';
import { rowOfTag } from '../../support/excelRowEdits';
import { formulaCoverage, sameValue } from '../../support/workbookFigures';
import { runXlsxcheck } from '../../support/xlsxcheck';

const NOW = new Date('2026-01-15T09:00:00Z');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

function applyEdits(plan: Plan, edits: Record<string, number>): Plan {
  return Object.entries(edits).reduce((p, [key, value]) => writeInputRef(p, parseCellKey(key)!, value), plan);
}

describe('Globalbudget and Verpflichtungen in the workbook', () => {
  it('the sample exports with 0 mismatches and every new figure a formula with the core’s value', async () => {
    const plan = globalbudgetBeispiel();
    const bytes = await exportWorkbook(plan, { now: NOW });
    const result = await runXlsxcheck(bytes, 'globalbudget.xlsx');
    expect(result.mismatches).toEqual([]);
    const coverage = formulaCoverage(plan, result.cells);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    const sheets = new Set(result.cells.map((c) => c.sheet));
    expect(sheets.has('Globalbudget')).toBe(true);
    expect(sheets.has('Verpflichtungen')).toBe(true);
    // The chain's Mittelausstattung and Vorbindungen are formulas on the two sheets now.
    const book = prepareWorkbook(plan).book;
    const at = (id: string) => {
      const a = book.figures.get(id)!;
      return result.cells.find(
        (c) => c.sheet === a.sheet && c.cell === `${String.fromCharCode(64 + a.col)}${a.row}`,
      );
    };
    expect(at(hh('plan', 'mittelausstattung'))?.formula).toBe('EGM_Grundlage');
    expect(at(hh('plan', 'vorbindungen'))?.formula).toBe('Vorbindungen_Register');
    expect(at(hh('plan', 'vorbindungsquote'))?.recalculated).toBeCloseTo(630_000 / 7_400_000, 12);
  }, 120_000);

  it('estimates, staff, a commitment and an explicit yearly amount changed in Excel: LibreOffice follows the core', async () => {
    const plan = globalbudgetBeispiel();
    const edits = {
      'gs.gs-bmas.egm': 8_500_000,
      'ps.sollVzae': 152.5,
      'vp.vp-umschulung-2015.gesamt': 300_000,
      'vj.vp-teilhabe.2017': 100_000,
      've.2017': 900_000,
      'row.r-bae.mittelansatz': 360_000,
    };
    const wb = await load(await exportWorkbook(plan, { now: NOW }));
    const book = prepareWorkbook(plan).book;
    for (const [key, value] of Object.entries(edits)) {
      const at = book.inputs.get(key);
      if (!at) throw new Error(`${key} hat keine Eingabezelle`);
      wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = value;
    }
    // The Stand of the Verordnung's estimate and a commitment's end typed as text.
    const gb = wb.getWorksheet('Globalbudget')!;
    gb.getCell(rowOfTag(wb, 'Globalbudget', 'gs:gs-einglmv'), 3).value = '12.2015';
    const vp = wb.getWorksheet('Verpflichtungen')!;
    vp.getCell(rowOfTag(wb, 'Verpflichtungen', 'vp:vp-coaching-2016'), 6).value = '06.2017';
    vp.getCell(rowOfTag(wb, 'Verpflichtungen', 'vp:vp-bae-2015'), 6).value = '06.2015';
    vp.getCell(rowOfTag(wb, 'Verpflichtungen', 'vp:vp-bae-2015'), 8).value = 'Jahresbeträge';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const result = await runXlsxcheck(edited, 'globalbudget-geaendert.xlsx');
    const mutated = applyEdits(plan, edits);
    const calc = new Calculation(mutated);
    expect(result.mismatches.length).toBeGreaterThan(5); // really recalculated
    const coverage = formulaCoverage(mutated, result.cells, calc);
    expect(coverage.missing).toEqual([]);
    expect(coverage.wrong).toEqual([]);
    expect(calc.get('gb.umschichtungBrutto')).toBe(11_675_000 - 10_300_000);
    expect(calc.get('vp.vorbindungen')).toBe(360_000 + 150_000 + 150_000);
    const recalculated = (formula: string) => result.cells.find((c) => c.formula === formula)?.recalculated;
    expect(sameValue(calc.get(hh('plan', 'mittelausstattung')), recalculated('EGM_Grundlage') ?? null)).toBe(
      true,
    );

    const back = await importWorkbook(edited, { now: NOW });
    if (!back.ok) throw new Error(back.message);
    expect(back.changes.map(formatChange)).toEqual([
      'Blatt „Maßnahmeportfolio“, Zelle F19: Mittelansatz „Berufsausbildung in außerbetrieblichen Einrichtungen (BaE)“: 300.000 € → 360.000 €',
      'Blatt „Globalbudget“, Zelle E5: Eingliederungsmittel (Vorläufige Schätzwerte des BMAS (Stand 11.2015)): 8.600.000 € → 8.500.000 €',
      'Blatt „Globalbudget“, Zelle C6: Stand: leer → „12.2015“',
      'Blatt „Globalbudget“, Zelle C39: Soll-VZÄ: 150 → 152,5',
      'Blatt „Verpflichtungen“, Zelle G5: Gesamtbetrag „Umschulung 2015 (Träger B)“: 240.000 € → 300.000 €',
      'Blatt „Verpflichtungen“, Zelle J6: Kasse „Lohnkostenzuschüsse 2015 bis 2017“ 2017: 150.000 € → 100.000 €',
      'Blatt „Verpflichtungen“, Zelle F7: Ende: „03.2017“ → „06.2017“',
      'Blatt „Verpflichtungen“, Zelle C27: Verpflichtungsermächtigung 2017: 800.000 € → 900.000 €',
    ]);
    expect(back.skipped.map(formatSkip)).toEqual([
      'Blatt „Verpflichtungen“, Zelle F4: „06.2015“ nicht übernommen: Das Ende 06.2015 liegt vor dem Beginn 08.2015.',
      'Blatt „Verpflichtungen“, Zelle H4: „Jahresbeträge“ nicht übernommen: Auswahlfeld; bitte in der App wählen',
    ]);
    const expected = {
      ...mutated,
      globalbudget: {
        ...mutated.globalbudget,
        schaetzungen: mutated.globalbudget.schaetzungen.map((s) =>
          s.id === 'gs-einglmv' ? { ...s, stand: '2015-12' } : s,
        ),
      },
      verpflichtungen: {
        ...mutated.verpflichtungen,
        eintraege: mutated.verpflichtungen.eintraege.map((v) =>
          v.id === 'vp-coaching-2016' ? { ...v, ende: '2017-06' } : v,
        ),
      },
    };
    expect({
      ...back.plan,
      id: plan.id,
      header: { ...back.plan.header, changedAt: plan.header.changedAt },
    }).toEqual(expected);
  }, 180_000);
});

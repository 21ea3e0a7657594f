import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeImportCommand } from '../../../../electron/cli/importCommand';
import { runCli } from '../../../../electron/cli/runCli';
import { exportWorkbook } from '../../../../shared/excel/exportWorkbook';
import { importWorkbook } from '../../../../shared/excel/importWorkbook';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { CONTRADICTION_LISTED, planWithContradiction } from '../../../support/contradictingFormula';
import { insertRowLikeExcel, rowOfTag } from '../../../support/excelRowEdits';
import { fakeIo } from './fakeIo';

const PF = 'Maßnahmeportfolio';

/** The command with workbooks from a map instead of the disk. */
function commandWith(files: Record<string, Uint8Array>) {
  return makeImportCommand({
    async readBinary(path) {
      const bytes = files[path];
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    importWorkbook: (bytes) => importWorkbook(bytes),
  });
}

let exported: Uint8Array;
let edited: Uint8Array;
beforeAll(async () => {
  exported = await exportWorkbook(beispielplan());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(exported as unknown as Parameters<typeof wb.xlsx.load>[0]);
  insertRowLikeExcel(wb, PF, rowOfTag(wb, PF, 'sum:hs-qualifizierung'), [
    null,
    'Coaching',
    'I',
    'EGT',
    25,
    120_000,
  ]);
  wb.getWorksheet(PF)!.getCell(rowOfTag(wb, PF, 'row:r-esg'), 2).value = 'Einstiegsgeld für Gründungen';
  wb.getWorksheet(PF)!.getCell(rowOfTag(wb, PF, 'total'), 5).value = 1;
  edited = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('amip import ARBEITSMAPPE.xlsx [AUSGABE.amip.json]', () => {
  it('writes the new plan, prints what it took and what not; exit 1 because one edit was not taken', async () => {
    const io = fakeIo();
    expect(await commandWith({ 'b.xlsx': edited }).run(['b.xlsx', 'neu.amip.json'], io)).toBe(1);
    expect(io.err()).toBe('');
    expect(io.out()).toBe(
      [
        'b.xlsx: 5 Änderungen übernommen, 1 nicht übernommen.',
        'Übernommen:',
        '  Blatt „Maßnahmeportfolio“, Zelle B7: Instrument: „Einstiegsgeld (ESG)“ → „Einstiegsgeld für Gründungen“',
        '  Blatt „Maßnahmeportfolio“, Zelle B21: neue Zeile in „Qualifizierung Geringqualifizierter“: „Coaching“',
        '  Blatt „Maßnahmeportfolio“, Zelle C21: Förderkategorie „Coaching“: leer → I',
        '  Blatt „Maßnahmeportfolio“, Zelle E21: Eintritte „Coaching“: leer → 25',
        '  Blatt „Maßnahmeportfolio“, Zelle F21: Mittelansatz „Coaching“: leer → 120.000 €',
        'Nicht übernommen:',
        '  Blatt „Maßnahmeportfolio“, Zelle E49: „1“ nicht übernommen: abgeleitete Zahl (Formel); die App berechnet sie selbst',
        'Neuer Plan „Jobcenter Düsseldorf 2016 – Beispielplan Düsseldorf 2016“ geschrieben: neu.amip.json',
        '',
      ].join('\n'),
    );
    const written = parsePlanFile(io.files.get('neu.amip.json')!);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.plan.id).not.toBe(beispielplan().id);
    const quali = written.plan.schwerpunkte.find((a) => a.id === 'hs-qualifizierung')!.rows;
    expect(quali.at(-1)).toMatchObject({
      instrument: 'Coaching',
      kategorie: 'I',
      eintritte: 25,
      mittelansatz: 120_000,
    });
  });

  it('lists a stored formula that contradicts its value as not taken, with its cell (exit 1)', async () => {
    const io = fakeIo();
    const bytes = await exportWorkbook(planWithContradiction());
    expect(await commandWith({ 'f.xlsx': bytes }).run(['f.xlsx'], io)).toBe(1);
    expect(io.out()).toBe(
      [
        'f.xlsx: 0 Änderungen übernommen, 1 nicht übernommen.',
        'Nicht übernommen:',
        `  ${CONTRADICTION_LISTED}`,
        'Kein Plan geschrieben (Vorschau); mit AUSGABE.amip.json wird er gespeichert.',
        '',
      ].join('\n'),
    );
  });

  it('an unedited workbook: exit 0 and says there is no change; without AUSGABE nothing is written', async () => {
    const io = fakeIo();
    expect(await commandWith({ 'a.xlsx': exported }).run(['a.xlsx'], io)).toBe(0);
    expect(io.out()).toBe(
      'a.xlsx: keine Änderung gegenüber dem Export.\n' +
        'Kein Plan geschrieben (Vorschau); mit AUSGABE.amip.json wird er gespeichert.\n',
    );
    expect(io.files.size).toBe(0);
  });

  it('refuses with exit 2 and a German message: not a workbook, a damaged zip, a foreign workbook', async () => {
    const damaged = exported.slice(0, exported.length - 200);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Tabelle1').getCell('A1').value = 'Hallo';
    const files = {
      'notiz.xlsx': new TextEncoder().encode('Das ist keine Arbeitsmappe.'),
      'kaputt.xlsx': damaged,
      'fremd.xlsx': new Uint8Array(await foreign.xlsx.writeBuffer()),
    };
    for (const [name, message] of [
      ['notiz.xlsx', 'Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.'],
      [
        'kaputt.xlsx',
        'Die Datei ist beschädigt: das Ende des ZIP-Archivs fehlt (ist die Datei abgeschnitten?).',
      ],
      ['fremd.xlsx', 'Diese Arbeitsmappe stammt nicht aus dem AMIP-Planer'],
    ] as const) {
      const io = fakeIo();
      expect(await commandWith(files).run([name, 'x.amip.json'], io)).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toContain(
        `${name} kann nicht eingelesen werden; es wurde nichts geschrieben.\n  ${message}`,
      );
      expect(io.files.size).toBe(0);
    }
    // Scrambled compressed data in the middle: whatever stage notices it, nothing is written.
    const scrambled = exported.slice();
    for (let i = 2_000; i < 6_000; i++) scrambled[i] = (scrambled[i]! * 31 + 7) & 0xff;
    const io = fakeIo();
    expect(await commandWith({ 'wirr.xlsx': scrambled }).run(['wirr.xlsx', 'x.amip.json'], io)).toBe(2);
    expect(io.err()).toMatch(
      /^wirr\.xlsx kann nicht eingelesen werden; es wurde nichts geschrieben\.\n {2}\S.+\n$/,
    );
    expect(io.files.size).toBe(0);
  });

  it('refuses a wrong call, a wrong output name and a missing file, each in one German line', async () => {
    const io = fakeIo();
    const command = commandWith({ 'a.xlsx': exported });
    expect(await command.run([], io)).toBe(2);
    expect(await command.run(['a.xlsx', 'b.amip.json', 'c'], io)).toBe(2);
    expect(await command.run(['a.xlsx', 'plan.json'], io)).toBe(2);
    expect(await command.run(['fehlt.xlsx'], io)).toBe(2);
    expect(io.err()).toBe(
      'Dateiname fehlt. Aufruf: amip import ARBEITSMAPPE.xlsx [AUSGABE.amip.json]\n' +
        'Zu viele Angaben. Aufruf: amip import ARBEITSMAPPE.xlsx [AUSGABE.amip.json]\n' +
        'Die Ausgabedatei muss auf .amip.json enden: plan.json\n' +
        'Datei nicht gefunden: fehlt.xlsx\n',
    );
  });

  it('is in the command table and the help', async () => {
    const io = fakeIo();
    expect(await runCli(['help'], io)).toBe(0);
    // The usage column is as wide as the longest command's usage.
    expect(io.out()).toMatch(
      /\n {2}import ARBEITSMAPPE\.xlsx \[AUSGABE\.amip\.json\] +in Excel bearbeitete Arbeitsmappe als neuen Plan einlesen/,
    );
  });
});

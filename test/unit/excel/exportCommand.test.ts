import { describe, expect, it } from 'vitest';
import { makeExportCommand } from '../../../electron/cli/exportCommand';
import { serializePlanFile } from '../../../shared/file/planFile';
import { importWorkbook } from '../../../shared/excel/importWorkbook';
import { beispielplan } from '../../../shared/sample/beispielplan';
import { fakeIo } from '../electron/cli/fakeIo';

describe('amip export DATEI AUSGABE.xlsx', () => {
  const written = new Map<string, Uint8Array>();
  const command = makeExportCommand({
    exportWorkbook: (plan) =>
      import('../../../shared/excel/exportWorkbook').then((m) => m.exportWorkbook(plan)),
    writeBinary: async (path, bytes) => void written.set(path, bytes),
  });

  it('writes the workbook of the plan file, which reads back as the same plan', async () => {
    const io = fakeIo({ 's.amip.json': serializePlanFile(beispielplan()) });
    expect(await command.run(['s.amip.json', 'out.xlsx'], io)).toBe(0);
    expect(io.out()).toMatch(/^Excel-Arbeitsmappe geschrieben: out\.xlsx \(\d+ KB\)\n$/);
    const back = await importWorkbook(written.get('out.xlsx')!);
    expect(back.ok && back.sourcePlanId).toBe(beispielplan().id);
  });

  it('refuses a wrong call, a wrong extension and a missing file in German', async () => {
    const io = fakeIo();
    expect(await command.run(['s.amip.json'], io)).toBe(2);
    expect(await command.run(['s.amip.json', 'out.xls'], io)).toBe(2);
    expect(await command.run(['fehlt.amip.json', 'out.xlsx'], io)).toBe(2);
    expect(io.err()).toBe(
      'Angaben fehlen. Aufruf: amip export DATEI AUSGABE.xlsx\n' +
        'Die Ausgabedatei muss auf .xlsx enden: out.xls\n' +
        'Datei nicht gefunden: fehlt.amip.json\n',
    );
  });
});

// Runs the real entry point in a child process: proves the wiring, stdout/stderr and exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportWorkbook } from '../../../../shared/excel/exportWorkbook';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';

const root = resolve(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'amip-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isWindows = process.platform === 'win32';

function amip(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    shell: isWindows,
    // A command that hangs is killed (status null) and fails its test instead of the run.
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npx tsx electron/cli.ts', () => {
  it('sample FILE → validate → compute → check, with real files and exit codes', () => {
    const file = join(dir, 's.amip.json');
    expect(amip('sample', file).code).toBe(0);
    expect(parsePlanFile(readFileSync(file, 'utf8')).ok).toBe(true);

    const validate = amip('validate', file);
    expect(validate).toMatchObject({ code: 0, out: `${file}: gültig\n` });

    const compute = amip('compute', file);
    expect(compute.code).toBe(0);
    expect(JSON.parse(compute.out).figures['haushalt.plan.mittelFuerNeufaelle']).toBeTypeOf('number');

    expect(amip('check', file).code).toBe(0);
  }, 60_000);

  it('a broken file: one German line on stderr, exit 2, no stack trace', () => {
    const bad = join(dir, 'kaputt.amip.json');
    writeFileSync(bad, '{ "format": ');
    const r = amip('compute', bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${bad} ist kein gültiger Plan:\n  keine gültige JSON-Datei`);
    expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  }, 60_000);

  it('import: an edited workbook becomes a plan file (exit 0); a text file and a FIFO are refused at once (exit 2)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportWorkbook(beispielplan())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Maßnahmeportfolio')!;
    const esg = ws.getColumn(1).values.findIndex((v) => v === 'row:r-esg');
    ws.getCell(esg, 2).value = 'Einstiegsgeld für Gründungen';
    const book = join(dir, 'bearbeitet.xlsx');
    writeFileSync(book, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'neu.amip.json');
    const ok = amip('import', book, out);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Zelle B7: Instrument: „Einstiegsgeld (ESG)“ → „Einstiegsgeld für Gründungen“');
    const written = parsePlanFile(readFileSync(out, 'utf8'));
    expect(written.ok && written.plan.schwerpunkte[0]!.rows[2]).toMatchObject({
      id: 'r-esg',
      instrument: 'Einstiegsgeld für Gründungen',
    });

    const text = join(dir, 'notiz.xlsx');
    writeFileSync(text, 'keine Arbeitsmappe');
    const refused = amip('import', text);
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toContain('Die Datei ist keine Excel-Arbeitsmappe (.xlsx)');

    const fifo = join(dir, 'pipe.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const pipe = amip('import', fifo);
    expect(pipe).toMatchObject({ code: 2, out: '' });
    expect(pipe.err).toBe(
      `${fifo} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.\n`,
    );
  }, 60_000);

  it('validate FIFO: exit 2 with one German line; the FIFO is never opened', () => {
    const pipe = join(dir, 'pipe.amip.json');
    execFileSync('mkfifo', [pipe]);
    expect(amip('validate', pipe)).toEqual({
      code: 2,
      out: '',
      err: `${pipe} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.\n`,
    });
  }, 60_000);

  it.skipIf(isWindows)(
    'the documented pipeline `npm run cli -- sample > s.amip.json && npm run cli -- compute s.amip.json` works',
    () => {
      const r = spawnSync(
        'sh',
        ['-c', `npm run cli -- sample > "${dir}/p.amip.json" && npm run cli -- compute "${dir}/p.amip.json"`],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('"haushalt.plan.verfuegbaresEgt": 39530000');
    },
    60_000,
  );
});

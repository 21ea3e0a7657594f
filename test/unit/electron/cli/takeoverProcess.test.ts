// `amip takeover` through the real entry point in a child process: real files, exit codes 0/1/2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { LEGACY_LAYOUTS, buildWorkbook } from '../../../support/legacyWorkbooks';

const root = resolve(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'amip-takeover-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function amip(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npx tsx electron/cli.ts takeover', () => {
  it('exit 1 with a wrong total, 0 without, 2 for a file that is no workbook or no regular file', async () => {
    const layout = (id: string) => LEGACY_LAYOUTS.find((l) => l.id === id)!;
    const wrong = join(dir, 'AMIP_2016.xlsx');
    writeFileSync(wrong, await buildWorkbook(layout('veroeffentlicht')));
    const out = join(dir, 'neu.amip.json');
    const one = amip('takeover', wrong, out);
    expect(one.code).toBe(1);
    expect(one.out).toContain(
      '  Zeile 17 „Gesamtsumme“: in der Datei 13.694.250 €, berechnet 13.680.000 €, Differenz 14.250 €\n',
    );
    expect(parsePlanFile(readFileSync(out, 'utf8')).ok).toBe(true);

    const right = join(dir, 'Planung JC Nordstadt.xlsx');
    writeFileSync(right, await buildWorkbook(layout('tausend-euro')));
    const zero = amip('takeover', right, join(dir, 'nord.amip.json'));
    expect(zero).toMatchObject({ code: 0, err: '' });
    expect(zero.out).toContain('Neuer Plan „Jobcenter Nordstadt 2017 – Übernahme aus Excel“ geschrieben');

    const text = join(dir, 'notiz.xlsx');
    writeFileSync(text, 'keine Arbeitsmappe');
    const refused = amip('takeover', text, join(dir, 'nichts.amip.json'));
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toBe(
      `${text} kann nicht übernommen werden; es wurde nichts geschrieben.\n  Die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv.\n`,
    );
    expect(existsSync(join(dir, 'nichts.amip.json'))).toBe(false);

    if (process.platform !== 'win32') {
      const fifo = join(dir, 'pipe.xlsx');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      expect(amip('takeover', fifo, join(dir, 'nichts.amip.json'))).toEqual({
        code: 2,
        out: '',
        err: `${fifo} ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.\n`,
      });
    }
  }, 120_000);
});

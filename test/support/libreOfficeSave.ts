/**
 * Opens a workbook in LibreOffice and saves it again as .xlsx, as a planner without Excel would:
 * LibreOffice rewrites formulas (sheet names without quotes), shared strings and styles.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sofficeBinary } from './xlsxcheck';

export function saveWithLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const soffice = sofficeBinary();
  const dir = mkdtempSync(join(tmpdir(), 'amip-lo-save-'));
  mkdirSync(join(dir, 'in'));
  const input = join(dir, 'in', 'mappe.xlsx');
  writeFileSync(input, bytes);
  const args = [
    // An own profile: a soffice already running (xlsxcheck) must not take over the request.
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    join(dir, 'out'),
    input,
  ];
  return new Promise((done, fail) => {
    execFile(soffice, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
      try {
        if (error)
          throw new Error(`LibreOffice konnte die Mappe nicht speichern: ${stderr || error.message}`);
        done(new Uint8Array(readFileSync(join(dir, 'out', 'mappe.xlsx'))));
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Runs the shared xlsxcheck tool (LibreOffice recalculates every formula and compares it with
 * the cached value). CI clones the repository with `shared/` beside it, so the tool is at
 * `../shared/tools/xlsxcheck/xlsxcheck` relative to the repository root.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const XLSXCHECK = resolve(REPO_ROOT, '../shared/tools/xlsxcheck/xlsxcheck');

export interface CheckedCell {
  sheet: string;
  cell: string;
  formula: string;
  cached: number | string | boolean | null;
  recalculated: number | string | boolean | null;
  match: boolean;
}

export interface XlsxcheckResult {
  cells: CheckedCell[];
  mismatches: CheckedCell[];
  exitCode: number;
  summary: string;
}

const SOFFICE_MISSING =
  'LibreOffice (soffice) fehlt: die Formelprüfung braucht es. Installieren mit ' +
  '`apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-openpyxl`.';

/** The soffice binary; fails (never skips) when LibreOffice is missing, naming the package. */
export function sofficeBinary(): string {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  const dir = (process.env.PATH ?? '').split(delimiter).find((d) => d && existsSync(join(d, 'soffice')));
  if (dir) return join(dir, 'soffice');
  if (existsSync('/usr/lib/libreoffice/program/soffice')) return '/usr/lib/libreoffice/program/soffice';
  throw new Error(SOFFICE_MISSING);
}

/** Fails (never skips) when LibreOffice or the xlsxcheck tool is missing. */
export function requireLibreOffice(): void {
  sofficeBinary();
  if (!existsSync(XLSXCHECK))
    throw new Error(`xlsxcheck nicht gefunden unter ${XLSXCHECK} (shared/ neben dem Repository klonen).`);
}

export function runXlsxcheck(bytes: Uint8Array, name = 'workbook.xlsx'): Promise<XlsxcheckResult> {
  requireLibreOffice();
  const dir = mkdtempSync(join(tmpdir(), 'amip-xlsxcheck-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return new Promise((done, fail) => {
    execFile(
      XLSXCHECK,
      ['--timeout', '120', file],
      { maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        const exitCode = error ? Number((error as { code?: number }).code ?? 2) : 0;
        if (exitCode === 2 || stdout.trim() === '') {
          fail(new Error(`xlsxcheck konnte die Datei nicht prüfen (Exit ${exitCode}): ${stderr}`));
          return;
        }
        const cells = JSON.parse(stdout) as CheckedCell[];
        done({ cells, mismatches: cells.filter((c) => !c.match), exitCode, summary: stderr.trim() });
      },
    );
  });
}

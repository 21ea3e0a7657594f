/**
 * One sheet of a workbook as LibreOffice prints it: the text of each page under the sheet's title. Needs LibreOffice
 * (libreoffice-calc-nogui) and pdftotext (poppler-utils); fails naming them when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sofficeBinary } from './xlsxcheck';

export function printSheetPages(bytes: Uint8Array, title: string): string[] {
  const soffice = sofficeBinary();
  if (!existsSync('/usr/bin/pdftotext'))
    throw new Error('pdftotext fehlt: Debian-Paket poppler-utils installieren.');
  const work = mkdtempSync(join(tmpdir(), 'amip-pages-'));
  try {
    // The whole workbook, not a copy with the other sheets hidden: ExcelJS drops manual page
    // breaks when it reads a file. The sheet's pages are those under its repeated title.
    mkdirSync(join(work, 'profile'), { recursive: true });
    writeFileSync(join(work, 'sheet.xlsx'), bytes);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        join(work, 'sheet.xlsx'),
      ],
      {
        env: { ...process.env, HOME: work, SAL_USE_VCLPLUGIN: 'svp', DISPLAY: '' },
        stdio: 'ignore',
        timeout: 180_000,
      },
    );
    execFileSync('pdftotext', ['-layout', join(work, 'sheet.pdf'), join(work, 'sheet.txt')]);
    return readFileSync(join(work, 'sheet.txt'), 'utf8')
      .split('\f')
      .filter((page) => page.includes(title));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

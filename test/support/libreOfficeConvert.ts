/**
 * Converts a document with LibreOffice (soffice --headless --convert-to pdf) in an own profile,
 * and returns the PDF with everything LibreOffice said on stderr. Fails naming the Debian
 * package when LibreOffice Writer is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sofficeBinary } from './xlsxcheck';

export const WRITER_MISSING =
  'LibreOffice Writer fehlt (soffice kann .docx nicht öffnen): apt-get install libreoffice-writer-nogui';

export function requireWriter(): void {
  sofficeBinary();
  if (!existsSync('/usr/lib/libreoffice/program/libswlo.so')) throw new Error(WRITER_MISSING);
}

/** Lines of soffice's stderr that say nothing about the document (no Java on this machine). */
const ENVIRONMENT_NOISE = /failed to launch javaldx/;

export function convertToPdf(
  bytes: Uint8Array,
  name = 'programm.docx',
): Promise<{ pdf: Uint8Array; warnings: string[] }> {
  requireWriter();
  const dir = mkdtempSync(join(tmpdir(), 'amip-lo-pdf-'));
  mkdirSync(join(dir, 'in'));
  const input = join(dir, 'in', name);
  writeFileSync(input, bytes);
  const args = [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(dir, 'out'),
    input,
  ];
  return new Promise((done, fail) => {
    execFile(sofficeBinary(), args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      try {
        if (error)
          throw new Error(`LibreOffice konnte das Dokument nicht umwandeln: ${stderr || error.message}`);
        const out = join(dir, 'out', name.replace(/\.docx$/, '.pdf'));
        if (!existsSync(out)) throw new Error(`LibreOffice hat kein PDF geschrieben: ${stderr}`);
        const warnings = stderr
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !ENVIRONMENT_NOISE.test(l));
        done({ pdf: new Uint8Array(readFileSync(out)), warnings });
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands';
import {
  findChromium,
  findPrintView,
  makePdfCommand,
  PdfError,
  serveDirectory,
} from '../../../../electron/cli/pdfCommand';
import type { PdfDeps } from '../../../../electron/cli/pdfCommand';
import { runCli } from '../../../../electron/cli/runCli';
import { serializePlanFile } from '../../../../shared/file/planFile';
import type { Plan } from '../../../../shared/model/plan';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { fakeIo } from './fakeIo';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

function fakeDeps(render: (plan: Plan) => Promise<Uint8Array> = async () => PDF) {
  const written = new Map<string, Uint8Array>();
  const rendered: Plan[] = [];
  const deps: PdfDeps = {
    render: async (plan) => {
      rendered.push(plan);
      return render(plan);
    },
    writeBinary: async (path, bytes) => void written.set(path, bytes),
  };
  return { deps, written, rendered };
}

const run = (deps: PdfDeps, args: string[], files: Record<string, string> = {}) => {
  const io = fakeIo(files);
  return runCli(['pdf', ...args], io, [makePdfCommand(deps)]).then((code) => ({ code, io }));
};

describe('amip pdf', () => {
  it('is in the command table', () => {
    expect(COMMANDS.map((c) => c.name)).toContain('pdf');
  });

  it('renders the plan of the file and writes the PDF bytes', async () => {
    const { deps, written, rendered } = fakeDeps();
    const { code, io } = await run(deps, ['p.amip.json', 'out.pdf'], {
      'p.amip.json': serializePlanFile(beispielplan()),
    });
    expect(code).toBe(0);
    expect(rendered).toHaveLength(1);
    expect(rendered[0]!.header.jobcenter).toBe('Jobcenter Düsseldorf');
    expect(written.get('out.pdf')).toEqual(PDF);
    expect(io.out()).toBe('PDF geschrieben: out.pdf\n');
  });

  it('refuses a wrong call before reading anything', async () => {
    const { deps, rendered } = fakeDeps();
    const missing = await run(deps, ['p.amip.json']);
    expect(missing.code).toBe(2);
    expect(missing.io.err()).toBe('Angaben fehlen. Aufruf: amip pdf DATEI AUSGABE.pdf\n');
    const notPdf = await run(deps, ['p.amip.json', 'out.docx']);
    expect(notPdf.code).toBe(2);
    expect(notPdf.io.err()).toContain('muss auf .pdf enden');
    expect(rendered).toHaveLength(0);
  });

  it('an invalid plan file is reported, nothing rendered', async () => {
    const { deps, rendered } = fakeDeps();
    const { code, io } = await run(deps, ['p.amip.json', 'out.pdf'], { 'p.amip.json': '{"format":"x"}' });
    expect(code).toBe(2);
    expect(io.err()).toContain('p.amip.json ist kein gültiger Plan');
    expect(rendered).toHaveLength(0);
  });

  it('a missing print view or browser becomes one German sentence', async () => {
    const { deps, written } = fakeDeps(async () => {
      throw new PdfError('Die Druckansicht ist nicht gebaut.');
    });
    const { code, io } = await run(deps, ['p.amip.json', 'out.pdf'], {
      'p.amip.json': serializePlanFile(beispielplan()),
    });
    expect(code).toBe(2);
    expect(io.err()).toBe('Die Druckansicht ist nicht gebaut.\n');
    expect(written.size).toBe(0);
  });
});

describe('pdf prerequisites', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('says how to build the print view when dist/renderer/print.html is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'amip-view-'));
    expect(() => findPrintView([dir])).toThrow(/npm run build:web/);
    writeFileSync(join(dir, 'print.html'), '<!doctype html>');
    expect(findPrintView([join(dir, 'nope'), dir])).toBe(dir);
  });

  it('names the Debian package when Chromium is missing', () => {
    expect(() => findChromium('/nicht/vorhanden/chromium')).toThrow(/apt-get install chromium/);
  });

  it('serves the print view on 127.0.0.1 and nothing outside it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'amip-serve-'));
    mkdirSync(join(dir, 'view'));
    writeFileSync(join(dir, 'view', 'print.html'), '<p>Druck</p>');
    writeFileSync(join(dir, 'geheim.txt'), 'nicht ausliefern');
    const server = await serveDirectory(join(dir, 'view'));
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(`${server.url}print.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toBe('<p>Druck</p>');
      const escape = await fetch(`${server.url}..%2Fgeheim.txt`);
      expect(escape.status).not.toBe(200);
      expect(await escape.text()).not.toContain('nicht ausliefern');
      expect((await fetch(`${server.url}fehlt.js`)).status).toBe(404);
      expect((await fetch(`${server.url}print.html`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

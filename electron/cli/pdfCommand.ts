/**
 * `amip pdf DATEI AUSGABE.pdf`: the Trägerversammlung pack as PDF, rendered by the built print
 * view (dist/renderer/print.html) in headless Chromium, the same page the app prints.
 *
 * The print view is served from 127.0.0.1 on a free port for the duration of one run (module
 * scripts do not load from file://); page size, orientation and the "Seite x von y" footer come
 * from the view's print CSS, so Chromium is asked to honour the CSS page size.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../shared/model/plan';
import { EXIT_ERROR, EXIT_OK } from './cliIo';
import type { CliCommand } from './command';
import { readPlanAndOutput } from './planAndOutput';
import { describeWriteError } from './readPlan';
import { replaceFile } from '../files/regularFiles';

/** Chromium flags for a quiet, offline, one-shot headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** A failure with a message for the user (German); anything else is a bug. */
export class PdfError extends Error {}

/** Where the built print view may be: the source tree (tsx) or beside the bundled CLI (dist/cli). */
export function printViewCandidates(): string[] {
  const fromEnv = process.env.AMIP_PRINT_VIEW_DIR;
  return [
    ...(fromEnv ? [fromEnv] : []),
    fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
    fileURLToPath(new URL('../renderer/', import.meta.url)),
  ];
}

export function findPrintView(candidates: readonly string[] = printViewCandidates()): string {
  const dir = candidates.find((d) => existsSync(join(d, 'print.html')));
  if (!dir)
    throw new PdfError(
      'Die Druckansicht ist nicht gebaut (dist/renderer/print.html fehlt). ' +
        'Bitte zuerst im Projektverzeichnis „npm run build:web“ ausführen und den Befehl wiederholen.',
    );
  return dir;
}

export function findChromium(path: string = process.env.AMIP_CHROMIUM ?? DEFAULT_CHROMIUM): string {
  if (!existsSync(path))
    throw new PdfError(
      `Chromium wurde nicht gefunden (${path}). Unter Debian/Ubuntu installieren mit „sudo apt-get install chromium“ ` +
        'oder den Pfad zu Chromium in der Umgebungsvariablen AMIP_CHROMIUM angeben.',
    );
  return path;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves `root` read-only on 127.0.0.1 (GET only, nothing outside `root`). Side effect: a listening socket. */
export async function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path === '/' ? 'print.html' : path));
    if (req.method !== 'GET' || !file.startsWith(base)) {
      res.writeHead(req.method !== 'GET' ? 405 : 403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RenderPdfOptions {
  printViewDir?: string;
  chromiumPath?: string;
}

/**
 * Renders the pack of `plan` to PDF bytes. Side effects: starts a local server and a headless
 * Chromium, both stopped before it returns.
 */
export async function renderPlanPdf(plan: Plan, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const dir = findPrintView(options.printViewDir ? [options.printViewDir] : undefined);
  const executablePath = findChromium(options.chromiumPath);
  // Loaded on demand: the other commands must not pay for (or need) the browser driver.
  const { chromium } = await import('playwright-core');
  const server = await serveDirectory(dir);
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${server.url}print.html`);
      await page.waitForFunction(() => window.amipPrint !== undefined, undefined, { timeout: 30_000 });
      await page.evaluate(async (p) => {
        await window.amipPrint!.render(p);
      }, plan);
      if (problems.length) throw new PdfError(`Die Druckansicht meldet einen Fehler: ${problems.join('; ')}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

export interface PdfDeps {
  render(plan: Plan): Promise<Uint8Array>;
  writeBinary(path: string, bytes: Uint8Array): Promise<void>;
}

const nodeDeps: PdfDeps = {
  render: (plan) => renderPlanPdf(plan),
  writeBinary: (path, bytes) => replaceFile(path, bytes),
};

export function makePdfCommand(deps: PdfDeps = nodeDeps): CliCommand {
  const command: CliCommand = {
    name: 'pdf',
    usage: 'DATEI AUSGABE.pdf',
    summary:
      'Vorlage für die Trägerversammlung als PDF (A4, mit Diagrammen; braucht Chromium und „npm run build:web“)',
    async run(args, io) {
      const read = await readPlanAndOutput(command, args, io, '.pdf');
      if (!read) return EXIT_ERROR;
      const { plan, output } = read;
      let bytes: Uint8Array;
      try {
        bytes = await deps.render(plan);
      } catch (e) {
        if (e instanceof PdfError) {
          io.stderr(`${e.message}\n`);
          return EXIT_ERROR;
        }
        throw e;
      }
      try {
        await deps.writeBinary(output, bytes);
      } catch (e) {
        io.stderr(`${describeWriteError(output, e)}\n`);
        return EXIT_ERROR;
      }
      io.stdout(`PDF geschrieben: ${output}\n`);
      return EXIT_OK;
    },
  };
  return command;
}

export const pdfCommand = makePdfCommand();

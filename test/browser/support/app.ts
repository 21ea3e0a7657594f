/**
 * Browser test support: serves the built UI (dist/renderer, `npm run build:web`) on 127.0.0.1
 * and drives Debian's Chromium with playwright-core. Generic, so every UI test can use it:
 *
 *   await withApp(async ({ page, url }) => { … }, { query: '?screen=portfolio' });
 *
 * or the pieces on their own: `startStaticServer(dir)`, `launchChromium()`, `openApp(browser, url)`.
 *
 * Stable selectors of the UI (keep them when changing the UI; other engineers rely on them):
 * - Shell: `menubar`, `menu-<datei|bearbeiten|ansicht|hilfe>`, `menuitem-<id>` (e.g. `menuitem-bearbeiten.undo`),
 *   `tab-<screen>` and `screen-<screen>` for uebersicht, haushalt, portfolio, bildung, kennzahlen, pruefungen,
 *   `undo-button`, `redo-button` (text says what they undo), `plan-title`,
 *   `status-line`, `status-message`, `stat-summe`, `stat-anzahl`, `stat-mittelwert`, `status-checks`.
 * - Grids: `grid-<id>` for portfolio, haushalt, drittmittel, ausserhalb, bildung, kennzahlen. Inside, AG Grid's
 *   own attributes: rows `[row-id="<id>"]` (instrument rows use the plan's row id, e.g. `r-egz`; area header
 *   `grp:<areaId>`, subtotal `sum:<areaId>`, grand total `total`, Haushalt lines `hh:<field>` and
 *   `fig:<figure>` (`fig:summeEingliederungsmittel`), Zuweisungen `zw:<id>`, Drittmittel `dm:<id>`, Bildung
 *   `bz:<1..10>`, Kennzahlen `kz:<key>`; a sheet's row ids are the workbook's row tags, shared/outline/),
 *   cells `[col-id="<column>"]`.
 *   Open editor: `cell-editor`; German input error next to it: `cell-error`.
 * - Portfolio toolbar: `row-insert`, `row-duplicate`, `row-delete`, `row-up`, `row-down`, `target-area`,
 *   `row-move-area`, `row-reference`, `area-add`, `area-rename`, `area-up`, `area-down`, `area-delete`,
 *   `toggle-all`, group toggles `toggle-<areaId>`; key figures `fig-<figureId>`.
 * - Haushalt: `zuweisung-add`, `zuweisung-remove`, `drittmittel-add`, `drittmittel-remove`, `ausserhalb-add`,
 *   `ausserhalb-remove`.
 * - Übersicht: `kpi-<figure>-value` (verfuegbaresEgt, mittelFuerNeufaelle, geplanterMitteleinsatz,
 *   egtAuslastung, umschichtungsquote, drittmittel, mittelAktiveAmp), `kpi-egtAuslastung[data-tone]`
 *   (ok | amber | red), `kpi-rest`, `open-checks`, `chart-table`, `header-jobcenter|year|status|variante`.
 * - Prüfungen: `checks-table`, `check-row`, `check-jump`, `sort-severity`.
 * - Ziele: `tab-ziele`, `screen-ziele`; grids `grid-ziele` (rows `zl:<zielId>`, area headings
 *   `bereich:<I..V|lokal>`), `grid-ziele-segmente` (`seg:<zielId>`, `seg:gesamt`, `seg:aenderung`),
 *   `grid-ziele-vorjahr` (`vj:<zielId>`), `grid-ziele-weitere`, `grid-ziele-dialog`
 *   (`zi:<dialogId>.<zielId>`); `ziel-add`, `ziel-remove`, `zv-kopf` (the header's <details>),
 *   `partei-add`, `partei-row`, `zv-rechenbasis-<gedruckt|voll>`, `dialog-add`, `dialog-remove`;
 *   on the Übersicht `ziele-card`, `ziele-card-summary`, `ziel-status` (with `[data-status]`).
 * - Test hook: `window.__amip = { planStore, uiStore }`. URL parameters: `?screen=<id>`, `?bench=<rows>`.
 */
import { CHROMIUM_ARGS } from '../../../electron/cli/pdfCommand';
import { CONTENT_TYPES } from '../../../electron/webFallback.mjs';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST_DIR = resolve(import.meta.dirname, '../../../dist/renderer');

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A tiny static file server for a built directory, on a free port of 127.0.0.1. */
export async function startStaticServer(dir: string = DIST_DIR): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(
      `${dir}/index.html fehlt: zuerst \`npm run build:web\` ausführen (test:browser tut das).`,
    );
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface LaunchedBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile. Fails (never skips) when it is missing.
 */
export async function launchChromium(
  opts: { width?: number; height?: number } = {},
): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium fehlt unter ${CHROMIUM_PATH}. Bitte das Debian-Paket \`chromium\` installieren (apt-get install chromium) ` +
        'oder CHROMIUM_PATH setzen.',
    );
  const userDataDir = mkdtempSync(join(tmpdir(), 'amip-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
    locale: 'de-DE',
  });
  const browser = context.browser();
  return {
    // launchPersistentContext has no separate Browser object; the context stands in for it.
    browser: browser as Browser,
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until the shell is there; page errors fail the test. */
export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { appErrors?: string[] }).appErrors = errors;
  await page.goto(url);
  await page.getByTestId('status-line').waitFor({ timeout: 30_000 });
  return page;
}

/** Errors the page reported so far (uncaught exceptions, console errors). */
export function appErrors(page: Page): string[] {
  return (page as Page & { appErrors?: string[] }).appErrors ?? [];
}

export interface AppFixture {
  page: Page;
  url: string;
  context: BrowserContext;
}

/** Serves dist/renderer, opens the app in a fresh Chromium, runs `fn`, cleans everything up. */
export async function withApp<T>(
  fn: (app: AppFixture) => Promise<T>,
  opts: { query?: string; width?: number; height?: number } = {},
): Promise<T> {
  const server = await startStaticServer();
  let launched: LaunchedBrowser | null = null;
  try {
    launched = await launchChromium(opts);
    const url = server.url + (opts.query ?? '');
    const page = await openApp(launched.context, url);
    return await fn({ page, url, context: launched.context });
  } finally {
    await launched?.close();
    await server.close();
  }
}

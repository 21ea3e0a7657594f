/**
 * Issue 11, point 2, in Chromium: the 3 MB workbook with three hidden 1 GiB entries (the zip
 * directory's count field names only the real ones), and the 9 MB workbook inside every archive
 * limit whose portfolio holds 3,98 million elements of junk, are opened through Datei → Öffnen…;
 * the import worker refuses each with its German message, the renderer's memory hardly moves (it
 * took 4,8 GB and 0,86 GB before), and nothing in the app or its database changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../electron/cli/pdfCommand';
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import { beispielplan } from '../../shared/sample/beispielplan';
import { HOSTILE_WORKBOOKS, packWorkbooks } from '../support/hostileWorkbooks';
import { CHROMIUM_PATH, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { rendererMb } from './support/rendererMemory';

let server: StaticServer;
let dir: string;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-hostile-'));
  // launchChromium fails with the Debian package name when Chromium is missing; this test needs
  // a Browser of its own (not a persistent context) to read the renderer's process id.
  await (await launchChromium()).close();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function appState(page: Page): Promise<{ planId: string; stored: string[] }> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __amip: { planStore: { getState(): { plan: { id: string } } } };
      __amipStorage: { db: { plans: { toCollection(): { primaryKeys(): Promise<string[]> } } } };
    };
    return {
      planId: w.__amip.planStore.getState().plan.id,
      stored: (await w.__amipStorage.db.plans.toCollection().primaryKeys()).sort(),
    };
  });
}

/** Opens `bytes` as `name` through Datei → Öffnen…; the alert's text and the renderer's growth in MB. */
async function refusedInBrowser(name: string, bytes: Uint8Array): Promise<{ text: string; grewMb: number }> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const page = await openApp(context, server.url);
    const before = await appState(page);
    const baseline = await rendererMb(browser, 'VmRSS');
    await page.getByTestId('menu-datei').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('menuitem-datei.oeffnen').click(),
    ]);
    await chooser.setFiles(file);
    const alert = page.getByTestId('error-dialog').getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const text = (await alert.textContent()) ?? '';
    const grewMb = (await rendererMb(browser, 'VmHWM')) - baseline;
    expect(await appState(page)).toEqual(before);
    return { text, grewMb };
  } finally {
    await context.close();
  }
}

describe('a hostile workbook in the browser', () => {
  it('three hidden 1 GiB entries: refused in German, renderer memory bounded, nothing changed', async () => {
    const hostile = HOSTILE_WORKBOOKS.find((h) => h.id === 'count-field-lies')!;
    const { text, grewMb } = await refusedInBrowser(
      'Versteckt.xlsx',
      hostile.build(await exportWorkbook(beispielplan())),
    );
    expect(text).toContain('„Versteckt.xlsx“ kann nicht geöffnet werden; es wurde nichts geändert.');
    // The count the exported workbook's directory names (its sheets decide it): the refusal's own text.
    expect(text).toMatch(hostile.refusal);
    // Inflating one hidden entry alone would add 1 GiB; the app with its data needs ~220 MB.
    expect(grewMb).toBeLessThan(150);
  });

  it('a sheet inside every archive limit that does not fit the embedded plan: refused before ExcelJS, memory bounded', async () => {
    const hostile = packWorkbooks(20_000).find((h) => h.id === 'inside-every-limit')!;
    const { text, grewMb } = await refusedInBrowser(
      'Aufgebläht.xlsx',
      hostile.build(await exportWorkbook(beispielplan())),
    );
    expect(text).toContain('„Aufgebläht.xlsx“ kann nicht geöffnet werden; es wurde nichts geändert.');
    expect(text).toMatch(/Blatt „Maßnahmeportfolio“ enthält mehr als [\d.]+ XML-Elemente/);
    // ExcelJS parsing it took 640 MB above the app's own memory.
    expect(grewMb).toBeLessThan(150);
  });
});

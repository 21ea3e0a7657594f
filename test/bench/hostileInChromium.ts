/**
 * Opens a workbook through Datei → Öffnen… in a fresh Chromium per file and measures the
 * renderer's peak resident memory (VmHWM; the import's Web Worker runs in that process) and the
 * time until the app answers. Used by `npm run bench:hostile`.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../electron/cli/pdfCommand';
import { CHROMIUM_PATH, openApp, startStaticServer } from '../browser/support/app';
import { rendererMb } from '../browser/support/rendererMemory';

export interface BrowserOutcome {
  answer: string;
  ms: number;
  baselineMb: number;
  peakMb: number;
}

export async function start(): Promise<{
  open(file: string): Promise<BrowserOutcome>;
  close(): Promise<void>;
}> {
  const server = await startStaticServer();
  return {
    close: () => server.close(),
    async open(file) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      try {
        const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 768 } });
        const page = await openApp(context, server.url);
        const baselineMb = await rendererMb(browser, 'VmRSS');
        await page.getByTestId('menu-datei').click();
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByTestId('menuitem-datei.oeffnen').click(),
        ]);
        const t0 = performance.now();
        await chooser.setFiles(file);
        const alert = page.getByTestId('error-dialog').getByRole('alert');
        const summary = page.getByTestId('import-summary');
        await alert.or(summary).first().waitFor({ timeout: 120_000 });
        const ms = performance.now() - t0;
        const answer = (await alert.count()) ? ((await alert.textContent()) ?? '') : 'eingelesen';
        const peakMb = await rendererMb(browser, 'VmHWM');
        return { answer, ms, baselineMb, peakMb };
      } catch (e) {
        return {
          answer: `Fehler: ${e instanceof Error ? e.message : String(e)}`,
          ms: NaN,
          baselineMb: NaN,
          peakMb: NaN,
        };
      } finally {
        await browser.close();
      }
    },
  };
}

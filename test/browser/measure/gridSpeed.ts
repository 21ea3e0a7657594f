/**
 * Grid speed, measured in Chromium against the built UI (run `npm run build:web` first):
 *
 *   npx tsx test/browser/measure/gridSpeed.ts [rows…]     (default: Beispielplan and 5000)
 *
 * - commit → repaint: performance.now() at the Enter that commits an edit (capture phase) to
 *   the next animation frame, over 100 edits down the Mittelansatz column; p50/p95/max.
 * - opening the Maßnahmeportfolio: from the tab switch to the first rendered grid row.
 * Prints the figures; not a test (timings depend on the machine).
 */
import type { Page } from 'playwright-core';
import { launchChromium, openApp, startStaticServer } from '../support/app';

const EDITS = 100;

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

// In-page scripts as text: tsx would wrap arrow functions in a `__name` helper the page lacks.
const OPEN_PORTFOLIO = `new Promise((resolve) => {
  const t0 = performance.now();
  globalThis.__amip.uiStore.showScreen('portfolio');
  const check = () =>
    document.querySelector('[data-testid="grid-portfolio"] .ag-row')
      ? requestAnimationFrame(() => resolve(performance.now() - t0))
      : requestAnimationFrame(check);
  check();
})`;

const INSTALL_PROBE = `(() => {
  globalThis.__lat = [];
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !document.activeElement?.closest('.ag-cell-inline-editing')) return;
    const t0 = performance.now();
    requestAnimationFrame(() => globalThis.__lat.push(performance.now() - t0));
  }, true);
})()`;

async function openPortfolio(page: Page): Promise<number> {
  return (await page.evaluate(OPEN_PORTFOLIO)) as number;
}

async function commitLatencies(page: Page): Promise<number[]> {
  await page.evaluate(INSTALL_PROBE);
  const first = page
    .locator('[data-testid="grid-portfolio"] .ag-row.row-data .ag-cell[col-id="mittelansatz"]')
    .first();
  await first.click();
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.type(String(100_000 + i * 7));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(5);
    // Enter moved down; group and subtotal rows are read-only: move on to the next input cell
    for (let k = 0; k < 4; k++) {
      if ((await page.evaluate("!!document.activeElement?.classList.contains('cell-input')")) as boolean)
        break;
      await page.keyboard.press('ArrowDown');
    }
  }
  await page.waitForTimeout(100);
  return (await page.evaluate('globalThis.__lat')) as number[];
}

async function measure(label: string, query: string): Promise<void> {
  const server = await startStaticServer();
  const launched = await launchChromium();
  try {
    const page = await openApp(launched.context, server.url + query);
    const open = await openPortfolio(page);
    const lat = await commitLatencies(page);
    console.log(
      `${label}: Portfolio öffnen ${open.toFixed(0)} ms · Commit→Repaint über ${lat.length} Eingaben: ` +
        `p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`,
    );
  } finally {
    await launched.close();
    await server.close();
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
await measure('Beispielplan', '');
for (const rows of sizes.length ? sizes : [5000]) await measure(`${rows} Zeilen`, `?bench=${rows}`);

/**
 * Grid speed, measured in Chromium against the built UI (run `npm run build:web` first):
 *
 *   npx tsx test/browser/measure/gridSpeed.ts [rows…]     (default: Beispielplan and 5000)
 *
 * - commit → repaint: performance.now() at the Enter that commits an edit (capture phase) to
 *   the animation frame that shows the stored grand total (normally the next one), over 100
 *   edits down the Mittelansatz column (back to the top at the last row); p50/p95/max.
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

const TOTAL_CELL = '[data-testid="grid-portfolio"] .ag-row[row-id="total"] .ag-cell[col-id="mittelansatz"]';

// Per commit: from the Enter (capture phase) to the first animation frame at which the edit
// is stored and the grand total shows the stored sum; `late` counts edits where that was not
// the very next frame (an edit committed in a later task, a total repainted a frame late).
// The measured edits type whole euros, so de-DE grouping is the grid's format.
const INSTALL_PROBE = `(() => {
  globalThis.__lat = [];
  globalThis.__late = 0;
  const store = globalThis.__amip.planStore;
  const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
  const shown = () => document.querySelector('${TOTAL_CELL}')?.textContent ?? '';
  const stored = () => fmt.format(store.getState().calc.get('portfolio.mittelansatzEgt')) + ' €';
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !document.activeElement?.closest('.ag-cell-inline-editing')) return;
    const t0 = performance.now();
    const past = store.getState().history.past.length;
    let frames = 0;
    const frame = () => {
      frames += 1;
      const done = store.getState().history.past.length !== past && shown() === stored();
      if (!done && frames < 60) return requestAnimationFrame(frame);
      globalThis.__lat.push(performance.now() - t0);
      if (frames > 1) globalThis.__late += 1;
    };
    requestAnimationFrame(frame);
  }, true);
})()`;

const ON_INPUT_CELL = "!!document.activeElement?.classList.contains('cell-input')";
const ACTIVE_ROW = "Number(document.activeElement?.closest('.ag-row')?.getAttribute('row-index') ?? -1)";

async function openPortfolio(page: Page): Promise<number> {
  return (await page.evaluate(OPEN_PORTFOLIO)) as number;
}

async function toFirstInputCell(page: Page): Promise<void> {
  await page.keyboard.press('Control+Home');
  await page
    .locator('[data-testid="grid-portfolio"] .ag-row.row-data .ag-cell[col-id="mittelansatz"]')
    .first()
    .click();
}

/** 100 edits down the Mittelansatz column, wrapping to the top at the last row. */
async function commitLatencies(page: Page): Promise<{ lat: number[]; late: number }> {
  await page.evaluate(INSTALL_PROBE);
  await toFirstInputCell(page);
  for (let i = 0; i < EDITS * 2; i++) {
    if (((await page.evaluate('globalThis.__lat.length')) as number) >= EDITS) break;
    const row = (await page.evaluate(ACTIVE_ROW)) as number;
    // alternate values, so every edit changes the totals even after wrapping around
    const text = String(100_000 + (i % 2 === 0 ? i * 7 : 50_000 + i));
    await page.keyboard.type(text);
    // Enter only once the editor holds the text (the app's CSP forbids waitForFunction's eval)
    const editing = `!!document.activeElement?.closest('.ag-cell-inline-editing') && document.activeElement.value === '${text}'`;
    for (let t = 0; t < 200 && !((await page.evaluate(editing)) as boolean); t++)
      await page.waitForTimeout(5);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(5);
    // Enter moved down; group and subtotal rows are read-only: move on to the next input cell
    for (let k = 0; k < 4; k++) {
      if ((await page.evaluate(ON_INPUT_CELL)) as boolean) break;
      await page.keyboard.press('ArrowDown');
    }
    const next = (await page.evaluate(ACTIVE_ROW)) as number;
    if (!((await page.evaluate(ON_INPUT_CELL)) as boolean) || next <= row) await toFirstInputCell(page);
  }
  await page.waitForTimeout(100);
  const lat = (await page.evaluate('globalThis.__lat')) as number[];
  const late = (await page.evaluate('globalThis.__late')) as number;
  if (lat.length < EDITS) throw new Error(`${lat.length} statt ${EDITS} Eingaben gemessen`);
  return { lat: lat.slice(0, EDITS), late };
}

async function measure(label: string, query: string): Promise<void> {
  const server = await startStaticServer();
  const launched = await launchChromium();
  try {
    const page = await openApp(launched.context, server.url + query);
    const open = await openPortfolio(page);
    const { lat, late } = await commitLatencies(page);
    console.log(
      `${label}: Portfolio öffnen ${open.toFixed(0)} ms · Commit→Repaint über ${lat.length} Eingaben: ` +
        `p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms` +
        ` · ${late}× erst nach dem nächsten Frame`,
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

/**
 * What a planner arranged comes back (issue 16, habits 5 and 7): per plan the column widths,
 * the last sheet and the scroll position, and the undo history after a reload (also when the
 * page was closed right after the edit); the zoom (Strg +/−/0) is kept; the system's dark
 * mode darkens the app and the grids and stays axe-clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { axeScan } from './support/axe';
import { cell, expectCellText, showScreen, typeInto } from './support/grid';

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 5000 })
    .toBe('saved');
}

async function reopen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('status-line').waitFor({ timeout: 30_000 });
  await page.getByTestId('save-indicator').waitFor();
}

const headerWidth = (page: Page, col: string) =>
  page
    .locator(`[data-testid="grid-portfolio"] .ag-header-cell[col-id="${col}"]`)
    .evaluate((el) => el.getBoundingClientRect().width);

describe('Pro Plan gemerkt', () => {
  it('column width, last sheet and scroll position come back after a reload', async () => {
    await withApp(async ({ page, url }) => {
      await showScreen(page, 'portfolio');
      const before = await headerWidth(page, 'kategorie');
      // drag the Kat. column 60 px wider
      const handle = page.locator(
        '[data-testid="grid-portfolio"] .ag-header-cell[col-id="kategorie"] .ag-header-cell-resize',
      );
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 4 });
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      const wider = await headerWidth(page, 'kategorie');
      expect(wider).toBeGreaterThan(before + 40);
      // scroll down to the last Schwerpunkt
      await cell(page, 'portfolio', 'r-mag', 'instrument').click();
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(400);
      const topRow = () =>
        page.evaluate(() => {
          const g = document.querySelector('[data-testid="grid-portfolio"]')!;
          const headerBottom = g.querySelector('.ag-header')!.getBoundingClientRect().bottom;
          const shown = [...g.querySelectorAll('.ag-row[row-index]')]
            .filter((r) => /^\d+$/.test(r.getAttribute('row-index') ?? ''))
            .filter((r) => r.getBoundingClientRect().top >= headerBottom - 1)
            .map((r) => Number(r.getAttribute('row-index')));
          return shown.length ? Math.min(...shown) : -1;
        });
      const scrolledTo = await topRow();
      expect(scrolledTo).toBeGreaterThan(5);

      await reopen(page, url);
      // the last sheet of this plan, without ?screen
      await page.getByTestId('screen-portfolio').waitFor({ state: 'visible' });
      await expect.poll(() => headerWidth(page, 'kategorie')).toBeCloseTo(wider, 0);
      await expect.poll(topRow).toBeGreaterThan(5);

      await showScreen(page, 'kennzahlen');
      await reopen(page, url);
      await page.getByTestId('screen-kennzahlen').waitFor({ state: 'visible' });
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    });
  });

  it('the undo history survives a reload, also right after an edit, and only for the plan it belongs to', async () => {
    await withApp(async ({ page, url }) => {
      const portfolio = `${url}?screen=portfolio`;
      await reopen(page, portfolio);
      await typeInto(page, 'portfolio', 'r-egz', 'eintritte', '600');
      await typeInto(page, 'portfolio', 'r-esg', 'eintritte', '90');
      await expectCellText(page, 'portfolio', 'r-esg', 'eintritte', '90');
      await saved(page);
      await page.waitForTimeout(600); // the history is written a moment after the save
      await reopen(page, portfolio);
      expect(await page.getByTestId('undo-button').textContent()).toContain('Einstiegsgeld');
      await page.getByTestId('undo-button').click();
      await expectCellText(page, 'portfolio', 'r-esg', 'eintritte', '80');
      await page.getByTestId('undo-button').click();
      await expectCellText(page, 'portfolio', 'r-egz', 'eintritte', '550');
      // redo is kept too
      await saved(page);
      await page.waitForTimeout(600);
      await reopen(page, portfolio);
      expect(await page.getByTestId('redo-button').textContent()).toContain('Eingliederungszuschüsse');

      // closed right after typing (no time to save regularly): the edit and its undo step stay
      await typeInto(page, 'portfolio', 'r-eq', 'eintritte', '70');
      await reopen(page, portfolio);
      await expectCellText(page, 'portfolio', 'r-eq', 'eintritte', '70');
      expect(await page.getByTestId('undo-button').textContent()).toContain('Einstiegsqualifizierung');
      await page.getByTestId('undo-button').click();
      await expectCellText(page, 'portfolio', 'r-eq', 'eintritte', '50');

      // the stored plan changed elsewhere (another window's edit in the journal): the history is dropped
      await saved(page);
      await page.waitForTimeout(600);
      await page.evaluate(async () => {
        const s = (
          globalThis as unknown as {
            __amipStorage: {
              db: {
                editLog: { add(e: unknown): Promise<unknown> };
                plans: { toCollection(): { first(): Promise<{ id: string; rev: number }> } };
              };
            };
          }
        ).__amipStorage;
        const planId = (
          globalThis as unknown as { __amip: { planStore: { getState(): { plan: { id: string } } } } }
        ).__amip.planStore.getState().plan.id;
        await s.db.editLog.add({
          planId,
          at: new Date().toISOString(),
          author: 'jemand anderes',
          windowId: 'anderes-fenster',
          rev: 999,
          label: 'Eingabe',
          command: { type: 'setInputs', changes: [{ key: 'row.r-mia.eintritte', value: 851 }] },
          changes: [],
        });
      });
      await reopen(page, portfolio);
      await expectCellText(page, 'portfolio', 'r-mia', 'eintritte', '851');
      expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    });
  });
});

describe('Zoom und dunkle Darstellung', () => {
  it('Strg+/−/0 zoom the window, the level is kept; in a grid Strg+Alt+/− zoom', async () => {
    await withApp(
      async ({ page, url }) => {
        const zoom = () => page.evaluate(() => getComputedStyle(document.documentElement).zoom);
        await page.getByTestId('tab-portfolio').focus();
        await page.keyboard.press('Control++');
        await expect.poll(zoom).toBe('1.1');
        await page.keyboard.press('Control++');
        await expect.poll(zoom).toBe('1.25');
        expect(await page.getByTestId('status-message').textContent()).toBe('Zoom 125 %');
        await page.keyboard.press('Control+-');
        await expect.poll(zoom).toBe('1.1');
        await cell(page, 'portfolio', 'r-egz', 'eintritte').click();
        await page.keyboard.press('Control+Alt+-');
        await expect.poll(zoom).toBe('1');
        await page.keyboard.press('Control+Alt+-');
        await expect.poll(zoom).toBe('0.9');
        // the grid still works zoomed: a click lands on the clicked cell
        await typeInto(page, 'portfolio', 'r-mia', 'eintritte', '860');
        await expectCellText(page, 'portfolio', 'r-mia', 'eintritte', '860');
        await page.goto(url);
        await page.getByTestId('status-line').waitFor();
        await expect.poll(zoom).toBe('0.9');
        await page.keyboard.press('Control+0');
        await expect.poll(zoom).toBe('1');
      },
      { query: '?screen=portfolio' },
    );
  });

  it('the system’s dark mode: dark app and grids, still axe-clean', async () => {
    await withApp(
      async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        const shellBg = await page
          .locator('.app-shell')
          .evaluate(() => getComputedStyle(document.querySelector(':root')!).getPropertyValue('--bg'));
        expect(shellBg.trim()).not.toBe('#f2f4f7');
        const cellBg = await cell(page, 'portfolio', 'r-egz', 'eintritte').evaluate(
          (el) => getComputedStyle(el).backgroundColor,
        );
        const headerBg = await page
          .locator('[data-testid="grid-portfolio"] .ag-header')
          .evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(luminance(cellBg)).toBeLessThan(0.3);
        expect(luminance(headerBg)).toBeLessThan(0.3);
        const problems: string[] = [];
        for (const screen of ['portfolio', 'haushalt', 'bildung', 'kennzahlen', 'pruefungen']) {
          await showScreen(page, screen);
          await page.waitForTimeout(300);
          for (const v of await axeScan(page))
            if (v.impact === 'serious' || v.impact === 'critical')
              problems.push(`${screen}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        }
        expect(problems).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
        await showScreen(page, 'portfolio');
        const lightBg = await cell(page, 'portfolio', 'r-egz', 'eintritte').evaluate(
          (el) => getComputedStyle(el).backgroundColor,
        );
        expect(luminance(lightBg)).toBeGreaterThan(0.8);
      },
      { query: '?screen=portfolio' },
    );
  });
});

/**
 * The portfolio as a planner reads it (issue 16, habits 2, 3, 6): sort and filter on the
 * column headers and a quick filter as a view (the plan's order stays and comes back with one
 * click), Strg+F finds text; the Instrument column stays while scrolling right, headings and
 * sums are not cut, no column hides under the scroll bar at 1366 px; icon buttons and
 * abbreviated headers explain themselves.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { activeCell, cell, planOf, shownRowIds } from './support/grid';

interface Shape {
  schwerpunkte: { rows: { id: string; kind: string; eintritte?: number | null }[] }[];
}
const planOrder = async (page: Page) =>
  (await planOf<Shape>(page)).schwerpunkte.flatMap((a) => a.rows.map((r) => r.id));

const INTEGRATION_SHOWN = [
  'grp:hs-integration',
  'r-mag',
  'r-egz',
  'r-esg',
  'r-eq',
  'r-mia',
  'r-ftec',
  'r-vb',
];

describe('Sortieren und Filtern als Ansicht', () => {
  it('a header click sorts inside each Schwerpunkt; the plan keeps its order; "Planreihenfolge" brings it back', async () => {
    await withApp(
      async ({ page }) => {
        const before = await planOrder(page);
        const header = page.locator('[data-testid="grid-portfolio"] .ag-header-cell[col-id="eintritte"]');
        await header.click();
        await header.click(); // descending
        await expect
          .poll(async () => (await shownRowIds(page, 'portfolio')).slice(0, 8))
          .toEqual([
            'grp:hs-integration',
            'r-vb', // (2.500) nachrichtlich
            'r-mag', // 1.000
            'r-mia', // 850
            'r-egz', // 550
            'r-ftec', // 530
            'r-esg', // 80
            'r-eq', // 50
          ]);
        // headings and sums stay where they are
        expect((await shownRowIds(page, 'portfolio'))[8]).toBe('sum:hs-integration');
        expect(await header.getAttribute('aria-sort')).toBe('descending');
        expect(await page.getByTestId('view-state').textContent()).toContain('sortiert nach Eintritte');
        expect(await planOrder(page)).toEqual(before);
        // moving rows needs the plan's order
        await cell(page, 'portfolio', 'r-mia', 'instrument').click();
        await page.getByTestId('row-up').click();
        expect(await page.getByTestId('status-message').textContent()).toContain('Planreihenfolge');
        expect(await planOrder(page)).toEqual(before);

        await page.getByTestId('view-reset').click();
        await expect
          .poll(async () => (await shownRowIds(page, 'portfolio')).slice(0, 8))
          .toEqual(INTEGRATION_SHOWN);
        expect(await header.getAttribute('aria-sort')).toBe('none');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('quick filter and a column filter show the matching rows with their headings and sums; editing still works', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByTestId('quick-filter').fill('zuschüsse');
        await expect
          .poll(async () => (await shownRowIds(page, 'portfolio')).filter((id) => id.startsWith('r-')))
          .toEqual(['r-egz']);
        expect(await page.getByTestId('view-state').textContent()).toMatch(/gefiltert: 1 von \d+ Zeilen/);
        await page.getByTestId('quick-filter').fill('');

        // Eintritte größer als 800 (German number input)
        const header = page.locator('[data-testid="grid-portfolio"] .ag-header-cell[col-id="eintritte"]');
        await header.hover();
        await header.locator('.ag-header-cell-filter-button').click();
        const popup = page.locator('.ag-filter');
        await popup.locator('.ag-picker-field-wrapper').first().click();
        await page.getByRole('option', { name: 'Größer als', exact: true }).click();
        await popup.locator('input').first().fill('800');
        const big = await bigRows(page);
        expect(big.length).toBeGreaterThan(2);
        await expect
          .poll(async () => (await shownRowIds(page, 'portfolio')).filter((id) => id.startsWith('r-')))
          .toEqual(big);
        await page.keyboard.press('Escape');
        // a value typed in the view goes into the plan
        await cell(page, 'portfolio', 'r-mag', 'eintritte').click();
        await page.keyboard.type('1200');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('undo-button').textContent()).toContain('Eintritte');
        await page.getByTestId('view-reset').click();
        await expect
          .poll(async () => (await shownRowIds(page, 'portfolio')).slice(0, 8))
          .toEqual(INTEGRATION_SHOWN);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('Strg+F finds text in the grid: next and previous hit, Esc puts the focus on it', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-mag', 'instrument').click();
        await page.keyboard.press('Control+f');
        const input = page.getByTestId('find-input');
        await input.waitFor();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
          .toBe('find-input');
        await page.keyboard.type('ausbildung');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('find-status').textContent()).toMatch(/^1 von [2-9]/);
        // the typing stays in the find bar: Enter goes on
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('find-status').textContent()).toMatch(/^2 von/);
        await page.keyboard.press('Shift+Enter');
        await expect.poll(() => page.getByTestId('find-status').textContent()).toMatch(/^1 von/);
        await page.keyboard.press('Escape');
        await expect.poll(() => input.count()).toBe(0);
        const at = await activeCell(page);
        const text = await cell(page, 'portfolio', at!.rowId, at!.colId).textContent();
        expect(text?.toLowerCase()).toContain('ausbildung');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

/** Instrument rows with more than 800 Eintritte, in the plan's order. */
async function bigRows(page: Page): Promise<string[]> {
  return (await planOf<Shape>(page)).schwerpunkte
    .flatMap((a) => a.rows)
    .filter((r) => r.kind === 'instrument' && (r.eintritte ?? 0) > 800)
    .map((r) => r.id);
}

describe('Breite Tabellen auf 1366 px', () => {
  it('no column under the scroll bar; headings and sums whole; Instrument stays when scrolled right', async () => {
    await withApp(
      async ({ page }) => {
        const grid = '[data-testid="grid-portfolio"]';
        await cell(page, 'portfolio', 'r-egz', 'instrument').waitFor();
        const measure = () =>
          page.evaluate((g) => {
            const rect = (el: Element | null) => el?.getBoundingClientRect();
            const bar = rect(document.querySelector(`${g} .ag-body-vertical-scroll`));
            const last = [...document.querySelectorAll(`${g} .ag-row[row-id="r-egz"] .ag-cell`)]
              .map((c) => rect(c)!.right)
              .reduce((a, b) => Math.max(a, b), 0);
            const viewport = document.querySelector(`${g} .ag-center-cols-viewport`) as HTMLElement | null;
            return {
              barLeft: bar && bar.width > 0 ? bar.left : Infinity,
              lastRight: last,
              overflow: viewport ? viewport.scrollWidth - viewport.clientWidth : 0,
            };
          }, grid);
        // the widths are fitted once the first rows are drawn (a frame or two after they show on
        // a busy machine): wait for that, then the table must fit for good
        await expect
          .poll(
            async () => {
              const g = await measure();
              return g.lastRight - g.barLeft;
            },
            { timeout: 10_000 },
          )
          .toBeLessThanOrEqual(0.5);
        const geometry = await measure();
        expect(geometry.lastRight).toBeGreaterThan(1000);
        expect(geometry.lastRight).toBeLessThanOrEqual(geometry.barLeft + 0.5);
        expect(geometry.overflow).toBeLessThanOrEqual(0);

        // every heading, sum and pinned total shows its whole label
        const cut = await page.evaluate((g) => {
          const out: string[] = [];
          for (const c of document.querySelectorAll(
            `${g} .row-group .ag-cell[col-id="instrument"], ${g} .row-subtotal .ag-cell[col-id="instrument"], ${g} .ag-row-pinned .ag-cell[col-id="instrument"]`,
          )) {
            const el = c as HTMLElement;
            if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
              out.push(el.textContent ?? '');
          }
          return out;
        }, grid);
        expect(cut).toEqual([]);
        expect(await cell(page, 'portfolio', 'sum:hs-qualifizierung', 'instrument').textContent()).toBe(
          'Summe Qualifizierung Geringqualifizierter',
        );
      },
      { query: '?screen=portfolio' },
    );
    // a narrower window scrolls sideways: the Instrument column stays in place
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'instrument').click();
        await page.keyboard.press('End');
        await expect.poll(async () => (await activeCell(page))?.colId).toBe('funktion');
        const box = await cell(page, 'portfolio', 'r-egz', 'instrument').boundingBox();
        expect(box?.x).toBeLessThan(120);
        expect(await cell(page, 'portfolio', 'r-egz', 'funktion').isVisible()).toBe(true);
      },
      { query: '?screen=portfolio', width: 1000 },
    );
  });

  it('icon buttons have tooltips; nachr., FbW and Funktion explain themselves in the header', async () => {
    await withApp(
      async ({ page }) => {
        const toggle = page.locator('[data-testid^="toggle-"]:not([data-testid="toggle-all"])').first();
        for (const button of [
          ...['row-up', 'row-down', 'area-up', 'area-down'].map((id) => page.getByTestId(id)),
          toggle,
        ])
          expect(await button.getAttribute('title')).toMatch(/\w{4,}/);
        for (const col of ['nachrichtlich', 'fbw', 'funktion']) {
          const header = page.locator(
            `[data-testid="grid-portfolio"] .ag-header-cell[col-id="${col}"] .ag-header-cell-label`,
          );
          await header.hover();
          const box = (await header.boundingBox())!;
          await page.mouse.move(box.x + 3, box.y + 3, { steps: 3 });
          const tip = page.locator('.ag-tooltip');
          await tip.waitFor();
          expect(((await tip.textContent()) ?? '').length).toBeGreaterThan(15);
          await page.mouse.move(5, 5);
          await tip.waitFor({ state: 'detached' });
        }
      },
      { query: '?screen=portfolio' },
    );
  });
});

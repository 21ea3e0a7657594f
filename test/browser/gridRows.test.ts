/**
 * Several rows at once, as in Excel (issue 16, defect 1 and habit 1): selected rows are
 * deleted after a question, duplicated and moved together, each as one undo step; whole rows
 * are selected on their row header; Strg++ / Strg+- insert and delete rows; a context menu
 * (right click, Umschalt+F10) offers the same plus the clipboard. Beispielplan 2016.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { axeScan } from './support/axe';
import { activeCell, cell, expectCellText, planOf, selectedCells, selectedRowIds } from './support/grid';

interface PlanShape {
  schwerpunkte: { id: string; rows: { id: string; instrument?: string; eintritte?: number | null }[] }[];
}

const plan = (page: Page) => planOf<PlanShape>(page);
const ids = async (page: Page, area = 0) => (await plan(page)).schwerpunkte[area]!.rows.map((r) => r.id);
const INTEGRATION = ['r-mag', 'r-egz', 'r-esg', 'r-eq', 'r-mia', 'r-ftec', 'r-vb'];

const rowHeader = (page: Page, rowId: string) => cell(page, 'portfolio', rowId, 'zeilenkopf');

describe('Mehrere Zeilen', () => {
  it('Shift+↓ over three rows and "Löschen": asks, deletes all three, the highlight goes; one undo brings them back', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'instrument').click();
        await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Shift+ArrowDown');
        await page.getByTestId('row-delete').click();
        const dialog = page.getByTestId('confirm-dialog');
        await dialog.waitFor();
        expect(await dialog.textContent()).toContain('Einstiegsgeld (ESG)');
        // "Abbrechen" keeps everything
        await dialog.getByRole('button', { name: 'Abbrechen' }).click();
        expect(await ids(page)).toEqual(INTEGRATION);

        await page.getByTestId('row-delete').click();
        await page.getByTestId('confirm-dialog').getByRole('button', { name: '3 Zeilen löschen' }).click();
        await expect.poll(() => ids(page)).toEqual(['r-mag', 'r-mia', 'r-ftec', 'r-vb']);
        // the three-row highlight is gone: one cell where the rows were, with the keyboard focus
        await expect.poll(() => selectedCells(page, 'portfolio')).toEqual(['r-mia/instrument']);
        expect(await activeCell(page)).toMatchObject({ rowId: 'r-mia', colId: 'instrument' });

        await page.keyboard.press('Control+z');
        await expect.poll(() => ids(page)).toEqual(INTEGRATION);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('row header: a click selects the row, Shift+click whole rows; duplicate and move act on all of them', async () => {
    await withApp(
      async ({ page }) => {
        await rowHeader(page, 'r-esg').click();
        expect(await selectedRowIds(page, 'portfolio')).toEqual(['r-esg']);
        // the whole row, every column
        const columns = await page
          .locator('[data-testid="grid-portfolio"] .ag-header-cell[col-id]:not([col-id="zeilenkopf"])')
          .count();
        expect((await selectedCells(page, 'portfolio')).filter((c) => c.startsWith('r-esg/')).length).toBe(
          columns,
        );
        await rowHeader(page, 'r-eq').click({ modifiers: ['Shift'] });
        expect(await selectedRowIds(page, 'portfolio')).toEqual(['r-esg', 'r-eq']);

        // move up: both rows go one step, stay selected, one undo step
        await page.getByTestId('row-up').click();
        await expect
          .poll(() => ids(page))
          .toEqual(['r-mag', 'r-esg', 'r-eq', 'r-egz', 'r-mia', 'r-ftec', 'r-vb']);
        await expect.poll(() => selectedRowIds(page, 'portfolio')).toEqual(['r-esg', 'r-eq']);
        expect(await page.getByTestId('undo-button').textContent()).toContain('2 Zeilen verschieben');

        // duplicate: the copies follow the block
        await page.getByTestId('row-duplicate').click();
        await expect
          .poll(async () => (await plan(page)).schwerpunkte[0]!.rows.map((r) => r.instrument).slice(1, 5))
          .toEqual([
            'Einstiegsgeld (ESG)',
            'Einstiegsqualifizierung (EQ U25)',
            'Einstiegsgeld (ESG) (Kopie)',
            'Einstiegsqualifizierung (EQ U25) (Kopie)',
          ]);
        await page.keyboard.press('Control+z');
        await expect.poll(async () => (await ids(page)).length).toBe(7);
        await page.keyboard.press('Control+z');
        await expect.poll(() => ids(page)).toEqual(INTEGRATION);

        // Shift+Space selects the rows of a cell selection; Shift+↓ then goes on with whole rows
        await cell(page, 'portfolio', 'r-mia', 'eintritte').click();
        await page.keyboard.press('Shift+Space');
        await page.keyboard.press('Shift+ArrowDown');
        expect(await selectedRowIds(page, 'portfolio')).toEqual(['r-mia', 'r-ftec']);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('Strg++ inserts as many rows as are selected above them, Strg+- deletes the selected rows after asking', async () => {
    await withApp(
      async ({ page }) => {
        await rowHeader(page, 'r-esg').click();
        await rowHeader(page, 'r-eq').click({ modifiers: ['Shift'] });
        await page.keyboard.press('Control++');
        await expect.poll(async () => (await ids(page)).length).toBe(9);
        const after = await ids(page);
        expect(after.slice(0, 2)).toEqual(['r-mag', 'r-egz']);
        expect(after.slice(4, 6)).toEqual(['r-esg', 'r-eq']);
        expect(await page.getByTestId('undo-button').textContent()).toContain('2 Zeilen einfügen');
        const added = after.slice(2, 4);
        // the cursor is on the first new row
        await expect.poll(async () => (await activeCell(page))?.rowId).toBe(added[0]);

        await rowHeader(page, added[0]!).click();
        await rowHeader(page, added[1]!).click({ modifiers: ['Shift'] });
        await page.keyboard.press('Control+-');
        await page.getByTestId('confirm-dialog').getByRole('button', { name: '2 Zeilen löschen' }).click();
        await expect.poll(() => ids(page)).toEqual(INTEGRATION);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('the context menu: right click or Umschalt+F10, keyboard only, copy and paste, row commands; axe-clean', async () => {
    await withApp(
      async ({ page, context, url }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(url).origin,
        });
        await cell(page, 'portfolio', 'r-egz', 'eintritte').click({ button: 'right' });
        const menu = page.getByTestId('context-menu');
        await menu.waitFor();
        expect(await menu.getAttribute('role')).toBe('menu');
        // the first item has the focus; arrows move, Esc closes and the cell has the focus again
        expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ausschneiden');
        const violations = await axeScan(page, '[data-testid="context-menu"]');
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Kopieren');
        await page.keyboard.press('Enter');
        await menu.waitFor({ state: 'detached' });
        expect(await activeCell(page)).toMatchObject({ rowId: 'r-egz', colId: 'eintritte' });

        // paste it into the ESG row through the menu of the keyboard
        await cell(page, 'portfolio', 'r-esg', 'eintritte').click();
        await page.keyboard.press('Shift+F10');
        await menu.waitFor();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expectCellText(page, 'portfolio', 'r-esg', 'eintritte', '550');

        // row commands of the menu act on the selected rows
        await cell(page, 'portfolio', 'r-mia', 'instrument').click({ button: 'right' });
        await page.getByTestId('ctx-down').click();
        await expect.poll(async () => (await ids(page)).indexOf('r-mia')).toBe(5);
        await page.keyboard.press('Escape');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

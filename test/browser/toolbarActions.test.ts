/**
 * The toolbar buttons in a real browser: they run the actions of shared/actions and put the
 * cursor on the new or moved line (a new line's name open for typing). Beispielplan 2016.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { cell, expectCellText, typeInto } from './support/grid';

interface PlanShape {
  schwerpunkte: { id: string; name: string; rows: { id: string; instrument?: string }[] }[];
  drittmittel: { id: string; programm: string }[];
  haushalt: { ausserhalbEgt: { id: string; name: string }[] };
}

const plan = (page: Page): Promise<PlanShape> =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as { __amip: { planStore: { getState(): { plan: PlanShape } } } }
      ).__amip.planStore.getState().plan,
  );

const focusedRow = (page: Page, grid: string) =>
  page.locator(`[data-testid="grid-${grid}"] .ag-row-focus`).first().getAttribute('row-id');

describe('Maßnahmeportfolio toolbar', () => {
  it('duplicate, move across the area edge, new and renamed area: the cursor follows', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'instrument').click();
        await page.getByTestId('row-duplicate').click();
        await expect.poll(async () => (await plan(page)).schwerpunkte[0]!.rows.length).toBe(8);
        const copyId = (await plan(page)).schwerpunkte[0]!.rows[2]!.id;
        await expectCellText(
          page,
          'portfolio',
          copyId,
          'instrument',
          'Eingliederungszuschüsse (EGZ) (Kopie)',
        );
        await expect.poll(() => focusedRow(page, 'portfolio')).toBe(copyId);

        // the last row of Integration moves down into the first place of the next area
        await cell(page, 'portfolio', 'r-vb', 'instrument').click();
        await page.getByTestId('row-down').click();
        await expect.poll(async () => (await plan(page)).schwerpunkte[1]!.rows[0]!.id).toBe('r-vb');
        await expect.poll(() => focusedRow(page, 'portfolio')).toBe('r-vb');

        // a new area after the cursor's area, its name open for typing (typing replaces it)
        await page.getByTestId('area-add').click();
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.type('Neuer Schwerpunkt A');
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => (await plan(page)).schwerpunkte.map((a) => a.name)[2])
          .toBe('Neuer Schwerpunkt A');

        // rename the area the cursor is in
        await cell(page, 'portfolio', 'r-mag', 'instrument').click();
        await page.getByTestId('area-rename').click();
        await page.getByTestId('cell-editor').waitFor();
        expect(await page.getByTestId('cell-editor').inputValue()).toBe('Integration');
        await page.keyboard.type('Integration in Arbeit');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await plan(page)).schwerpunkte[0]!.name).toBe('Integration in Arbeit');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

describe('Haushalt toolbar', () => {
  it('a new Drittmittelprogramm and a new line outside the EGT open their names for typing', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByTestId('drittmittel-add').click();
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.type('ESF Plus');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await plan(page)).drittmittel.at(-1)?.programm).toBe('ESF Plus');

        await page.getByTestId('ausserhalb-add').click();
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.type('Kommunale Mittel');
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => (await plan(page)).haushalt.ausserhalbEgt.at(-1)?.name)
          .toBe('Kommunale Mittel');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=haushalt' },
    );
  });
});

describe('a typed value is a paste of one cell', () => {
  it('typing the value a cell already has records no undo step; another value does', async () => {
    await withApp(
      async ({ page }) => {
        // Berufsbereich 2, Förderung BGS is 140
        await typeInto(page, 'bildung', 'bz:2', 'foerderungBgs', '140');
        await expectCellText(page, 'bildung', 'bz:2', 'foerderungBgs', '140');
        expect(await page.getByTestId('undo-button').isDisabled()).toBe(true);
        await typeInto(page, 'bildung', 'bz:2', 'foerderungBgs', '141');
        await expectCellText(page, 'bildung', 'bz:2', 'foerderungBgs', '141');
        expect(await page.getByTestId('undo-button').textContent()).toContain('Förderung BGS');
      },
      { query: '?screen=bildung' },
    );
  });
});

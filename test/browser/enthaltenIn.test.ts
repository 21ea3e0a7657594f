/**
 * The Finanzierung dropdown of the Maßnahmeportfolio offers "enthalten in" only for rows that
 * may hold the money (shared/model/enthaltenIn.ts): never a target that closes a cycle or
 * builds a chain (issue 11, point 1). In the Beispielplan abH is "enthalten in" BaE.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import { cell, expectCellText } from './support/grid';

/** Opens the Finanzierung editor of a row with the keyboard and reads the offered values. */
async function offered(page: Page, rowId: string): Promise<string[]> {
  await cell(page, 'portfolio', rowId, 'finanzierung').click();
  await page.keyboard.press('F2');
  const editor = page.getByTestId('cell-editor');
  await editor.waitFor();
  const values = await editor
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await page.keyboard.press('Escape');
  return values;
}

describe('Finanzierung dropdown: "enthalten in"', () => {
  it('offers no target that would close a cycle or build a chain', async () => {
    await withApp(
      async ({ page }) => {
        await expectCellText(
          page,
          'portfolio',
          'r-abh',
          'finanzierung',
          'enthalten in: Außerbetriebliche Berufsausbildung (BaE)',
        );
        // BaE holds abH's money: abH (the cycle), or any other row, is not offered
        const bae = await offered(page, 'r-bae');
        expect(bae).toContain('EGT');
        expect(bae.filter((v) => v.startsWith('in:'))).toEqual([]);
        // AsA may go into FbW or BaE, never into abH (a chain) or itself
        expect((await offered(page, 'r-asa')).filter((v) => v.startsWith('in:'))).toEqual([
          'in:r-fbw',
          'in:r-bae',
        ]);

        // FbW into AsA, chosen with the keyboard: AsA now holds money and offers no target,
        // so FbW → AsA → BaE → … can never be built
        await cell(page, 'portfolio', 'r-fbw', 'finanzierung').click();
        await page.keyboard.press('F2');
        await page.getByTestId('cell-editor').selectOption('in:r-asa');
        await page.keyboard.press('Enter');
        await expectCellText(
          page,
          'portfolio',
          'r-fbw',
          'finanzierung',
          'enthalten in: Assistierte Ausbildung (AsA)',
        );
        expect((await offered(page, 'r-asa')).filter((v) => v.startsWith('in:'))).toEqual([]);
        // and FbW's own choices still exclude the rows whose money is elsewhere (abH)
        expect((await offered(page, 'r-fbw')).filter((v) => v.startsWith('in:'))).toEqual([
          'in:r-bae',
          'in:r-asa',
        ]);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

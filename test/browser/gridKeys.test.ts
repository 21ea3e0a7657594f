/**
 * Keys and jumps as Excel has them (issue 16, defects 2, 4, 6, 7, 8): every jump lands on a
 * cell with the keyboard focus (also a calculated cell and a pinned sum), Home/End go along
 * the row, the first typed key picks from a dropdown, a paste on a heading highlights the
 * right rows and names the read-only cells it left out, the grid speaks German.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appErrors, withApp } from './support/app';
import {
  activeCell,
  cell,
  expectCellText,
  pasteInto,
  planOf,
  selectedCells,
  showScreen,
  typeInto,
} from './support/grid';

interface Row {
  id: string;
  kategorie?: string | null;
  fbw?: boolean;
  finanzierung?: { art: string };
}
const row = async (page: Page, id: string): Promise<Row | undefined> =>
  (await planOf<{ schwerpunkte: { rows: Row[] }[] }>(page)).schwerpunkte
    .flatMap((a) => a.rows)
    .find((r) => r.id === id);

describe('Sprünge landen auf einer Zelle mit Tastaturfokus', () => {
  it('Prüfungen → Anzeigen on EGT-Auslastung and on a Bildung sum: the cell has the focus, arrows go on', async () => {
    await withApp(
      async ({ page }) => {
        await showScreen(page, 'pruefungen');
        await page
          .getByTestId('check-row')
          .filter({ hasText: 'EGT-Auslastung' })
          .getByTestId('check-jump')
          .click();
        await expect
          .poll(() => activeCell(page))
          .toEqual({ grid: 'haushalt', rowId: 'fig:egtAuslastung', colId: 'plan' });
        await page.keyboard.press('ArrowDown');
        expect(await activeCell(page)).toMatchObject({ grid: 'haushalt', colId: 'plan' });
        expect((await activeCell(page))?.rowId).not.toBe('fig:egtAuslastung');

        // a check on a sum pinned below the Bildung rows: FbW-Eintritte no longer match Förderung BGS
        await showScreen(page, 'portfolio');
        await typeInto(page, 'portfolio', 'r-fbw', 'eintritte', '1600');
        await showScreen(page, 'pruefungen');
        const bildungCheck = page.getByTestId('check-row').filter({ hasText: 'Bildungszielplanung' }).first();
        await bildungCheck.getByTestId('check-jump').click();
        await expect
          .poll(() => activeCell(page))
          .toEqual({ grid: 'bildung', rowId: 'sum', colId: 'foerderungBgs' });
        await page.keyboard.press('ArrowUp');
        await expect.poll(async () => (await activeCell(page))?.rowId).toBe('bz:10');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('Home goes to the row’s first column, End to its last; Ctrl+Home/End to the corners; Shift+End selects', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'r-egz', 'mittelansatz').click();
        await page.keyboard.press('Home');
        expect(await activeCell(page)).toMatchObject({ rowId: 'r-egz', colId: 'instrument' });
        await page.keyboard.press('End');
        expect(await activeCell(page)).toMatchObject({ rowId: 'r-egz', colId: 'funktion' });
        await page.keyboard.press('Home');
        await page.keyboard.press('Shift+End');
        expect((await selectedCells(page, 'portfolio')).every((c) => c.startsWith('r-egz/'))).toBe(true);
        expect((await selectedCells(page, 'portfolio')).length).toBeGreaterThan(10);
        await page.keyboard.press('Control+Home');
        expect(await activeCell(page)).toMatchObject({ rowId: 'grp:hs-integration', colId: 'instrument' });
      },
      { query: '?screen=portfolio' },
    );
  });
});

describe('Auswahllisten, Einfügen, Sprache', () => {
  it('the first typed key picks the matching option in Kat., FbW and Finanzierung (I, j, e)', async () => {
    await withApp(
      async ({ page }) => {
        await typeInto(page, 'portfolio', 'r-egz', 'kategorie', 'I');
        await expect.poll(async () => (await row(page, 'r-egz'))?.kategorie).toBe('I');
        await typeInto(page, 'portfolio', 'r-egz', 'fbw', 'j');
        await expect.poll(async () => (await row(page, 'r-egz'))?.fbw).toBe(true);
        await expectCellText(page, 'portfolio', 'r-egz', 'fbw', 'ja');
        // letters typed in a row pick by their start: "iv.2"
        await typeInto(page, 'portfolio', 'r-esg', 'kategorie', 'iv.2');
        await expect.poll(async () => (await row(page, 'r-esg'))?.kategorie).toBe('IV.2');
        await typeInto(page, 'portfolio', 'r-mag', 'fbw', 'n');
        await expect.poll(async () => (await row(page, 'r-mag'))?.fbw).toBe(false);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('a paste on a Schwerpunkt heading: the new rows are highlighted; read-only cells are named', async () => {
    await withApp(
      async ({ page }) => {
        await cell(page, 'portfolio', 'grp:hs-lzb', 'instrument').click();
        // instrument, Kat., Eintritte, Mittelansatz, Kosten je Eintritt (read-only)
        await pasteInto(page, 'Neu A\tI\t10\t1000\t99\nNeu B\tI\t20\t2000\t88');
        const message = page.getByTestId('status-message');
        await expect.poll(() => message.textContent()).toContain('2 Werte nicht übernommen');
        expect(await message.textContent()).toContain('Kosten je Eintritt');
        const names = (
          await planOf<{ schwerpunkte: { id: string; rows: { id: string; instrument: string }[] }[] }>(page)
        ).schwerpunkte
          .find((a) => a.id === 'hs-lzb')!
          .rows.slice(0, 2);
        expect(names.map((r) => r.instrument)).toEqual(['Neu A', 'Neu B']);
        // the highlight covers the two new rows, not the heading
        await expect
          .poll(async () =>
            [...new Set((await selectedCells(page, 'portfolio')).map((c) => c.split('/')[0]))].sort(),
          )
          .toEqual(names.map((r) => r.id).sort());
        // a paste onto read-only cells only says so
        await cell(page, 'portfolio', 'r-egz', 'kje').click();
        await pasteInto(page, '5');
        await expect.poll(() => message.textContent()).toContain('Nichts eingefügt');
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });

  it('AG Grid speaks German: the empty table and the filter menu', async () => {
    await withApp(
      async ({ page }) => {
        // the only line outside the EGT removed (through the store, as any version of the
        // toolbar would): the empty grid says so in German
        await page.evaluate(() =>
          (
            globalThis as unknown as { __amip: { planStore: { execute(c: unknown): void } } }
          ).__amip.planStore.execute({ type: 'deleteAusserhalb', id: 'ae-bez' }),
        );
        const empty = page.getByTestId('grid-ausserhalb');
        await expect.poll(() => empty.textContent()).toContain('Keine Zeilen zum Anzeigen');
        expect(await empty.textContent()).not.toContain('No Rows');
        await showScreen(page, 'portfolio');
        const header = page.locator('[data-testid="grid-portfolio"] .ag-header-cell[col-id="instrument"]');
        await header.hover();
        await header.locator('.ag-header-cell-filter-button').click();
        const popup = page.locator('.ag-filter');
        await popup.waitFor();
        const text = (await popup.textContent()) ?? '';
        expect(text).toContain('Enthält');
        expect(await popup.locator('input').first().getAttribute('placeholder')).toMatch(/Filter/);
        expect(text).not.toMatch(/Contains|Equals|Filter\.\.\.$/);
        const html = await page.locator('[data-testid="grid-portfolio"]').innerHTML();
        expect(html).not.toMatch(/aria-label="(Press|Column|Filter Input)/);
      },
      { query: '?screen=haushalt' },
    );
  });
});

/**
 * Issue 16 in Debian Chromium: Bemerkungen on cells and rows (corner mark, tooltip, undo,
 * reload, Änderungsprotokoll), dialogs that take the keyboard (focus on the first field,
 * Escape closes, Enter confirms), a new plan empty or from the template.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';
import { cell, showScreen } from './support/grid';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved');
}

async function nameUser(page: Page): Promise<void> {
  await page.getByTestId('tab-start').click();
  await page.getByTestId('user-name-input').fill('Frau Planerin');
  await page.getByTestId('user-name-form').getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => page.getByTestId('user-name-form').count()).toBe(0);
}

describe('Bemerkungen an Zellen und Zeilen', () => {
  it('Umschalt+F2 writes a note: corner mark, tooltip, undo and redo, kept over a reload, in the Änderungsprotokoll', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await showScreen(page, 'portfolio');
      const egz = cell(page, 'portfolio', 'r-egz', 'mittelansatz');
      await egz.click();
      expect(await egz.getAttribute('class')).not.toContain('cell-note');
      await page.keyboard.press('Shift+F2');
      const dialog = page.getByTestId('note-dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.textContent()).toContain('Eingliederungszuschüsse (EGZ) › Mittelansatz');
      await expect.poll(() => focusedTestId(page)).toBe('note-text');
      expect(await axeScan(page, '[data-testid="note-dialog"]')).toEqual([]);
      await page.keyboard.type('Tarifsteigerung 3 % eingerechnet');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => egz.getAttribute('class')).toContain('cell-note');
      // Focus is back in the grid: the arrow keys work on.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ag-cell'))).toBe(true);
      await egz.hover();
      const tooltip = page.locator('.ag-tooltip');
      await tooltip.waitFor({ state: 'visible', timeout: 5000 });
      expect(await tooltip.textContent()).toContain('Bemerkung: Tarifsteigerung 3 % eingerechnet');
      // A row note on the Instrument cell.
      await cell(page, 'portfolio', 'r-mag', 'instrument').click();
      await page.keyboard.press('Shift+F2');
      await page.getByTestId('note-text').fill('Vergabe im 2. Quartal');
      await page.getByTestId('note-save').click();
      await expect
        .poll(() => cell(page, 'portfolio', 'r-mag', 'instrument').getAttribute('class'))
        .toContain('cell-note');
      // Undo takes the row note away, redo brings it back.
      await page.keyboard.press('Control+z');
      await expect
        .poll(() => cell(page, 'portfolio', 'r-mag', 'instrument').getAttribute('class'))
        .not.toContain('cell-note');
      await page.keyboard.press('Control+y');
      await expect
        .poll(() => cell(page, 'portfolio', 'r-mag', 'instrument').getAttribute('class'))
        .toContain('cell-note');
      // Escape leaves a note unchanged.
      await egz.click();
      await page.keyboard.press('Shift+F2');
      expect(await page.getByTestId('note-text').inputValue()).toBe('Tarifsteigerung 3 % eingerechnet');
      await page.keyboard.type(' und mehr');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await saved(page);
      await page.reload();
      await page.getByTestId('status-line').waitFor();
      await showScreen(page, 'portfolio');
      await expect.poll(() => egz.getAttribute('class')).toContain('cell-note');
      const notes = await page.evaluate(
        () =>
          (
            window as unknown as { __amip: { planStore: { getState(): { plan: { notizen: unknown } } } } }
          ).__amip.planStore.getState().plan.notizen,
      );
      expect(notes).toEqual({
        'row.r-egz.mittelansatz': 'Tarifsteigerung 3 % eingerechnet',
        'zeile:r-mag': 'Vergabe im 2. Quartal',
      });
      await page.getByTestId('tab-protokoll').click();
      const log = page.getByTestId('change-log-row').filter({ hasText: 'Bemerkung zu' });
      await expect.poll(() => log.count()).toBeGreaterThanOrEqual(2);
      expect(
        await page.getByTestId('change-log-row').filter({ hasText: 'Vergabe im 2. Quartal' }).count(),
      ).toBeGreaterThan(0);
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

describe('Dialoge mit der Tastatur', () => {
  it('Datei → Version speichern… puts the cursor in the name field; Enter saves; the restore confirmation takes Escape', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await nameUser(page);
      await showScreen(page, 'portfolio');
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.version').click();
      await expect.poll(() => focusedTestId(page)).toBe('version-name');
      await page.keyboard.type('Vorlage Trägerversammlung');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('version-row').count()).toBe(1);
      expect(await page.getByTestId('version-row').textContent()).toContain('Vorlage Trägerversammlung');
      // Again while the screen is open already.
      await page.getByTestId('version-list').click();
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.version').click();
      await expect.poll(() => focusedTestId(page)).toBe('version-name');
      // The restore confirmation: its button has the focus, Escape closes it.
      await page.getByTestId('version-row').getByRole('button', { name: 'Wiederherstellen' }).click();
      const confirm = page.getByTestId('version-restore-confirm');
      await confirm.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Wiederherstellen');
      await page.keyboard.press('Escape');
      await expect.poll(() => confirm.count()).toBe(0);
    } finally {
      await launched.close();
    }
  });

  it('Neuer Plan: the first field has the focus, Escape closes; the plan starts empty or from the template, its variant not named like its status', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await nameUser(page);
      await page.getByTestId('plan-new').click();
      const form = page.getByTestId('new-plan-form');
      await form.waitFor();
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
        .toBe('Jobcenter ');
      await page.keyboard.press('Escape');
      await expect.poll(() => form.count()).toBe(0);
      const create = async (jobcenter: string, template: boolean) => {
        await page.getByTestId('plan-new').click();
        await page.keyboard.press('Control+a');
        await page.keyboard.type(jobcenter);
        if (template) await page.getByTestId('new-plan-vorlage').check();
        await page.getByTestId('new-plan-form').getByRole('button', { name: 'Anlegen' }).click();
        await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain(jobcenter);
        return page.evaluate(() => {
          const plan = (
            window as unknown as {
              __amip: { planStore: { getState(): { plan: { schwerpunkte: { name: string }[] } } } };
            }
          ).__amip.planStore.getState().plan;
          return plan.schwerpunkte.map((a) => a.name);
        });
      };
      expect(await create('Jobcenter Leer', false)).toEqual([]);
      const title = (await page.getByTestId('plan-title').textContent()) ?? '';
      expect(title).not.toMatch(/Entwurf.*\[Entwurf\]/);
      await page.getByTestId('tab-start').click();
      expect(await create('Jobcenter Vorlage', true)).toContain('Jugendliche (U25)');
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

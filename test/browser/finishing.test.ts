/**
 * Issue 16 in Debian Chromium: Bemerkungen on cells and rows (corner mark, tooltip, undo,
 * reload, Änderungsprotokoll), dialogs that take the keyboard (focus on the first field,
 * Escape closes, Enter confirms), a new plan empty or from the template.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';
import { cell, expectCellText, showScreen, typeInto } from './support/grid';

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

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/** Texts with "€" that the browser lays out on more than one line. */
function wrappedEuros(page: Page, root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.includes('€')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(n.textContent);
    }
    return out;
  }, root);
}

describe('Bildschirme, die fertig aussehen (1366×768)', () => {
  it('Start as a sortable list with key figures; the comparison with Δ and %; shared styles; the Übersicht without a lone "€"', async () => {
    const launched = await launchChromium({ width: 1366, height: 768 });
    try {
      const page = await openApp(launched.context, server.url);
      await showScreen(page, 'uebersicht');
      expect(await wrappedEuros(page, '[data-testid="screen-uebersicht"]')).toEqual([]);
      // The chart has the card's width at 1366 px: the table is below it, not beside it.
      const chart = await page.getByTestId('chart').boundingBox();
      const table = await page.getByTestId('chart-table').boundingBox();
      expect(table!.y).toBeGreaterThan(chart!.y + chart!.height - 1);
      await nameUser(page);
      // A second plan to sort against.
      await page.getByTestId('plan-new').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Jobcenter Aachen');
      await page.getByTestId('new-plan-form').getByRole('button', { name: 'Anlegen' }).click();
      await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Aachen');
      await page.getByTestId('tab-start').click();
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(2);
      const eintritte = page.getByTestId('plan-figure-portfolio.eintritte');
      await expect.poll(() => eintritte.allTextContents()).toEqual(['0', '8.761']);
      await page.getByTestId('plan-sort-portfolio.eintritte').click();
      await expect.poll(() => eintritte.allTextContents()).toEqual(['8.761', '0']);
      expect(
        await page.locator('th:has([data-testid="plan-sort-portfolio.eintritte"])').getAttribute('aria-sort'),
      ).toBe('descending');
      await page.getByTestId('plan-sort-plan').click();
      expect(await page.getByTestId('plan-row').first().textContent()).toContain('Jobcenter Aachen');
      const align = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => getComputedStyle(e).textAlign);
      expect(await align('[data-testid="plan-figure-portfolio.mittelansatzEgt"]')).toBe('right');
      // Buttons in a row do not touch.
      const gap = await page
        .getByTestId('plan-row')
        .first()
        .locator('.storage-actions button')
        .evaluateAll((bs) => bs[1]!.getBoundingClientRect().left - bs[0]!.getBoundingClientRect().right);
      expect(gap).toBeGreaterThanOrEqual(4);
      // Nothing runs out of the window at 1366 px.
      const list = await page.getByTestId('plan-list').boundingBox();
      expect(list!.x + list!.width).toBeLessThanOrEqual(1366);
      expect(await axeScan(page, '[data-testid="start-screen"]')).toEqual([]);
      await page.screenshot({ path: resolve(SHOTS, 'start.png') });
      // Open the Beispielplan, save a version, change a figure, compare.
      await page.getByTestId('plan-sort-plan').click();
      await page.locator('[data-testid="plan-row"]:not([aria-current])').getByTestId('plan-open').click();
      await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Düsseldorf');
      await page.getByTestId('tab-versionen').click();
      await page.getByTestId('version-name').fill('Vorlage Trägerversammlung');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('version-row').count()).toBe(1);
      await page.evaluate(() => {
        const amip = (window as unknown as { __amip: { planStore: { execute(c: unknown): unknown } } })
          .__amip;
        amip.planStore.execute({
          type: 'setInputs',
          changes: [{ key: 'row.r-egz.mittelansatz', value: 2_000_000 }],
        });
      });
      await saved(page);
      await page.getByTestId('version-compare-button').click();
      const input = page.getByTestId('compare-input').filter({ hasText: 'Eingliederungszuschüsse (EGZ)' });
      await expect.poll(() => input.count()).toBe(1);
      expect(await input.getByTestId('compare-delta').textContent()).toBe('-200.000 €');
      expect(await input.getByTestId('compare-percent').textContent()).toBe('-9,1 %');
      expect(await input.getByTestId('compare-delta').getAttribute('class')).toContain('delta-down');
      expect(await align('[data-testid="compare-delta"]')).toBe('right');
      expect(await axeScan(page, '[data-testid="versions-panel"]')).toEqual([]);
      await page.screenshot({ path: resolve(SHOTS, 'versionen.png') });
      await page.getByTestId('tab-protokoll').click();
      await page.getByTestId('change-log-row').first().waitFor();
      await page.screenshot({ path: resolve(SHOTS, 'protokoll.png') });
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

describe('Fehler aus Issue 16 im Browser', () => {
  it('Umschichtung takes "15 %" in the amount row; Kennzahlen Summe without a Vergleich while results are missing; empty Vorjahr sums and the share in its own column; FbW in the Änderungsprotokoll', async () => {
    const launched = await launchChromium({ width: 1366, height: 768 });
    try {
      const page = await openApp(launched.context, server.url);
      await nameUser(page);
      // Defect 5: a share typed into the amount row goes to the share row.
      await showScreen(page, 'haushalt');
      await typeInto(page, 'haushalt', 'hh:umschichtung', 'plan', '15 %');
      expect(await page.getByTestId('cell-error').count()).toBe(0);
      await expectCellText(page, 'haushalt', 'hh:umschichtungsquote', 'plan', '15,0 %');
      // Defect 12: no "0" / "0 €" under Vorjahr when no row has a Vorjahr; the share has a column.
      await showScreen(page, 'portfolio');
      await expectCellText(page, 'portfolio', 'sum:hs-integration', 'vorjahrEintritte', '');
      await expectCellText(page, 'portfolio', 'sum:hs-integration', 'vorjahrMittel', '');
      expect(await cell(page, 'portfolio', 'sum:hs-integration', 'anteil').textContent()).toMatch(
        /^\d+,\d %$/,
      );
      expect(await cell(page, 'portfolio', 'sum:hs-integration', 'funktion').textContent()).not.toContain(
        '%',
      );
      // Defect 10: FbW switched on a row shows before and after in the Änderungsprotokoll.
      await page.evaluate(() => {
        const amip = (window as unknown as { __amip: { planStore: { execute(c: unknown): unknown } } })
          .__amip;
        amip.planStore.execute({ type: 'patchRow', rowId: 'r-egz', patch: { fbw: true } });
      });
      await saved(page);
      await page.getByTestId('tab-protokoll').click();
      const fbw = page.getByTestId('change-log-row').filter({ hasText: 'FbW' }).first();
      await fbw.waitFor();
      const cells = await fbw.locator('td').allTextContents();
      expect(cells.slice(-2)).toEqual(['nein', 'ja']);
      // Defect 9: one category with a result, another with places but none: no Vergleich in the Summe.
      await showScreen(page, 'kennzahlen');
      const rows = await page
        .locator('[data-testid="grid-kennzahlen"] .ag-row[row-id^="kz:"]')
        .evaluateAll((rs) => rs.map((r) => r.getAttribute('row-id')!));
      await typeInto(page, 'kennzahlen', rows[0]!, 'ergebnis', '100');
      const state = await page.evaluate(() => {
        const amip = (
          window as unknown as {
            __amip: { planStore: { getState(): { calc: { get(id: string): unknown } } } };
          }
        ).__amip;
        const calc = amip.planStore.getState().calc;
        return {
          ohne: calc.get('kennzahlen.gesamt.ohneErgebnis'),
          vergleich: calc.get('kennzahlen.gesamt.vergleich'),
        };
      });
      expect(state.ohne).toBeGreaterThan(0);
      expect(state.vergleich).toBeNull();
      await expectCellText(page, 'kennzahlen', 'gesamt', 'vergleich', '');
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

/**
 * Zielgruppen and kommunale Leistungen (issue 15 A, B) in Debian's Chromium against the built
 * UI, with the sample "zielgruppen-kommunal-2016" opened as a plan file: a group's sheet across
 * all areas (typing a part, paste, undo, reload), the tabs and Verwalten by keyboard, the
 * portfolio's panel "Zielgruppen der Zeile", and a range of cases typed as "60 bis 150".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../shared/file/planFile';
import { zielgruppenBeispiel } from '../../shared/sample/zielgruppenBeispiel';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';
import { cell, expectCellText, pasteInto, showScreen, typeInto } from './support/grid';

let server: StaticServer;
let dir: string;
let planPath: string;

beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-zielgruppen-'));
  planPath = join(dir, 'Zielgruppen.amip.json');
  writeFileSync(planPath, serializePlanFile(zielgruppenBeispiel()));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A value of the page's calculation core. */
function figure(page: Page, id: string): Promise<number | null> {
  return page.evaluate(
    (fid) =>
      (
        window as unknown as {
          __amip: { planStore: { getState(): { calc: { get(id: string): number | null } } } };
        }
      ).__amip.planStore
        .getState()
        .calc.get(fid),
    id,
  );
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved');
}

/** Opens the sample as a plan file (Datei → Öffnen…), as a planner would. */
async function openSample(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.oeffnen').click();
    })(),
  ]);
  await chooser.setFiles(planPath);
  await expect
    .poll(() => page.getByTestId('plan-title').textContent())
    .toContain('Beispiel Zielgruppen und kommunale Leistungen');
}

async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  return (await axeScan(page, selector))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const U25 = 'zielgruppe-u25';

describe('Zielgruppen in the browser', () => {
  it('a group’s sheet: a part typed, pasted, undone; the tabs by keyboard; the edit is there after a reload', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await openSample(page);
      await showScreen(page, 'zielgruppen');
      expect(await page.getByTestId('zg-tab-u25').getAttribute('aria-selected')).toBe('true');
      // EGZ gives U25 a Teil of 60 Eintritte; the money follows at 4.000 € per Eintritt
      await expectCellText(page, U25, 'r-egz', 'teilEintritte', '60');
      await expectCellText(page, U25, 'r-egz', 'mittelEgt', '240.000 €');
      const mittelBefore = await figure(page, 'zielgruppe.u25.mittelEgt');
      const egtBefore = await figure(page, 'portfolio.mittelansatzEgt');

      await typeInto(page, U25, 'r-egz', 'teilEintritte', '90');
      await expectCellText(page, U25, 'r-egz', 'mittelEgt', '360.000 €');
      expect(await figure(page, 'zielgruppe.u25.mittelEgt')).toBe(mittelBefore! + 120_000);
      // A view of money the portfolio counts already: no EGT total moves
      expect(await figure(page, 'portfolio.mittelansatzEgt')).toBe(egtBefore);

      // Bad input: a German message at the cell, nothing written
      await typeInto(page, U25, 'r-mia', 'prozent', 'viel');
      const error = page.getByTestId('cell-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('keine Zahl');
      await page.keyboard.press('Escape');
      await expectCellText(page, U25, 'r-mia', 'prozent', '30,0 %');

      // Paste a share in percent, as copied from Excel
      await cell(page, U25, 'r-mia', 'prozent').click();
      await pasteInto(page, '40 %\r\n');
      await expectCellText(page, U25, 'r-mia', 'prozent', '40,0 %');
      await expectCellText(page, U25, 'r-mia', 'eintritte', '340');
      await page.keyboard.press('Control+z');
      await expectCellText(page, U25, 'r-mia', 'prozent', '30,0 %');
      await expectCellText(page, U25, 'r-mia', 'eintritte', '255');

      // The Kundenbestand typed gives the Faktor
      await typeInto(page, U25, 'kundenbestand', 'mittelEgt', '4 %');
      await expect
        .poll(() => figure(page, 'zielgruppe.u25.faktor'))
        .toBeCloseTo(
          (mittelBefore! + 120_000) / (await figure(page, 'haushalt.plan.verfuegbaresEgt'))! / 0.04,
          9,
        );

      // Tabs: arrows move between the groups and to Verwalten
      await page.getByTestId('zg-tab-u25').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByTestId('zg-tab-alleinerziehende').getAttribute('aria-selected')).toBe('true');
      await expectCellText(page, 'zielgruppe-alleinerziehende', 'r-kita', 'eintritte', '800–1.200');
      await page.keyboard.press('End');
      expect(await page.getByTestId('zg-tab-verwalten').getAttribute('aria-selected')).toBe('true');
      expect(await seriousViolations(page)).toEqual([]);
      // Evaluate one more group from the master list (a new tab), then end it again by keyboard
      await page.getByTestId('zielgruppe-auswerten-ue50').focus();
      await page.keyboard.press('Space');
      await page.getByTestId('zg-tab-ue50').waitFor();
      await page.getByTestId('zielgruppe-auswerten-ue50').focus();
      await page.keyboard.press('Space');
      await page.getByTestId('zg-tab-ue50').waitFor({ state: 'detached' });

      await saved(page);
      await page.reload();
      await page.getByTestId('status-line').waitFor({ timeout: 30_000 });
      await showScreen(page, 'zielgruppen');
      await page.getByTestId('zg-tab-u25').click();
      await expectCellText(page, U25, 'r-egz', 'teilEintritte', '90');
      await expectCellText(page, U25, 'r-egz', 'mittelEgt', '360.000 €');
      await expectCellText(page, U25, 'kundenbestand', 'mittelEgt', '4,0 %');
      expect(await seriousViolations(page)).toEqual([]);
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });

  it('the portfolio: a range typed "60 bis 150", a wrong one refused, a share set in the row’s panel and undone', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await openSample(page);
      // The Übersicht: a card per feature, from the same figures
      await showScreen(page, 'uebersicht');
      expect(await page.getByTestId('kpi-zielgruppe-u25').textContent()).toBe('U25 13,0 % · Faktor 2,6');
      expect(await page.getByTestId('kpi-kommunal-faelle').textContent()).toBe(
        '2.595.000 € · Fälle 1.670–2.470',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await showScreen(page, 'portfolio');
      // Only the kommunal area open (the grid draws the rows in view)
      await page.getByTestId('toggle-all').click();
      await page.getByTestId('toggle-hs-kommunal').click();
      await expectCellText(page, 'portfolio', 'r-kita', 'eintritte', '800–1.200');
      await expectCellText(page, 'portfolio', 'r-sucht', 'eintritte', '120');
      expect(await figure(page, 'portfolio.faelleKommunalVon')).toBe(1_670);
      expect(await figure(page, 'portfolio.faelleKommunalBis')).toBe(2_470);
      const eintritte = await figure(page, 'portfolio.eintritte');

      await typeInto(page, 'portfolio', 'r-sucht', 'eintritte', '60 bis 150');
      await expectCellText(page, 'portfolio', 'r-sucht', 'eintritte', '60–150');
      // Summed as a range: 1.670 − 120 + 60 and 2.470 − 120 + 150; no Eintritte of the SGB II
      expect(await figure(page, 'portfolio.faelleKommunalVon')).toBe(1_610);
      expect(await figure(page, 'portfolio.faelleKommunalBis')).toBe(2_500);
      expect(await figure(page, 'portfolio.eintritte')).toBe(eintritte);

      await typeInto(page, 'portfolio', 'r-sucht', 'eintritte', '150–60');
      const error = page.getByTestId('cell-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('die Spanne läuft rückwärts');
      await page.keyboard.press('Escape');
      await expectCellText(page, 'portfolio', 'r-sucht', 'eintritte', '60–150');
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'portfolio', 'r-sucht', 'eintritte', '120');

      // Psychosoziale Betreuung back to EGT: a range is refused there; kommunal again takes it
      await cell(page, 'portfolio', 'r-psb', 'finanzierung').click();
      await page.keyboard.press('F2');
      await page.getByTestId('cell-editor').selectOption('EGT');
      await page.keyboard.press('Enter');
      await expectCellText(page, 'portfolio', 'r-psb', 'eintritte', '150');
      expect(await figure(page, 'portfolio.faelleKommunalBis')).toBe(2_470 - 250);
      await typeInto(page, 'portfolio', 'r-psb', 'eintritte', '100–200');
      await error.waitFor();
      await page.keyboard.press('Escape');
      await cell(page, 'portfolio', 'r-psb', 'finanzierung').click();
      await page.keyboard.press('F2');
      await page.getByTestId('cell-editor').selectOption('kommunal');
      await page.keyboard.press('Enter');
      await typeInto(page, 'portfolio', 'r-psb', 'eintritte', '100–200');
      await expectCellText(page, 'portfolio', 'r-psb', 'eintritte', '100–200');
      expect(await figure(page, 'portfolio.faelleKommunalVon')).toBe(1_670 - 150 + 100);
      expect(await figure(page, 'portfolio.faelleKommunalBis')).toBe(2_470 - 250 + 200);

      // The row's panel: Geflüchtete gets 10 % of EGZ (550 Eintritte, 2.200.000 €)
      await page.getByTestId('toggle-hs-kommunal').click();
      // The grid keeps its scroll position: back to the top, where Integration's heading is.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[data-testid="grid-portfolio"] *'))
          if (el.scrollTop > 0) el.scrollTop = 0;
      });
      await page.getByTestId('toggle-hs-integration').click();
      await cell(page, 'portfolio', 'r-egz', 'instrument').click();
      await page.getByTestId('row-zielgruppen').click();
      const panel = page.getByTestId('zg-row-panel');
      await panel.waitFor();
      expect(await panel.getByRole('heading').textContent()).toBe(
        'Zielgruppen von „Eingliederungszuschüsse (EGZ)“',
      );
      await page.getByTestId('zg-art-gefluechtete').selectOption('prozent');
      await page.getByTestId('zg-anteil-gefluechtete').fill('10');
      await page.getByTestId('zg-anteil-gefluechtete').press('Enter');
      await expect
        .poll(() => page.getByTestId('zg-ergebnis-gefluechtete').textContent())
        .toBe('55 Eintritte, 220.000 €');
      await expectCellText(page, 'portfolio', 'r-egz', 'zielgruppen', 'U25 Teil, Geflüchtete Prozent');
      expect(await seriousViolations(page, '[data-testid="zg-row-panel"]')).toEqual([]);
      // Undo takes the percent, then the share
      await page.getByTestId('undo-button').click();
      await expect
        .poll(() => page.getByTestId('zg-ergebnis-gefluechtete').textContent())
        .toBe('0 Eintritte, 0 €');
      await page.getByTestId('undo-button').click();
      await expectCellText(page, 'portfolio', 'r-egz', 'zielgruppen', 'U25 Teil');
      expect(await page.getByTestId('zg-art-gefluechtete').inputValue()).toBe('');
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

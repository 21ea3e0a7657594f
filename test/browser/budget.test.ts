/**
 * The Globalbudget and Verpflichtungen screens in Debian Chromium, on the named sample
 * `globalbudget-beispiel` opened as a file: typing (estimates, staff, the register), a pasted
 * block, a dropdown by keyboard, undo and redo, German messages at the cell (a negative
 * estimate, an end before the start), a new commitment from the toolbar, the Übersicht's
 * Globalbudget card and chart, and everything after a reload.
 * Also an axe-core scan and the screenshots the README shows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../shared/file/planFile';
import { globalbudgetBeispiel } from '../../shared/sample/globalbudgetBeispiel';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';
import { cell, expectCellText, pasteInto, showScreen, typeInto } from './support/grid';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let server: StaticServer;
let dir: string;
beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-budget-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved');
}

/** Opens the sample through Datei → Öffnen… (a stored plan of its own). */
async function openSample(page: Page): Promise<void> {
  const path = join(dir, 'globalbudget.amip.json');
  writeFileSync(path, serializePlanFile(globalbudgetBeispiel()));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.oeffnen').click();
    })(),
  ]);
  await chooser.setFiles(path);
  await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Jobcenter Musterstadt');
  await saved(page);
}

/** The value of a figure in the page's calculation. */
function figure(page: Page, id: string): Promise<number | null> {
  return page.evaluate((f) => {
    const amip = (
      window as unknown as {
        __amip: { planStore: { getState(): { calc: { get(id: string): number | null } } } };
      }
    ).__amip;
    return amip.planStore.getState().calc.get(f);
  }, id);
}

describe('Globalbudget and Verpflichtungen screens', () => {
  it('edit, paste, choose, undo, refuse at the cell, add a commitment, and find it all after a reload', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await saved(page);
      await openSample(page);

      // Globalbudget: the BMAS estimate's Eingliederungsmittel, typed; the Grundlage follows.
      await showScreen(page, 'globalbudget');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'diffGesamt', '-100.000 €');
      await typeInto(page, 'schaetzungen', 'gs:gs-bmas', 'egm', '8,5 Mio');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'egm', '8.500.000 €');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'diffGesamt', '-200.000 €');
      await expectCellText(page, 'grundlage', 'gl:egm', 'wert', '8.500.000 €');
      expect(await figure(page, 'haushalt.plan.mittelausstattung')).toBe(8_500_000);
      // Undo brings the estimate back, and every figure with it.
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'egm', '8.600.000 €');
      expect(await figure(page, 'haushalt.plan.mittelausstattung')).toBe(8_600_000);

      // Staff: 160 Soll-VZÄ at 70.000 € raise the staff costs, and the Umschichtung needed with them.
      await expectCellText(page, 'personal', 'ps:personalkosten', 'wert', '10.500.000 €');
      await typeInto(page, 'personal', 'ps:soll', 'wert', '160');
      await expectCellText(page, 'personal', 'ps:personalkosten', 'wert', '11.200.000 €');
      await expectCellText(page, 'umschichtung', 'us:brutto', 'plan', '1.900.000 €');
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'personal', 'ps:soll', 'wert', '150');
      await expectCellText(page, 'umschichtung', 'us:brutto', 'plan', '1.200.000 €');

      // A pasted 2×2 block: the BA and BMAS Verwaltungsbudget and Eingliederungsmittel.
      await cell(page, 'schaetzungen', 'gs:gs-ba', 'vwb').click();
      await pasteInto(page, '10.100.000\t9.100.000\n10.400.000\t8.700.000');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'egm', '8.700.000 €');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'diffGesamt', '-100.000 €');
      await expectCellText(page, 'schaetzungen', 'gs:gs-ba', 'vwb', '10.100.000 €');

      // A negative estimate is refused at the cell, in German, the editor kept open.
      await typeInto(page, 'schaetzungen', 'gs:gs-einglmv', 'vwb', '-5');
      const error = page.getByTestId('cell-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('darf nicht negativ sein');
      await page.keyboard.press('Escape');

      // The base of the quota chosen from the dropdown by keyboard: every output names it.
      await cell(page, 'umschichtung', 'us:basiswahl', 'plan').click();
      await page.keyboard.press('F2');
      await page.getByTestId('cell-editor').selectOption({ label: 'Zuweisung (Mittelausstattung)' });
      await page.keyboard.press('Enter');
      await expectCellText(page, 'umschichtung', 'us:basiswahl', 'plan', 'Zuweisung (Mittelausstattung)');
      await expect
        .poll(async () => (await cell(page, 'umschichtung', 'us:quote', 'position').textContent()) ?? '')
        .toContain('Anteil an der Zuweisung (Mittelausstattung)');

      // Verpflichtungen: an end before the start is refused at the cell.
      await showScreen(page, 'verpflichtungen');
      await expectCellText(page, 'verwendung', 'vw:register', 'wert', '630.000 €');
      await typeInto(page, 'register', 'vp:vp-bae-2015', 'ende', '06.2015');
      await error.waitFor();
      expect(await error.textContent()).toContain('Das Ende 06.2015 liegt vor dem Beginn 08.2015.');
      await page.keyboard.press('Escape');

      // A new commitment from the toolbar: its name open for typing, then its run and total.
      await page.getByTestId('verpflichtung-add').click();
      await page.getByTestId('cell-editor').waitFor();
      await page.keyboard.type('Umschulung 2016 (C.1)');
      await page.keyboard.press('Enter');
      const id = await page.evaluate(() => {
        const amip = (
          window as unknown as {
            __amip: {
              planStore: { getState(): { plan: { verpflichtungen: { eintraege: { id: string }[] } } } };
            };
          }
        ).__amip;
        return amip.planStore.getState().plan.verpflichtungen.eintraege.at(-1)!.id;
      });
      await typeInto(page, 'register', `vp:${id}`, 'beginn', '01.09.2016');
      // Ende and total pasted as one row of two cells.
      await cell(page, 'register', `vp:${id}`, 'ende').click();
      await pasteInto(page, '08.2018\t240.000');
      await expectCellText(page, 'register', `vp:${id}`, 'ende', '08.2018');
      await expectCellText(page, 'register', `vp:${id}`, 'beginn', '09.2016');
      await expectCellText(page, 'register', `vp:${id}`, 'j2016', '40.000 €');
      await expectCellText(page, 'register', `vp:${id}`, 'j2017', '120.000 €');
      await expectCellText(page, 'register', `vp:${id}`, 'j2018', '80.000 €');
      await expectCellText(page, 'belastung', 'fb:folgejahr', 'j2017', '990.000 €');
      // Undo takes the total back (its cash with it), redo brings it again.
      await page.keyboard.press('Control+z');
      await expectCellText(page, 'belastung', 'fb:folgejahr', 'j2017', '870.000 €');
      await page.keyboard.press('Control+y');
      await expectCellText(page, 'belastung', 'fb:folgejahr', 'j2017', '990.000 €');
      await expectCellText(page, 'register', `vp:${id}`, 'gesamt', '240.000 €');

      // The Übersicht: the Globalbudget card, the Vorbindungsquote and the chart's table.
      await showScreen(page, 'uebersicht');
      // The pasted BMAS estimate: 10.400.000 + 8.700.000 €.
      expect(await page.getByTestId('kpi-globalbudget-value').textContent()).toBe('19,10 Mio. €');
      expect(await page.getByTestId('kpi-globalbudget-grundlage').textContent()).toBe(
        'Vorläufige Schätzwerte des BMAS (Stand 11.2015)',
      );
      // 630.000 € of 8.700.000 − 1.200.000 €
      expect(await page.getByTestId('kpi-vorbindungsquote-value').textContent()).toBe('8,4 %');
      const chart = await page.getByTestId('folgejahre-table').locator('tbody tr').first().allTextContents();
      expect(chart[0]).toContain('990.000 €');

      // After a reload the stored plan has every edit.
      await saved(page);
      await page.reload();
      await page.getByTestId('status-line').waitFor();
      await expect
        .poll(() => page.getByTestId('plan-title').textContent())
        .toContain('Jobcenter Musterstadt');
      await showScreen(page, 'verpflichtungen');
      await expectCellText(page, 'register', `vp:${id}`, 'j2017', '120.000 €');
      await showScreen(page, 'globalbudget');
      await expectCellText(page, 'schaetzungen', 'gs:gs-bmas', 'egm', '8.700.000 €');
      await expectCellText(page, 'umschichtung', 'us:basiswahl', 'plan', 'Zuweisung (Mittelausstattung)');
      expect(appErrors(page)).toEqual([]);
    } finally {
      await launched.close();
    }
  }, 180_000);

  it('pass an axe-core scan and are photographed at 1366×768 with the sample', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await saved(page);
      await openSample(page);
      const problems: string[] = [];
      for (const screen of ['globalbudget', 'verpflichtungen', 'uebersicht']) {
        await showScreen(page, screen);
        await page.waitForTimeout(screen === 'uebersicht' ? 900 : 400);
        if (screen !== 'uebersicht') await page.screenshot({ path: resolve(SHOTS, `${screen}.png`) });
        for (const v of await axeScan(page))
          if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(
              `${screen}: ${v.id} (${v.impact}) ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`,
            );
      }
      expect(problems).toEqual([]);
      expect(appErrors(page)).toEqual([]);
    } finally {
      await launched.close();
    }
  }, 120_000);

  it('a plan without estimates and commitments: one line on the Übersicht that leads to the Globalbudget', async () => {
    const launched = await launchChromium();
    try {
      // the Beispielplan has neither
      const page = await openApp(launched.context, `${server.url}?screen=uebersicht`);
      await expect
        .poll(() => page.getByTestId('kpi-globalbudget-leer').textContent())
        .toContain('Noch keine Schätzung des Globalbudgets');
      expect(await page.getByTestId('kpi-globalbudget-value').count()).toBe(0);
      expect(await page.getByTestId('folgejahre-table').count()).toBe(0);
      await page.getByRole('button', { name: 'Zum Globalbudget' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('screen-globalbudget').waitFor();
      expect(appErrors(page)).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

/**
 * Datei → Land-/Regionalansicht… in Debian Chromium: plan files with bad ones among them, the
 * grid sorted and filtered with the status line's sums, the outlier marked, a row opened
 * read-only by click and by keyboard, the Zielplanung consolidated, plans from the local database,
 * axe clean.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consolidate, jobcenterTotals } from '../../shared/consolidate/consolidate';
import { partValueText } from '../../shared/consolidate/partText';
import { serializePlanFile } from '../../shared/file/planFile';
import { formatFigure } from '../../shared/format/numberFormat';
import { generateLand, isPlantedOutlier } from '../support/generateLand';
import { appErrors, withApp } from './support/app';
import { axeScan } from './support/axe';

const land = generateLand({ count: 16, meanRows: 25, seed: 31 });
const expected = consolidate(land.map((plan) => ({ source: `${plan.id}.amip.json`, plan })));
const gE = expected.groups[0]!;

async function openLand(page: Page): Promise<void> {
  await page.getByTestId('menu-datei').click();
  await page.getByTestId('menuitem-datei.land').click();
  await page.getByTestId('land-screen').waitFor();
}

const rowJobcenters = (page: Page) =>
  page.$$eval('[data-testid="land-grid"] .ag-row', (rows) => {
    // A row is drawn once in the pinned and once in the scrolling part: one id per row index.
    const byIndex = new Map<number, string>();
    for (const r of rows) byIndex.set(Number(r.getAttribute('row-index')), r.getAttribute('row-id') ?? '');
    return [...byIndex].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });

describe('Land-/Regionalansicht', () => {
  it('consolidates chosen files, lists the bad ones, sorts, filters, sums, marks and opens', async () => {
    await withApp(async ({ page }) => {
      await openLand(page);
      // Before any file: the grid is there, empty, its columns named, the status line blank.
      const grid = page.getByTestId('land-grid');
      await expect
        .poll(() => grid.locator('.ag-overlay').textContent())
        .toContain('Noch keine Pläne gewählt.');
      expect(await grid.getByRole('columnheader', { name: 'EGT-Auslastung' }).count()).toBe(1);
      expect(await page.getByTestId('land-status').textContent()).toBe('');
      await page.getByTestId('land-files').setInputFiles([
        ...land.map((p) => ({
          name: `${p.id}.amip.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(serializePlanFile(p)),
        })),
        { name: 'kaputt.amip.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') },
        { name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('hallo') },
      ]);
      const notes = page.getByTestId('land-notes');
      await expect
        .poll(() => notes.textContent())
        .toContain('16 Pläne zusammengeführt in 2 Gruppen, 2 nicht aufgenommen');
      expect(await notes.textContent()).toContain('kaputt.amip.json: nicht aufgenommen – kein gültiger Plan');
      expect(await notes.textContent()).toContain('notiz.txt: nicht aufgenommen – Format nicht unterstützt');
      expect(await page.getByTestId('land-group').locator('option').allTextContents()).toEqual([
        `2016 · gE (${gE.jobcenter.length} Jobcenter)`,
        `2016 · zkT (${expected.groups[1]!.jobcenter.length} Jobcenter)`,
      ]);

      // status line: all rows, Land rates from summed bases
      const status = page.getByTestId('land-status');
      const pct = (v: number | null) => formatFigure(v, 'ratio');
      await expect.poll(() => status.textContent()).toContain(`${gE.jobcenter.length} Jobcenter`);
      expect(await status.textContent()).toContain(`EGT-Auslastung: ${pct(gE.totals.egtAuslastung!.value)}`);

      // the other group and back: its own rows and sums, then this group's again
      const zkT = expected.groups[1]!;
      await page.getByTestId('land-group').selectOption({ index: 1 });
      await expect.poll(() => status.textContent()).toContain(`${zkT.jobcenter.length} Jobcenter`);
      expect(await status.textContent()).toContain(`EGT-Auslastung: ${pct(zkT.totals.egtAuslastung!.value)}`);
      await expect.poll(() => rowJobcenters(page)).toEqual(zkT.jobcenter.map((e) => String(e.nr)));
      await page.getByTestId('land-group').selectOption({ index: 0 });
      await expect.poll(() => status.textContent()).toContain(`${gE.jobcenter.length} Jobcenter`);

      // the planted outlier is marked on its Auslastung
      const hot = land.findIndex((_, i) => isPlantedOutlier(i));
      const hotNr = gE.jobcenter.find((e) => e.jobcenter === land[hot]!.header.jobcenter)!.nr;
      const hotCell = page.locator(
        `[data-testid="land-grid"] .ag-row[row-id="${hotNr}"] [col-id="egtAuslastung"]`,
      );
      await expect.poll(() => hotCell.getAttribute('class')).toContain('land-outlier');

      // sort by EGT-Auslastung: a click on the header, ascending
      await page
        .locator('[data-testid="land-grid"] .ag-header-cell[col-id="egtAuslastung"] .ag-header-cell-label')
        .click();
      const ascending = [...gE.jobcenter]
        .sort((a, b) => a.values.egtAuslastung! - b.values.egtAuslastung!)
        .map((e) => String(e.nr));
      await expect.poll(() => rowJobcenters(page)).toEqual(ascending);

      // filter by name: the status line sums only what is left, rates from those sums
      const filter = page.locator('[data-testid="land-grid"] .ag-floating-filter[col-id="jobcenter"] input');
      await filter.fill('Jobcenter 00');
      const left = gE.jobcenter.filter((e) => e.jobcenter.includes('Jobcenter 00'));
      const t = jobcenterTotals(left);
      await expect.poll(() => status.textContent()).toContain(`${left.length} Jobcenter`);
      expect(await status.textContent()).toContain(`EGT-Auslastung: ${pct(t.egtAuslastung!.value)}`);
      await filter.fill('');
      // the rows are drawn anew after the filter: wait for all of them before clicking one
      await expect.poll(() => status.textContent()).toContain(`${gE.jobcenter.length} Jobcenter`);
      await expect.poll(() => rowJobcenters(page).then((r) => r.length)).toBe(gE.jobcenter.length);

      // a click opens the plan read-only; Enter on a focused row does too
      await page.locator(`[data-testid="land-grid"] .ag-row[row-id="${hotNr}"] [col-id="variante"]`).click();
      const view = page.getByTestId('land-plan-view');
      await expect.poll(() => view.textContent()).toContain(`${land[hot]!.header.jobcenter}`);
      expect(await view.textContent()).toContain('nur lesen');
      await view.getByRole('button', { name: 'Schließen' }).click();
      await expect.poll(() => view.count()).toBe(0);
      const first = page.locator(`[data-testid="land-grid"] .ag-row[row-index="0"] [col-id="variante"]`);
      await first.click();
      await view.getByRole('button', { name: 'Schließen' }).click();
      await first.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => view.count()).toBe(1);

      // the Förderkategorien across the Land and the chart are there
      expect(await page.getByTestId('land-kategorien').locator('tbody tr').count()).toBe(
        gE.kategorien.length,
      );
      await page.getByTestId('land-chart').locator('canvas').first().waitFor();

      await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshots/land.png') });
      const serious = (await axeScan(page, '[data-testid="land-screen"]')).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      ).toEqual([]);
      expect(appErrors(page)).toEqual([]);
    });
  }, 180_000);

  it('shows the targets consolidated by D.2: Land rate from summed bases, "n von m erreicht"', async () => {
    await withApp(async ({ page }) => {
      await openLand(page);
      await page.getByTestId('land-files').setInputFiles(
        land.map((p) => ({
          name: `${p.id}.amip.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(serializePlanFile(p)),
        })),
      );
      await expect
        .poll(() => page.getByTestId('land-notes').textContent())
        .toContain('16 Pläne zusammengeführt');
      // the targets: one line per figure, the Land rate from summed bases, "n von m erreicht"
      const ziele = page.getByTestId('land-part-ziele');
      const part = gE.parts.find((x) => x.id === 'ziele')!;
      expect(await ziele.locator('caption').textContent()).toBe(`Zielplanung, ${gE.label}`);
      expect(await ziele.locator('tbody tr').count()).toBe(part.lines.length);
      const zielRow = (label: string) =>
        ziele.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      const quote = part.lines.find(
        (l) => l.label === 'K2 Integrationsquote: Zielquote (Σ Basis × Quote ÷ Σ Basis)',
      )!;
      expect(await zielRow(quote.label).locator('td').first().textContent()).toBe(partValueText(quote));
      const n = part.figures;
      expect(await zielRow('Meilensteine und Termine').locator('td').first().textContent()).toMatch(
        new RegExp(
          `^${n['land.ziele.meilensteine.erreicht']} von ${n['land.ziele.meilensteine.von']} erreicht`,
        ),
      );
      expect(await zielRow('Jobcenter mit Zielvereinbarung').locator('td').nth(1).textContent()).toMatch(
        /^ohne Zielvereinbarung: Jobcenter \d{3}/,
      );

      const serious = (await axeScan(page, '[data-testid="land-part-ziele"]')).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(appErrors(page)).toEqual([]);
    });
  }, 120_000);

  it('consolidates plans from the local database', async () => {
    await withApp(async ({ page }) => {
      await openLand(page);
      const boxes = page.getByTestId('land-stored').getByRole('checkbox');
      await expect.poll(() => boxes.count()).toBeGreaterThan(0);
      await page.getByTestId('land-stored').getByRole('button', { name: 'Alle auswählen' }).click();
      await page.getByTestId('land-from-db').click();
      const count = await boxes.count();
      await expect
        .poll(() => page.getByTestId('land-notes').textContent())
        .toMatch(new RegExp(`^${count} Pläne? zusammengeführt`));
      await expect.poll(() => page.getByTestId('land-status').textContent()).toContain('Jobcenter');
      // a row opens its plan, read again from the database
      await page.locator('[data-testid="land-grid"] .ag-row[row-index="0"] [col-id="variante"]').click();
      const view = page.getByTestId('land-plan-view');
      await expect.poll(() => view.textContent()).toContain('(nur lesen, aus Datenbank: ');
      expect(appErrors(page)).toEqual([]);
    });
  }, 120_000);
});

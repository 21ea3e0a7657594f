/**
 * Datei → Aus Excel übernehmen… in Debian's Chromium against the built UI: a generated
 * Jobcenter workbook is read in the worker, its preview is corrected (one column the detection
 * could not name is mapped to Eintritte), and the new plan is stored beside the others with the
 * right totals; the report lists the hand-typed sum that is wrong. Escape leaves everything as
 * it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../support/legacyWorkbooks';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { axeScan } from './support/axe';

let server: StaticServer;
let dir: string;
let workbook: string;

beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-takeover-'));
  workbook = join(dir, 'Planung Browserstadt.xlsx');
  // "Planwert" names no field the takeover knows: the user maps it to Eintritte in the preview.
  writeFileSync(
    workbook,
    await buildWorkbook({
      sheets: [
        { name: 'Hinweise', rows: [['Bitte Blatt „AMIP“ ausfüllen']] },
        {
          name: 'AMIP',
          rows: [
            ['AMIP 2017 – Jobcenter Browserstadt'],
            [],
            ['Maßnahme', 'Kat.', 'Planwert', 'Mittelansatz in €', 'Funktion'],
            ['Handlungsschwerpunkt 1: Integration'],
            ['Maßnahmen beim Arbeitgeber', 'I', 100, 40000, 'Erprobung'],
            ['Eingliederungszuschüsse', 'III', 50, 300000, null],
            ['Summe', null, 150, { formula: 'SUM(D5:D6)', result: 340000 }],
            ['Handlungsschwerpunkt 2: Qualifizierung'],
            ['Fort- und Weiterbildung', 'II', 200, 1000000, null],
            ['Außerbetriebliche Berufsausbildung (BaE)', 'IV', 10, 250000, null],
            ['Ausbildungsbegleitende Hilfen', 'IV', 5, 'Betrag bei BaE enthalten', null],
            ['Summe', null, 215, 1260000],
            ['Gesamtsumme', null, 365, 1590000],
          ],
          merges: ['A1:E1', 'A4:E4', 'A8:E8'],
        },
      ],
    }),
  );
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Shown {
  planId: string;
  jobcenter: string;
  year: number;
  variante: string;
  areas: string[];
  eintritte: number | null;
  mittelansatzEgt: number | null;
  storedPlans: string[];
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __amip: {
        planStore: {
          getState(): {
            plan: {
              id: string;
              header: { jobcenter: string; year: number; variante: string };
              schwerpunkte: { name: string }[];
            };
            calc: { get(id: string): number | null };
          };
        };
      };
      __amipStorage: { db: { plans: { toCollection(): { primaryKeys(): Promise<string[]> } } } };
    };
    const s = w.__amip.planStore.getState();
    return {
      planId: s.plan.id,
      jobcenter: s.plan.header.jobcenter,
      year: s.plan.header.year,
      variante: s.plan.header.variante,
      areas: s.plan.schwerpunkte.map((a) => a.name),
      eintritte: s.calc.get('portfolio.eintritte'),
      mittelansatzEgt: s.calc.get('portfolio.mittelansatzEgt'),
      storedPlans: (await w.__amipStorage.db.plans.toCollection().primaryKeys()).sort(),
    };
  });
}

async function openPreview(page: Page): Promise<void> {
  await page.getByTestId('menu-datei').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('menuitem-datei.takeover').click(),
  ]);
  await chooser.setFiles(workbook);
  await page.getByTestId('takeover-dialog').waitFor();
}

async function withPage(fn: (page: Page) => Promise<void>): Promise<void> {
  const launched = await launchChromium();
  try {
    const page = await openApp(launched.context, server.url);
    await expect
      .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
    await fn(page);
    expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
  } finally {
    await launched.close();
  }
}

describe('Datei → Aus Excel übernehmen…', () => {
  it('takes a workbook over through the preview, with one column mapping corrected, as a new plan with the report', async () => {
    await withPage(async (page) => {
      const before = await shown(page);
      await openPreview(page);
      const dialog = page.getByTestId('takeover-dialog');

      // What was found: the sheet with the table, the header under the title, the guessed header.
      expect(await page.getByTestId('takeover-sheet').inputValue()).toBe('AMIP');
      expect(await page.getByTestId('takeover-header-row').inputValue()).toBe('3');
      expect(await page.getByTestId('takeover-jobcenter').inputValue()).toBe('Jobcenter Browserstadt');
      expect(await page.getByTestId('takeover-year').inputValue()).toBe('2017');
      expect(await page.getByTestId('takeover-col-C').inputValue()).toBe('ignorieren');
      expect(await page.getByTestId('takeover-blocks').innerText()).toBe(
        'Zeile 4: „Integration“ (2 Maßnahmen)\nZeile 8: „Qualifizierung“ (3 Maßnahmen)',
      );
      expect(await page.getByTestId('takeover-totals').innerText()).toBe(
        [
          'Zeile 7 „Summe“: stimmt',
          'Zeile 12 „Summe“: in der Datei 1.260.000 €, berechnet 1.250.000 €, Differenz 10.000 €',
          'Zeile 13 „Gesamtsumme“: stimmt',
        ].join('\n'),
      );
      expect(await page.getByLabel('Spalte C „Planwert“ übernehmen als').count()).toBe(1);
      const violations = await axeScan(page, '[data-testid="takeover-dialog"]');
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

      // The correction: "Planwert" holds the Eintritte. The preview follows at once.
      await page.getByTestId('takeover-col-C').selectOption('eintritte');
      const firstRow = page.getByTestId('takeover-preview').locator('tbody tr').first();
      expect(await firstRow.innerText()).toBe('5\tMaßnahmen beim Arbeitgeber\tI\t100\t40.000 €\tEGT');

      // Enter on the dropdown confirms.
      await page.getByTestId('takeover-col-C').focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const report = page.getByTestId('takeover-report');
      await report.waitFor();
      expect(await report.getByTestId('takeover-wrong-totals').innerText()).toBe(
        'Zeile 12 „Summe“: in der Datei 1.260.000 €, berechnet 1.250.000 €, Differenz 10.000 €',
      );
      expect(await report.getByTestId('takeover-hints').innerText()).toContain(
        '„Betrag bei BaE enthalten“ → Finanzierung „enthalten in“ „Außerbetriebliche Berufsausbildung (BaE)“ (Zeile 10)',
      );

      const after = await shown(page);
      expect(after).toMatchObject({
        jobcenter: 'Jobcenter Browserstadt',
        year: 2017,
        variante: 'Übernahme aus Excel',
        areas: ['Integration', 'Qualifizierung'],
        eintritte: 365,
        mittelansatzEgt: 1_590_000,
      });
      // A new plan beside the others; none was overwritten.
      expect(after.storedPlans).toEqual([...before.storedPlans, after.planId].sort());
      expect(await page.getByTestId('plan-title').textContent()).toContain('Jobcenter Browserstadt');
      await page.keyboard.press('Escape');
      await report.waitFor({ state: 'detached' });
    });
  });

  it('Escape closes the preview and creates nothing', async () => {
    await withPage(async (page) => {
      const before = await shown(page);
      await openPreview(page);
      await page.getByTestId('takeover-unit').focus();
      await page.keyboard.press('Escape');
      await page.getByTestId('takeover-dialog').waitFor({ state: 'detached' });
      expect(await shown(page)).toEqual(before);
    });
  });
});

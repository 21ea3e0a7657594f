/**
 * Datei and Hilfe menus in the browser build (Debian Chromium against dist/renderer): Excel
 * export as a download, Öffnen… of plan files and workbooks as new plans, a tampered file
 * refused, Drucken… with the print pack in the page, the native-menu bus, drag and drop.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../shared/excel/exportWorkbook';
import { serializePlanFile } from '../../shared/file/planFile';
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';
import { CONTRADICTION_LISTED, planWithContradiction } from '../support/contradictingFormula';
import { appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { LaunchedBrowser, StaticServer } from './support/app';
import { expectCellText, showScreen, typeInto } from './support/grid';

const PACKAGE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

/** The sheets the Trägerversammlung gets, in this order (plus the very hidden `_amip`). */
const PACK_SHEETS = [
  'Deckblatt',
  'Haushalt (EGT)',
  'Maßnahmeportfolio',
  'Bildungszielplanung',
  'Kennzahlen',
  'Drittmittel',
  'Globalbudget',
  'Verpflichtungen',
  'Prüfungen',
];

let server: StaticServer;
let dir: string;
beforeAll(async () => {
  server = await startStaticServer();
  dir = mkdtempSync(join(tmpdir(), 'amip-filemenus-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface PageState {
  planId: string;
  jobcenter: string;
  variante: string;
  year: number;
  egtAuslastung: number | null;
  storeVersion: number;
}

function state(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const amip = (
      window as unknown as {
        __amip: {
          planStore: {
            getState(): {
              plan: { id: string; header: { jobcenter: string; variante: string; year: number } };
              calc: { get(id: string): number | null };
              version: number;
            };
          };
        };
      }
    ).__amip;
    const s = amip.planStore.getState();
    return {
      planId: s.plan.id,
      jobcenter: s.plan.header.jobcenter,
      variante: s.plan.header.variante,
      year: s.plan.header.year,
      egtAuslastung: s.calc.get('haushalt.plan.egtAuslastung'),
      storeVersion: s.version,
    };
  });
}

/** Plans in the page's database. */
function storedPlanIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const storage = (
      window as unknown as {
        __amipStorage: { db: { plans: { toCollection(): { primaryKeys(): Promise<string[]> } } } };
      }
    ).__amipStorage;
    return storage.db.plans.toCollection().primaryKeys();
  });
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved');
}

async function menu(page: Page, menuId: string, itemId: string): Promise<void> {
  await page.getByTestId(`menu-${menuId}`).click();
  await page.getByTestId(`menuitem-${itemId}`).click();
}

/** Opens a workbook through Datei → Öffnen… and waits for the import's summary. */
async function openedWorkbook(page: Page, file: string): Promise<Locator> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    menu(page, 'datei', 'datei.oeffnen'),
  ]);
  await chooser.setFiles(file);
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 30_000 });
  return summary;
}

async function workbookOf(download: Download): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, bytes };
}

/** Column A carries each row's tag; returns the row of `tag` on `ws`. */
function rowByTag(ws: ExcelJS.Worksheet, tag: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === tag) found = row;
  });
  if (!found) throw new Error(`Zeile ${tag} fehlt auf ${ws.name}`);
  return found;
}

/** The column whose header cell reads `header`. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let col = 0;
  ws.eachRow((row) =>
    row.eachCell((c, n) => {
      if (!col && c.value === header) col = n;
    }),
  );
  if (!col) throw new Error(`Spalte „${header}“ fehlt auf ${ws.name}`);
  return col;
}

/** A number cell's value, or a formula cell's cached result. */
function numberIn(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  throw new Error(`keine Zahl in ${cell.address}: ${JSON.stringify(v)}`);
}

/** "97,3 %" → 0.973 */
function parsePercent(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.')) / 100;
}

function planFile(name: string, patch: (p: Plan) => Plan): string {
  const path = join(dir, name);
  writeFileSync(path, serializePlanFile(patch(beispielplan())));
  return path;
}

const teststadt = (p: Plan): Plan => ({
  ...p,
  id: 'plan-teststadt-datei',
  header: { ...p.header, jobcenter: 'Jobcenter Teststadt', variante: 'aus Datei' },
});

async function withBrowser(
  fn: (page: Page, context: BrowserContext) => Promise<void>,
  query = '',
): Promise<void> {
  const launched: LaunchedBrowser = await launchChromium();
  try {
    // Records window.print() calls and what the page showed at that moment.
    await launched.context.addInitScript(() => {
      const w = window as unknown as { __prints: unknown[] };
      w.__prints = [];
      window.print = () => {
        w.__prints.push({
          packs: document.querySelectorAll('.pp-host .pp-document').length,
          cover: document.querySelector('.pp-host .pp-cover')?.textContent ?? '',
          printing: document.documentElement.classList.contains('pp-printing'),
          title: document.title,
        });
      };
    });
    const page = await openApp(launched.context, `${server.url}${query}`);
    await saved(page);
    await fn(page, launched.context);
    expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
  } finally {
    await launched.close();
  }
}

describe('Datei → Exportieren nach Excel…', () => {
  it('downloads a real workbook with the nine sheets whose Haushalt shows the EGT-Auslastung after a UI edit', async () => {
    await withBrowser(async (page) => {
      const before = await state(page);
      await typeInto(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000');
      await expect.poll(async () => (await state(page)).egtAuslastung).not.toBe(before.egtAuslastung);
      const after = await state(page);

      await page.getByTestId('tab-uebersicht').click();
      const shown = parsePercent((await page.getByTestId('kpi-egtAuslastung-value').textContent()) ?? '');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu(page, 'datei', 'datei.excel'),
      ]);
      expect(download.suggestedFilename()).toBe(`${after.jobcenter} ${after.year} ${after.variante}.xlsx`);
      const { wb, bytes } = await workbookOf(download);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(PACK_SHEETS);

      const hh = wb.getWorksheet('Haushalt (EGT)')!;
      const egt = numberIn(rowByTag(hh, 'fig:egtAuslastung').getCell(columnOf(hh, `Plan ${after.year}`)));
      expect(egt).toBeCloseTo(after.egtAuslastung!, 9);
      expect(Math.abs(egt - (before.egtAuslastung ?? 0))).toBeGreaterThan(0.001);
      expect(Math.abs(egt - shown)).toBeLessThan(0.0006);
      await expect
        .poll(() => page.getByTestId('status-message').textContent())
        .toContain('wird heruntergeladen');
    }, '?screen=portfolio');
  });

  it('the native-menu bus with "export-excel" downloads the workbook; every menu command has an item', async () => {
    await withBrowser(async (page) => {
      expect(
        await page.evaluate(() =>
          (window as unknown as { __amipMenus: { missing(): string[] } }).__amipMenus.missing(),
        ),
      ).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(() =>
          (
            window as unknown as { __amipMenus: { runMenuCommand(id: string): void } }
          ).__amipMenus.runMenuCommand('export-excel'),
        ),
      ]);
      const { wb } = await workbookOf(download);
      expect(wb.worksheets.map((w) => w.name)).toEqual([...PACK_SHEETS, '_amip']);
    });
  });
});

describe('Datei → Öffnen…', () => {
  it('reads a chosen .amip.json and opens it as a new stored plan', async () => {
    const path = planFile('Teststadt.amip.json', teststadt);
    await withBrowser(async (page) => {
      const before = await storedPlanIds(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        menu(page, 'datei', 'datei.oeffnen'),
      ]);
      await chooser.setFiles(path);
      await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Jobcenter Teststadt');
      const now = await state(page);
      expect(now.planId).toBe('plan-teststadt-datei');
      expect((await storedPlanIds(page)).sort()).toEqual([...before, 'plan-teststadt-datei'].sort());
      expect(await page.getByTestId('screen-uebersicht').isVisible()).toBe(true);
      await saved(page);
      expect(await page.title()).toBe('Jobcenter Teststadt – aus Datei · 2016 · gespeichert – AMIP-Planer');
    });
  });

  it('a tampered plan file gets a German message and changes nothing', async () => {
    const path = planFile('Manipuliert.amip.json', (p) => {
      const plan = teststadt(p);
      const area = plan.schwerpunkte[0]!;
      const rows = [
        { ...area.rows[0]!, eintritte: 'sehr viele' as unknown as number },
        ...area.rows.slice(1),
      ];
      return { ...plan, schwerpunkte: [{ ...area, rows }, ...plan.schwerpunkte.slice(1)] };
    });
    await withBrowser(async (page) => {
      const before = await state(page);
      const stored = await storedPlanIds(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        menu(page, 'datei', 'datei.oeffnen'),
      ]);
      await chooser.setFiles(path);
      const alert = page.getByTestId('error-dialog').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('„Manipuliert.amip.json“ ist kein gültiger AMIP-Plan');
      expect(await alert.textContent()).toContain('eintritte');
      expect(await page.getByTestId('status-message').getAttribute('class')).toContain('status-error');
      expect(await state(page)).toEqual(before);
      expect(await storedPlanIds(page)).toEqual(stored);
      await page.keyboard.press('Escape');
      await page.getByTestId('error-dialog').waitFor({ state: 'detached' });
    });
  });

  it('a workbook whose embedded plan stores a formula contradicting its value: the dialog lists it as not taken, at its cell', async () => {
    await withBrowser(async (page) => {
      const file = join(dir, 'Widerspruch.xlsx');
      writeFileSync(file, await exportWorkbook(planWithContradiction()));
      const summary = await openedWorkbook(page, file);
      expect(await summary.getByTestId('import-change-count').textContent()).toBe(
        'In der Arbeitsmappe 0 Änderungen übernommen, 1 Änderung nicht übernommen.',
      );
      expect(await summary.getByTestId('import-skipped').locator('li').allTextContents()).toEqual([
        CONTRADICTION_LISTED,
      ]);
      await page.keyboard.press('Escape');
      await summary.waitFor({ state: 'detached' });
    });
  });

  it('an exported .xlsx, edited outside (a number, a new row in a block, a rename), opens as a new plan with every change listed', async () => {
    await withBrowser(async (page) => {
      const original = await state(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu(page, 'datei', 'datei.excel'),
      ]);
      const { wb } = await workbookOf(download);
      const hh = wb.getWorksheet('Haushalt (EGT)')!;
      const cell = rowByTag(hh, 'hh:vorbindungen').getCell(columnOf(hh, `Plan ${original.year}`));
      const vorbindungen = numberIn(cell);
      cell.value = vorbindungen + 1_000_000;
      // Insert Row above the Summe of "Qualifizierung Geringqualifizierter", then type the row.
      const pf = wb.getWorksheet('Maßnahmeportfolio')!;
      pf.spliceRows(rowByTag(pf, 'sum:hs-qualifizierung').number, 0, [
        null,
        'Coaching für Geringqualifizierte',
        'I',
        'EGT',
        25,
        120_000,
      ]);
      rowByTag(pf, 'row:r-esg').getCell(columnOf(pf, 'Instrument')).value = 'Einstiegsgeld für Gründungen';
      const edited = join(dir, 'bearbeitet.xlsx');
      writeFileSync(edited, new Uint8Array(await wb.xlsx.writeBuffer()));

      const stored = await storedPlanIds(page);
      const summary = await openedWorkbook(page, edited);
      expect(await summary.getByTestId('import-change-count').textContent()).toBe(
        'In der Arbeitsmappe 6 Änderungen übernommen.',
      );
      const listed = await summary.getByTestId('import-changes').locator('li').allTextContents();
      expect(listed).toEqual([
        `Blatt „Haushalt (EGT)“, Zelle C12: Vorbindungen ${original.year}: 13.430.000 € → 14.430.000 €`,
        'Blatt „Maßnahmeportfolio“, Zelle B7: Instrument: „Einstiegsgeld (ESG)“ → „Einstiegsgeld für Gründungen“',
        'Blatt „Maßnahmeportfolio“, Zelle B21: neue Zeile in „Qualifizierung Geringqualifizierter“: „Coaching für Geringqualifizierte“',
        'Blatt „Maßnahmeportfolio“, Zelle C21: Förderkategorie „Coaching für Geringqualifizierte“: leer → I',
        'Blatt „Maßnahmeportfolio“, Zelle E21: Eintritte „Coaching für Geringqualifizierte“: leer → 25',
        'Blatt „Maßnahmeportfolio“, Zelle F21: Mittelansatz „Coaching für Geringqualifizierte“: leer → 120.000 €',
      ]);
      expect(await summary.getByTestId('import-skipped').count()).toBe(0);

      const now = await state(page);
      expect(now.planId).not.toBe(original.planId);
      expect(now.variante).toBe(`${original.variante} (aus Excel bearbeitet.xlsx)`);
      expect(await storedPlanIds(page)).toEqual(expect.arrayContaining([...stored, now.planId]));
      expect((await storedPlanIds(page)).length).toBe(stored.length + 1);
      expect(now.egtAuslastung).not.toBe(original.egtAuslastung);

      // The new row and the new name are in the opened plan and on its Maßnahmeportfolio.
      const newRowId = await page.evaluate(() => {
        const amip = (
          window as unknown as {
            __amip: {
              planStore: {
                getState(): {
                  plan: { schwerpunkte: { id: string; rows: { id: string; instrument?: string }[] }[] };
                };
              };
            };
          }
        ).__amip;
        const area = amip.planStore.getState().plan.schwerpunkte.find((a) => a.id === 'hs-qualifizierung')!;
        const row = area.rows.at(-1)!;
        return row.instrument === 'Coaching für Geringqualifizierte' ? row.id : null;
      });
      expect(newRowId).toMatch(/^r-[0-9a-f]{12}$/);
      await page.keyboard.press('Escape');
      await summary.waitFor({ state: 'detached' });
      await showScreen(page, 'portfolio');
      await expectCellText(page, 'portfolio', newRowId!, 'instrument', 'Coaching für Geringqualifizierte');
      await expectCellText(page, 'portfolio', newRowId!, 'eintritte', '25');
      await expectCellText(page, 'portfolio', 'r-esg', 'instrument', 'Einstiegsgeld für Gründungen');
    });
  });
});

describe('Datei → Drucken… und Exportieren als PDF…', () => {
  it('prints with the print pack in the page, by menu and by Strg+P, and removes it afterwards', async () => {
    await withBrowser(async (page) => {
      const { jobcenter } = await state(page);
      const prints = () => page.evaluate(() => (window as unknown as { __prints: unknown[] }).__prints);
      await menu(page, 'datei', 'datei.drucken');
      await expect.poll(async () => (await prints()).length, { timeout: 30_000 }).toBe(1);
      const [first] = (await prints()) as {
        packs: number;
        cover: string;
        printing: boolean;
        title: string;
      }[];
      expect(first!.packs).toBe(1);
      expect(first!.printing).toBe(true);
      expect(first!.cover).toContain(jobcenter);
      expect(first!.title).toContain('AMIP');
      await expect.poll(() => page.locator('.pp-host').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.classList.contains('pp-printing'))).toBe(
        false,
      );

      await page.getByTestId('tab-haushalt').click();
      await page.keyboard.press('Control+P');
      await expect.poll(async () => (await prints()).length, { timeout: 30_000 }).toBe(2);
    });
  });

  it('PDF in the browser: a German hint to choose „Als PDF speichern“, then the print dialog', async () => {
    await withBrowser(async (page) => {
      await menu(page, 'datei', 'datei.pdf');
      const hint = page.getByTestId('pdf-hint');
      await hint.waitFor();
      expect(await hint.textContent()).toContain('„Als PDF speichern“');
      await hint.getByRole('button', { name: 'Weiter zum Druckdialog' }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __prints: { packs: number }[] }).__prints), {
          timeout: 30_000,
        })
        .toEqual([expect.objectContaining({ packs: 1, printing: true })]);
    });
  });
});

describe('Datei → Neuer Plan', () => {
  it('opens the Start screen’s form; the new plan is stored and opened', async () => {
    await withBrowser(async (page) => {
      const before = await state(page);
      const stored = await storedPlanIds(page);
      await menu(page, 'datei', 'datei.neu');
      const form = page.getByTestId('new-plan-form');
      await form.waitFor();
      await form.getByLabel('Jobcenter').fill('Jobcenter Neustadt');
      await form.getByLabel('Planjahr').fill('2027');
      await form.getByRole('button', { name: 'Anlegen' }).click();
      await expect.poll(async () => (await state(page)).jobcenter).toBe('Jobcenter Neustadt');
      const now = await state(page);
      expect(now.year).toBe(2027);
      expect(now.planId).not.toBe(before.planId);
      expect((await storedPlanIds(page)).length).toBe(stored.length + 1);
    });
  });
});

describe('Dateien auf das Fenster ziehen', () => {
  /** Dispatches dragover and drop with a file, as the OS does; returns whether both were taken. */
  function drop(page: Page, name: string, text: string): Promise<{ over: boolean; drop: boolean }> {
    return page.evaluate(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t!], n!, { type: 'application/json' }));
        const target = document.querySelector('main') ?? document.body;
        const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
        target.dispatchEvent(over);
        const dropped = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
        target.dispatchEvent(dropped);
        return { over: over.defaultPrevented, drop: dropped.defaultPrevented };
      },
      [name, text] as const,
    );
  }

  it('a dropped plan file opens as a new plan', async () => {
    const text = serializePlanFile(teststadt(beispielplan()));
    await withBrowser(async (page) => {
      const stored = await storedPlanIds(page);
      expect(await drop(page, 'Teststadt.amip.json', text)).toEqual({ over: true, drop: true });
      await expect.poll(async () => (await state(page)).planId).toBe('plan-teststadt-datei');
      expect(await page.getByTestId('plan-title').textContent()).toContain('Jobcenter Teststadt');
      expect((await storedPlanIds(page)).length).toBe(stored.length + 1);
    });
  });

  it('a dropped file that is no plan gets a German message; nothing changes', async () => {
    await withBrowser(async (page) => {
      const before = await state(page);
      const stored = await storedPlanIds(page);
      expect(await drop(page, 'Notizen.txt', 'Einkaufsliste')).toEqual({ over: true, drop: true });
      const alert = page.getByTestId('error-dialog').getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Die Datei „Notizen.txt“ kann hier nicht geöffnet werden');
      expect(await state(page)).toEqual(before);
      expect(await storedPlanIds(page)).toEqual(stored);
    });
  });
});

describe('Hilfe', () => {
  it('Tastenkürzel is a dialog listing the menu shortcuts and the grid keys; Esc closes it', async () => {
    await withBrowser(async (page) => {
      await menu(page, 'hilfe', 'hilfe.tasten');
      const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
      await dialog.waitFor();
      const text = (await dialog.textContent()) ?? '';
      for (const expected of ['Strg+P', 'Drucken…', 'Strg+Umschalt+S', 'Speichern unter…', 'F2', 'Strg+D'])
        expect(text).toContain(expected);
      await page.keyboard.press('Escape');
      await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' });
      await page.keyboard.press('F1');
      await dialog.waitFor();
    });
  });

  it('Über AMIP-Planer names the version from the package', async () => {
    await withBrowser(async (page) => {
      await menu(page, 'hilfe', 'hilfe.ueber');
      const dialog = page.getByRole('dialog', { name: 'Über AMIP-Planer' });
      await dialog.waitFor();
      expect(await dialog.getByTestId('about-version').textContent()).toBe(PACKAGE.version);
    });
  });
});

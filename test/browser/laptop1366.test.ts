/**
 * What a planner sees on a 1366×768 laptop, in Debian Chromium: every grid's headings break
 * only between words or at a hyphenation point and stay whole inside their header cell; no
 * number in a visible cell is cut off; every
 * sheet tab stays inside the window and is reached by the arrow keys; Bearbeiten → "Notiz
 * bearbeiten…" and the grid's context menu open the note editor. Axe clean.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializePlanFile } from '../../shared/file/planFile';
import { zielgruppenBeispiel } from '../../shared/sample/zielgruppenBeispiel';
import { zielvereinbarungDuesseldorf2018 } from '../../shared/sample/zielvereinbarungDuesseldorf2018';
import { generateLand } from '../support/generateLand';
import { appErrors, withApp } from './support/app';
import { axeScan } from './support/axe';
import type { AxeViolation } from './support/axe';
import { cell } from './support/grid';

/** Violations that keep a user out (the whole app's best-practice notes are left to their own test). */
const serious = (vs: AxeViolation[]) =>
  vs
    .filter(
      (v) =>
        v.impact === 'serious' ||
        v.impact === 'critical' ||
        // Of any weight where this test changed something: the tab bar, the headings, the menus.
        /nav|tab|ag-header|menu/.test(JSON.stringify(v.nodes)),
    )
    .map((v) => `${v.id} ${JSON.stringify(v.nodes)}`);

interface HeadingProblem {
  heading: string;
  problem: string;
}

/**
 * Every visible heading of the grids on the page, measured character by character: a new line
 * must start after a space, a hyphen or a soft hyphen, and every character must lie inside the
 * heading's cell (not cut off by its edge or its height).
 */
const headingProblems = (page: Page): Promise<{ checked: number; problems: HeadingProblem[] }> =>
  page.evaluate(() => {
    const problems: { heading: string; problem: string }[] = [];
    let checked = 0;
    for (const label of document.querySelectorAll<HTMLElement>('.ag-header-cell .ag-header-cell-text')) {
      const cellBox = label.closest('.ag-header-cell')!.getBoundingClientRect();
      if (cellBox.width === 0 || label.offsetParent === null) continue;
      const node = label.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      const heading = text.replaceAll('\u00AD', '');
      checked += 1;
      const range = document.createRange();
      let lastTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A character after a divided line end also reports the hyphen shown there: its own box is the last.
        const rects = [...range.getClientRects()];
        const r = rects[rects.length - 1];
        for (const b of rects)
          if (b.left < cellBox.left - 0.5 || b.right > cellBox.right + 0.5 || b.bottom > cellBox.bottom + 0.5)
            problems.push({ heading, problem: `Zeichen ${i + 1} liegt außerhalb der Kopfzelle` });
        if (!r || r.width === 0 || /\s/.test(text[i]!)) continue;
        if (lastTop !== null && r.top > lastTop + 2) {
          const before = text[i - 1] ?? '';
          if (!/[\s\-\u00AD–/]/.test(before))
            problems.push({ heading, problem: `Zeilenumbruch mitten im Wort vor Zeichen ${i + 1}` });
        }
        lastTop = r.top;
      }
      if (label.scrollWidth > label.clientWidth + 1)
        problems.push({ heading, problem: 'breiter als ihre Spalte (abgeschnitten)' });
    }
    return { checked, problems };
  });

/**
 * Numbers shown cut off ("1.048,…") in the visible cells of the grids: a planner cannot read an
 * amount that ends in an ellipsis. Text columns may end in one (their full text is in the cell).
 */
const cutNumbers = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const cut: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.ag-cell')) {
      if (el.offsetParent === null || el.getBoundingClientRect().width === 0) continue;
      const text = (el.textContent ?? '').trim();
      if (!/^[(\-−+]?[\d.]+(,\d+)?\s?(€|%|Pp\.)?\)?$/.test(text)) continue;
      const value = el.querySelector<HTMLElement>('.ag-cell-value') ?? el;
      if (value.scrollWidth > value.clientWidth + 1) cut.push(`${el.getAttribute('col-id')}: ${text}`);
    }
    return cut;
  });

const SCREENS = ['portfolio', 'haushalt', 'bildung', 'kennzahlen', 'globalbudget', 'verpflichtungen'];

async function show(page: Page, screen: string): Promise<void> {
  await page.getByTestId(`tab-${screen}`).click();
  const panel = page.getByTestId(`screen-${screen}`);
  await panel.waitFor({ state: 'visible' });
  await panel.locator('.ag-header-cell').first().waitFor({ state: 'visible' });
  // The header grows to its wrapped lines (autoHeaderHeight) a frame after the columns fit.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

describe('1366×768: headings, sheet tabs, notes menu', () => {
  it('every grid heading breaks between words or at hyphenation points and stays whole', async () => {
    await withApp(async ({ page }) => {
      for (const screen of SCREENS) {
        await show(page, screen);
        const problems = async () => (await headingProblems(page)).problems;
        // The portfolio fits its widths to the window once its columns load: measure then.
        await expect.poll(problems, { timeout: 10_000 }).toEqual([]);
        expect((await headingProblems(page)).checked, screen).toBeGreaterThan(2);
        expect(await cutNumbers(page), screen).toEqual([]);
      }
      // The Ziele and Zielgruppen grids need their parts of a plan: the samples that have them.
      for (const [screen, sample] of [
        ['ziele', zielvereinbarungDuesseldorf2018()],
        ['zielgruppen', zielgruppenBeispiel()],
      ] as const) {
        await page.evaluate(
          (plan) => {
            (
              window as unknown as { __amip: { planStore: { load(p: unknown): void } } }
            ).__amip.planStore.load(plan);
          },
          JSON.parse(JSON.stringify(sample)) as unknown,
        );
        await show(page, screen);
        await expect
          .poll(async () => (await headingProblems(page)).problems, { timeout: 10_000 })
          .toEqual([]);
        expect((await headingProblems(page)).checked, screen).toBeGreaterThan(2);
        expect(await cutNumbers(page), screen).toEqual([]);
      }
      await show(page, 'portfolio');
      expect(serious(await axeScan(page))).toEqual([]);
      expect(appErrors(page)).toEqual([]);
    });
  });

  it('Land view headings too', async () => {
    const land = generateLand({ count: 6, meanRows: 10, seed: 7 });
    await withApp(async ({ page }) => {
      await page.getByTestId('menu-datei').click();
      await page.getByTestId('menuitem-datei.land').click();
      await page.getByTestId('land-screen').waitFor();
      await page.getByTestId('land-files').setInputFiles(
        land.map((p) => ({
          name: `${p.id}.amip.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(serializePlanFile(p)),
        })),
      );
      await page.locator('[data-testid="land-grid"] .ag-header-cell').first().waitFor();
      await expect.poll(async () => (await headingProblems(page)).problems).toEqual([]);
      expect((await headingProblems(page)).checked).toBeGreaterThan(5);
      expect(appErrors(page)).toEqual([]);
    });
  });

  it('every sheet tab is inside the window, clickable, and reached with the arrow keys', async () => {
    await withApp(async ({ page }) => {
      const tabs = page.locator('[role="tablist"][aria-label="Blätter"] [role="tab"]');
      const count = await tabs.count();
      expect(count).toBeGreaterThan(10);
      const inside = async () => {
        const out: string[] = [];
        for (let i = 0; i < count; i++) {
          const tab = tabs.nth(i);
          const box = (await tab.boundingBox())!;
          const id = (await tab.getAttribute('data-testid')) ?? '';
          if (box.x < 0 || box.x + box.width > 1366 || box.y + box.height > 768) out.push(`${id} außerhalb`);
          // Not covered by anything: the tab itself is hit at its centre.
          const hit = await page.evaluate(
            ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="tab"]')?.id ?? '',
            [box.x + box.width / 2, box.y + box.height / 2],
          );
          if (hit !== (await tab.getAttribute('id'))) out.push(`${id} verdeckt`);
          const clipped = await tab.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
          if (clipped) out.push(`${id} abgeschnitten`);
        }
        return out;
      };
      expect(await inside()).toEqual([]);
      // The last one, "Versionen", by keyboard: End, then the arrows wrap around.
      await tabs.first().click();
      await page.keyboard.press('End');
      const last = tabs.nth(count - 1);
      await expect.poll(() => last.getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await tabs.allTextContents()).toContain('Versionen');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tabs.first().getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => last.getAttribute('aria-selected')).toBe('true');
      await page.getByTestId('tab-versionen').click();
      await page.getByTestId('screen-versionen').waitFor({ state: 'visible' });
      expect(serious(await axeScan(page))).toEqual([]);
      // Narrower still (1024 px): the tabs take a second row, none is lost.
      await page.setViewportSize({ width: 1024, height: 768 });
      const right = await tabs.evaluateAll((els) =>
        Math.max(...els.map((e) => e.getBoundingClientRect().right)),
      );
      expect(right).toBeLessThanOrEqual(1024);
      expect(appErrors(page)).toEqual([]);
    });
  });

  it('Bearbeiten → "Notiz bearbeiten…" and the context menu open the note editor of the cursor cell', async () => {
    await withApp(
      async ({ page }) => {
        const egz = cell(page, 'portfolio', 'r-egz', 'mittelansatz');
        await egz.click();
        await page.getByTestId('menu-bearbeiten').click();
        const item = page.getByTestId('menuitem-bearbeiten.notiz');
        expect(await item.textContent()).toBe('Notiz bearbeiten…Umschalt+F2');
        await item.click();
        const dialog = page.getByTestId('note-dialog');
        await dialog.waitFor({ state: 'visible' });
        expect(await dialog.textContent()).toContain('Eingliederungszuschüsse (EGZ) › Mittelansatz');
        await page.getByTestId('note-text').fill('Tarifsteigerung eingerechnet');
        await page.getByTestId('note-save').click();
        await expect.poll(() => egz.getAttribute('class')).toContain('cell-note');

        // The context menu of a row's Instrument cell: a row note.
        const mag = cell(page, 'portfolio', 'r-mag', 'instrument');
        await mag.click({ button: 'right' });
        const entry = page.getByTestId('context-menu').getByRole('menuitem', { name: /Notiz bearbeiten/ });
        expect(await entry.getAttribute('aria-disabled')).not.toBe('true');
        await entry.click();
        await dialog.waitFor({ state: 'visible' });
        expect(await dialog.textContent()).toContain('Maßnahmen beim Arbeitgeber (MAG)');
        await page.getByTestId('note-text').fill('Vergabe im 2. Quartal');
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => dialog.count()).toBe(0);
        const notes = await page.evaluate(
          () =>
            (
              window as unknown as {
                __amip: { planStore: { getState(): { plan: { notizen: Record<string, string> } } } };
              }
            ).__amip.planStore.getState().plan.notizen,
        );
        expect(notes).toEqual({
          'row.r-egz.mittelansatz': 'Tarifsteigerung eingerechnet',
          'zeile:r-mag': 'Vergabe im 2. Quartal',
        });
        // On an area heading there is no note: the entry is greyed out.
        await cell(page, 'portfolio', 'grp:hs-integration', 'instrument').click({ button: 'right' });
        const greyed = page.getByTestId('context-menu').getByRole('menuitem', { name: /Notiz bearbeiten/ });
        expect(await greyed.getAttribute('aria-disabled')).toBe('true');
        await page.keyboard.press('Escape');
        expect(serious(await axeScan(page))).toEqual([]);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

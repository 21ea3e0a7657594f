/**
 * Opening another stored plan (issue 18: a Land plan opens in under a second). The grid keeps
 * the columns' widths across the change of headings and counts only the heights of headings and
 * sums again, no longer every row: the result must be the layout of a fresh start, its columns
 * fitted to the window, headings as tall as their whole label needs, also after a resize.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plan } from '../../shared/model/plan';
import { beispielplan } from '../../shared/sample/beispielplan';
import { planRecordFor } from '../../shared/storage/records';
import { appErrors, withApp } from './support/app';

type Win = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the app's test hooks

const LONG =
  'Förderung der beruflichen Weiterbildung und Qualifizierung langzeitarbeitsloser Menschen im ländlichen Raum';

/** The Beispielplan as another year's plan, its first Handlungsschwerpunkt with a long name. */
function otherPlan(): Plan {
  const p = structuredClone(beispielplan());
  p.id = 'plan-2019';
  p.header = { ...p.header, year: 2019, vorjahr: 2018, variante: 'Zweiter Plan' };
  p.schwerpunkte[0]!.name = LONG;
  return p;
}

const grid = '[data-testid="grid-portfolio"]';

function widths(page: Page): Promise<Record<string, number>> {
  return page.evaluate((g) => {
    const out: Record<string, number> = {};
    for (const h of document.querySelectorAll(`${g} .ag-header-cell[col-id]`))
      out[h.getAttribute('col-id')!] = Math.round(h.getBoundingClientRect().width);
    return out;
  }, grid);
}

function rowHeight(page: Page, rowId: string): Promise<number> {
  return page
    .locator(`${grid} .ag-row[row-id="${rowId}"]`)
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

/** Pixels between the heading's bottom and the next row's top (0: the rows below moved with it). */
function gapBelow(page: Page, rowId: string, nextId: string): Promise<number> {
  return page.evaluate(
    ([g, a, b]) => {
      const box = (id: string) =>
        document.querySelector(`${g} .ag-row[row-id="${id}"]`)!.getBoundingClientRect();
      return Math.round(box(b!).top - box(a!).bottom);
    },
    [grid, rowId, nextId] as const,
  );
}

/** Layout settles two frames after a plan opened (useColumnLayout.ts). */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 50)))),
  );

async function dragLabelColumn(page: Page, dx: number): Promise<void> {
  const handle = page.locator(`${grid} .ag-header-cell[col-id="instrument"] .ag-header-cell-resize`);
  const box = (await handle.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx / 2, y, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + dx, y, { steps: 4 });
  await page.mouse.up();
}

describe('Anderen gespeicherten Plan öffnen', () => {
  it('columns fitted and headings as tall as their label, as on a fresh start; a resize counts the heights again', async () => {
    await withApp(
      async ({ page, url }) => {
        const plan = otherPlan();
        const area = `grp:${plan.schwerpunkte[0]!.id}`;
        const next = plan.schwerpunkte[0]!.rows[0]!.id;
        await page.evaluate(
          async ([rec, p]) => {
            const db = (window as unknown as Win).__amipStorage.db;
            await db.plans.put(rec);
            await db.planContents.put({ id: p.id, rev: 1, plan: p, seq: 0 });
          },
          [planRecordFor(plan, 1, 'test', 0), plan] as const,
        );
        await page.locator(`${grid} .ag-row[row-id="${area}"]`).first().waitFor();
        await settled(page);
        const plain = await rowHeight(page, area);
        expect(plain).toBe(28);

        const opened = await page.evaluate(
          (id) => (window as unknown as Win).__amipStorage.openPlan(id),
          plan.id,
        );
        expect(opened).toEqual({ ok: true });
        await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Zweiter Plan');
        await settled(page);
        const tall = await rowHeight(page, area);
        expect(tall).toBeGreaterThan(28);
        expect(tall).toBeLessThanOrEqual(28 + 3 * 17);
        expect(await gapBelow(page, area, next)).toBe(0);
        const switched = await widths(page);

        // The same plan on a fresh start (it is the last one opened): the same layout.
        await page.goto(url);
        await page.locator(`${grid} .ag-row[row-id="${area}"]`).first().waitFor();
        await settled(page);
        expect(await widths(page)).toEqual(switched);
        expect(await rowHeight(page, area)).toBe(tall);

        // A wider label column needs fewer lines; narrower again, the heading grows back.
        await dragLabelColumn(page, 400);
        await expect.poll(() => rowHeight(page, area)).toBeLessThan(tall);
        expect(await gapBelow(page, area, next)).toBe(0);
        await dragLabelColumn(page, -400);
        await expect.poll(() => rowHeight(page, area)).toBe(tall);
        expect(await gapBelow(page, area, next)).toBe(0);
        expect(appErrors(page)).toEqual([]);
      },
      { query: '?screen=portfolio' },
    );
  });
});

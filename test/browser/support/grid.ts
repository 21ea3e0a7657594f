/** Helpers for driving the AG Grid sheets like a user (click, type, read cells). */
import type { Locator, Page } from 'playwright-core';

export function cell(page: Page, grid: string, rowId: string, colId: string): Locator {
  return page
    .locator(`[data-testid="grid-${grid}"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`)
    .first();
}

export async function cellText(page: Page, grid: string, rowId: string, colId: string): Promise<string> {
  return ((await cell(page, grid, rowId, colId).textContent()) ?? '').trim();
}

/** Waits until the cell shows `expected` (the grid repaints on the next frame). */
export async function expectCellText(
  page: Page,
  grid: string,
  rowId: string,
  colId: string,
  expected: string,
): Promise<void> {
  const loc = cell(page, grid, rowId, colId);
  const deadline = Date.now() + 5000;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await loc.textContent()) ?? '').trim();
    if (last === expected) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Zelle ${grid}/${rowId}/${colId}: erwartet „${expected}“, gefunden „${last}“`);
}

export async function showScreen(page: Page, screen: string): Promise<void> {
  await page.getByTestId(`tab-${screen}`).click();
  await page.getByTestId(`screen-${screen}`).waitFor({ state: 'visible' });
}

/** Clicks a cell and types text as a user does (typing starts editing and replaces), then Enter. */
export async function typeInto(
  page: Page,
  grid: string,
  rowId: string,
  colId: string,
  text: string,
  commit = 'Enter',
): Promise<void> {
  await cell(page, grid, rowId, colId).click();
  await page.keyboard.type(text);
  if (commit) await page.keyboard.press(commit);
}

/** Dispatches a paste event with text (and optional HTML), as the OS clipboard would deliver it. */
export async function pasteInto(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    ([t, h]) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t ?? '');
      if (h) dt.setData('text/html', h);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
    },
    [text, html ?? null] as const,
  );
}

/** Reads what a copy of the current selection puts on the clipboard. */
export async function copySelection(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(() => {
    const dt = new DataTransfer();
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return { text: dt.getData('text/plain'), html: dt.getData('text/html') };
  });
}

/** The cell that has the keyboard focus: its row id (or pinned row) and column, or null. */
export async function activeCell(page: Page): Promise<{ grid: string; rowId: string; colId: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const cellEl = el?.closest('.ag-cell');
    const row = cellEl?.closest('.ag-row');
    const grid = cellEl?.closest('[data-testid^="grid-"]');
    if (!cellEl || !row || !grid) return null;
    return {
      grid: (grid.getAttribute('data-testid') ?? '').slice('grid-'.length),
      rowId: row.getAttribute('row-id') ?? '',
      colId: cellEl.getAttribute('col-id') ?? '',
    };
  });
}

/** Row ids of a grid in the order shown (body rows, by their row index). */
export async function shownRowIds(page: Page, grid: string): Promise<string[]> {
  return page.evaluate((g) => {
    const rows = [...document.querySelectorAll(`[data-testid="grid-${g}"] .ag-row[row-index]`)].filter(
      (r) =>
        !r.closest('.ag-floating-bottom, .ag-floating-top') &&
        /^\d+$/.test(r.getAttribute('row-index') ?? ''),
    );
    const byIndex = new Map<number, string>();
    for (const r of rows) byIndex.set(Number(r.getAttribute('row-index')), r.getAttribute('row-id') ?? '');
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }, grid);
}

/** Row ids whose row header is marked as selected. */
export async function selectedRowIds(page: Page, grid: string): Promise<string[]> {
  return page.evaluate((g) => {
    const ids = [...document.querySelectorAll(`[data-testid="grid-${g}"] .ag-cell.row-header-selected`)].map(
      (c) => c.closest('.ag-row')?.getAttribute('row-id') ?? '',
    );
    return [...new Set(ids)];
  }, grid);
}

/** Cells painted as selected: "rowId/colId". */
export async function selectedCells(page: Page, grid: string): Promise<string[]> {
  return page.evaluate((g) => {
    const out = [...document.querySelectorAll(`[data-testid="grid-${g}"] .ag-cell.cell-selected`)].map(
      (c) => `${c.closest('.ag-row')?.getAttribute('row-id') ?? ''}/${c.getAttribute('col-id') ?? ''}`,
    );
    return [...new Set(out)].sort();
  }, grid);
}

/** The plan the page's store holds (window.__amip), typed as far as a test reads it. */
export function planOf<T>(page: Page): Promise<T> {
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { __amip: { planStore: { getState(): { plan: unknown } } } }
      ).__amip.planStore.getState().plan as never,
  );
}

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

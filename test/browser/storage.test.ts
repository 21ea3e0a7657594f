/**
 * Storage in a real browser (Debian Chromium) against the built UI: edits survive a reload, a
 * page closed within 100 ms, and a killed browser process; two pages on one plan see each
 * other's edits, and a page closed right after the other one saved loses neither page's edit.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, appErrors, launchChromium, openApp, startStaticServer } from './support/app';
import type { StaticServer } from './support/app';
import { cell, expectCellText, showScreen, typeInto } from './support/grid';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

/** The stored value of an input cell as the page's store holds it. */
function storeValue(page: Page, key: string): Promise<number | null | undefined> {
  return page.evaluate((k) => {
    const amip = (window as unknown as { __amip: { planStore: { getState(): { plan: unknown } } } }).__amip;
    const plan = amip.planStore.getState().plan as {
      schwerpunkte: { rows: { id: string; [f: string]: unknown }[] }[];
    };
    const [, id, field] = k.split('.');
    for (const a of plan.schwerpunkte)
      for (const r of a.rows) if (r.id === id) return r[field!] as number | null;
    return undefined;
  }, key);
}

function execute(page: Page, key: string, value: number): Promise<void> {
  return page.evaluate(
    ([k, v]) => {
      const amip = (window as unknown as { __amip: { planStore: { execute(c: unknown): { ok: boolean } } } })
        .__amip;
      if (!amip.planStore.execute({ type: 'setInputs', changes: [{ key: k, value: v }] }).ok)
        throw new Error('edit refused');
    },
    [key, value] as const,
  );
}

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 5000 })
    .toBe('saved');
  expect(await page.getByTestId('save-indicator').textContent()).toBe('Gespeichert');
}

/** Kills the Chromium started by spawnChromium (its whole process group) and waits for it. */
async function killChromium(proc: ChildProcess): Promise<void> {
  const exited = new Promise((ok) => proc.once('exit', ok));
  if (proc.exitCode === null) process.kill(-proc.pid!, 'SIGKILL');
  await exited;
}

/** Chromium as its own process (so it can be killed), driven over CDP, with a profile that outlives it. */
async function spawnChromium(profile: string): Promise<{ browser: Browser; proc: ChildProcess }> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium fehlt unter ${CHROMIUM_PATH}. Bitte das Debian-Paket \`chromium\` installieren (apt-get install chromium).`,
    );
  const proc = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Own process group: a kill takes Chromium's helper processes with it, as a crash would.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const ws = await new Promise<string>((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium startete nicht: ${err}`)), 30_000);
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    proc.on('exit', (code) => fail(new Error(`Chromium beendet (${code}): ${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return { browser, proc };
}

async function appPage(browser: Browser, url: string): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('status-line').waitFor({ timeout: 30_000 });
  await page.getByTestId('save-indicator').waitFor();
  return page;
}

describe('Speichern im Browser', () => {
  it('an edit typed into the grid is there after a reload', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=portfolio`);
      await typeInto(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000');
      await expectCellText(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000 €');
      await saved(page);
      await page.reload();
      await page.getByTestId('status-line').waitFor();
      await showScreen(page, 'portfolio');
      await expectCellText(page, 'portfolio', 'r-egz', 'mittelansatz', '2.500.000 €');
      expect(await storeValue(page, 'row.r-egz.mittelansatz')).toBe(2_500_000);
      // The static test server has no favicon; everything else must be clean.
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });

  it('an edit followed by closing the page within 100 ms is there when the app is opened again', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, `${server.url}?screen=portfolio`);
      await saved(page);
      await cell(page, 'portfolio', 'r-mag', 'mittelansatz').click();
      await page.keyboard.type('123456');
      const t0 = Date.now();
      await page.keyboard.press('Enter'); // commits the edit
      const closeIssuedAfter = Date.now() - t0;
      await page.close({ runBeforeUnload: true });
      expect(closeIssuedAfter).toBeLessThan(100);
      const again = await launched.context.newPage();
      await again.goto(`${server.url}?screen=portfolio`);
      await again.getByTestId('status-line').waitFor();
      expect(await storeValue(again, 'row.r-mag.mittelansatz')).toBe(123_456);
      await expectCellText(again, 'portfolio', 'r-mag', 'mittelansatz', '123.456 €');
    } finally {
      await launched.close();
    }
  });

  it('killing the browser during a burst of 50 edits keeps every edit acknowledged as "Gespeichert"', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'amip-kill-'));
    try {
      const first = await spawnChromium(profile);
      const page = await appPage(first.browser, server.url);
      await saved(page);
      // 50 edits, one every 4 ms, driven inside the page so they go on while we watch.
      await page.evaluate(() => {
        const amip = (window as unknown as { __amip: { planStore: { execute(c: unknown): unknown } } })
          .__amip;
        let i = 0;
        const timer = setInterval(() => {
          i++;
          amip.planStore.execute({
            type: 'setInputs',
            changes: [{ key: 'row.r-fbw.eintritte', value: 2000 + i }],
          });
          if (i === 50) clearInterval(timer);
        }, 4);
      });
      let acknowledged = 0;
      const deadline = Date.now() + 5000;
      while (acknowledged < 20 && Date.now() < deadline)
        acknowledged = Number(await page.getByTestId('save-indicator').getAttribute('data-acknowledged'));
      await killChromium(first.proc);
      expect(acknowledged).toBeGreaterThanOrEqual(20);
      expect(acknowledged).toBeLessThanOrEqual(50);

      const second = await spawnChromium(profile);
      try {
        const reopened = await appPage(second.browser, server.url);
        const value = await storeValue(reopened, 'row.r-fbw.eintritte');
        expect(value).toBeGreaterThanOrEqual(2000 + acknowledged);
        await reopened.getByTestId('tab-protokoll').click();
        // The log is read from the database after the tab opens: wait for it, not for a fixed time.
        await expect
          .poll(() => reopened.getByTestId('change-log-row').count(), { timeout: 15_000 })
          .toBeGreaterThanOrEqual(acknowledged);
      } finally {
        await killChromium(second.proc);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });

  it('two pages on one plan: an edit in one appears in the other', async () => {
    const launched = await launchChromium();
    try {
      const a = await openApp(launched.context, server.url);
      await saved(a);
      const b = await launched.context.newPage();
      await b.goto(server.url);
      await b.getByTestId('save-indicator').waitFor();
      await execute(a, 'row.r-esg.mittelansatz', 175_000);
      await saved(a);
      await expect.poll(() => storeValue(b, 'row.r-esg.mittelansatz'), { timeout: 5000 }).toBe(175_000);
      await expect
        .poll(() => b.getByTestId('save-notice').first().textContent())
        .toContain('Änderungen aus einem anderen Fenster');
      // and back, with a conflict on the same cell: last write wins, the other page says so
      await execute(b, 'row.r-esg.mittelansatz', 180_000);
      await saved(b);
      await expect.poll(() => storeValue(a, 'row.r-esg.mittelansatz'), { timeout: 5000 }).toBe(180_000);
    } finally {
      await launched.close();
    }
  });

  it('a page closed right after another page saved: both edits survive and the Änderungsprotokoll matches the plan', async () => {
    const launched = await launchChromium();
    try {
      const b = await openApp(launched.context, `${server.url}?screen=portfolio`);
      await saved(b);
      // Page A can hold back the notices of other pages' writes (Dexie sends them over a
      // BroadcastChannel), so it closes while it has not yet heard of B's write: the race.
      const a = await launched.context.newPage();
      await a.addInitScript(() => {
        const Native = window.BroadcastChannel;
        const w = window as unknown as { __holdBroadcasts: boolean };
        w.__holdBroadcasts = false;
        window.BroadcastChannel = class extends Native {
          override set onmessage(fn: ((ev: MessageEvent) => unknown) | null) {
            super.onmessage =
              fn && ((ev: MessageEvent) => (w.__holdBroadcasts ? undefined : fn.call(this, ev)));
          }
          override get onmessage(): ((ev: MessageEvent) => unknown) | null {
            return super.onmessage;
          }
        };
      });
      await a.goto(`${server.url}?screen=portfolio`);
      await a.getByTestId('status-line').waitFor({ timeout: 30_000 });
      await saved(a);
      await a.evaluate(() => {
        (window as unknown as { __holdBroadcasts: boolean }).__holdBroadcasts = true;
      });
      await execute(b, 'row.r-mag.eintritte', 4711);
      await saved(b); // acknowledged: "Gespeichert"
      // A commits an edit and is closed at once (the pagehide flush runs before any timer).
      await a.evaluate(() => {
        const amip = (
          window as unknown as { __amip: { planStore: { execute(c: unknown): { ok: boolean } } } }
        ).__amip;
        amip.planStore.execute({
          type: 'setInputs',
          changes: [{ key: 'row.r-egz.mittelansatz', value: 2_345_678 }],
        });
        window.dispatchEvent(new Event('pagehide'));
      });
      await a.close({ runBeforeUnload: true });
      // B, still open, takes A's last edit over (at its next checkpoint at the latest) and goes on.
      await expect.poll(() => storeValue(b, 'row.r-egz.mittelansatz'), { timeout: 10_000 }).toBe(2_345_678);
      expect(await storeValue(b, 'row.r-mag.eintritte')).toBe(4711);
      await execute(b, 'row.r-esg.eintritte', 95);
      await saved(b);
      await b.close({ runBeforeUnload: true });

      const c = await launched.context.newPage();
      await c.goto(`${server.url}?screen=portfolio`);
      await c.getByTestId('status-line').waitFor({ timeout: 30_000 });
      expect(await storeValue(c, 'row.r-egz.mittelansatz')).toBe(2_345_678);
      expect(await storeValue(c, 'row.r-mag.eintritte')).toBe(4711);
      expect(await storeValue(c, 'row.r-esg.eintritte')).toBe(95);
      await expectCellText(c, 'portfolio', 'r-egz', 'mittelansatz', '2.345.678 €');
      // The newest log entry of each cell holds the value the plan shows.
      const lastLogged = await c.evaluate(async () => {
        const w = window as unknown as {
          __amip: { planStore: { getState(): { plan: { id: string } } } };
          __amipStorage: {
            db: {
              editLog: {
                where(i: string): {
                  equals(v: string): {
                    sortBy(
                      k: string,
                    ): Promise<{ command: { changes?: { key: string; value: unknown }[] } }[]>;
                  };
                };
              };
            };
          };
        };
        const id = w.__amip.planStore.getState().plan.id;
        const log = await w.__amipStorage.db.editLog.where('planId').equals(id).sortBy('seq');
        const last: Record<string, unknown> = {};
        for (const e of log) for (const ch of e.command.changes ?? []) last[ch.key] = ch.value;
        return last;
      });
      expect(lastLogged).toEqual({
        'row.r-mag.eintritte': 4711,
        'row.r-egz.mittelansatz': 2_345_678,
        'row.r-esg.eintritte': 95,
      });
      await c.getByTestId('tab-protokoll').click();
      const rows = c.getByTestId('change-log-row');
      await expect.poll(() => rows.count()).toBe(3);
      const texts = await rows.allTextContents();
      expect(texts[0]).toContain('95');
      expect(texts[1]).toContain('Eingliederungszuschüsse (EGZ)');
      expect(texts[1]).toContain('2.200.000 €'); // vorher
      expect(texts[1]).toContain('2.345.678 €'); // nachher
      expect(texts[2]).toContain('4.711');
    } finally {
      await launched.close();
    }
  });

  it('Start screen, Fortschreibung, versions and Änderungsprotokoll work in the app', async () => {
    const launched = await launchChromium();
    try {
      const page = await openApp(launched.context, server.url);
      await page.getByTestId('tab-start').click();
      await page.getByTestId('user-name-input').fill('Frau Planerin');
      await page.getByTestId('user-name-form').getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => page.getByTestId('user-name-form').count()).toBe(0);
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(1);
      // Fortschreibung 2017 from the stored Beispielplan 2016, inputs cleared
      await page.getByTestId('plan-row').getByRole('button', { name: 'Plan 2017 erstellen' }).click();
      await page
        .getByTestId('fortschreibung-form')
        .getByRole('button', { name: 'Plan 2017 erstellen' })
        .click();
      await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('2017');
      expect(await storeValue(page, 'row.r-egz.vorjahrMittel')).toBe(2_200_000);
      expect(await storeValue(page, 'row.r-egz.mittelansatz')).toBeNull();
      await page.getByTestId('tab-start').click();
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(2);
      await page.getByTestId('plan-search').fill('2017');
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(1);
      // a named version, an edit, the comparison and the log
      await page.getByTestId('tab-versionen').click();
      await page.getByTestId('version-name').fill('Vorlage Trägerversammlung 12.11.');
      await page.getByTestId('version-save').click();
      await expect.poll(() => page.getByTestId('version-row').count()).toBe(1);
      await execute(page, 'row.r-egz.mittelansatz', 2_000_000);
      await saved(page);
      await page.getByTestId('version-compare-button').click();
      const input = page.getByTestId('compare-input').first();
      await expect.poll(() => input.textContent()).toContain('Eingliederungszuschüsse (EGZ) › Mittelansatz');
      expect(await input.textContent()).toContain('2.000.000 €');
      // Mittel für Neufälle 2017 are still empty, so the Auslastung is empty on both sides; the totals moved.
      expect(await page.getByTestId('version-compare').textContent()).toContain(
        'Mittelansatz EGT „Integration“',
      );
      await page.getByTestId('tab-protokoll').click();
      const row = page.getByTestId('change-log-row').first();
      await expect.poll(() => row.textContent()).toContain('Frau Planerin');
      expect(await row.textContent()).toContain('2.000.000 €');
      // Delete the 2016 plan; "Rückgängig" is still offered after leaving the Start screen.
      await page.getByTestId('tab-start').click();
      await page.getByTestId('plan-search').fill('');
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(2);
      await page
        .locator('[data-testid="plan-row"]:not([aria-current])')
        .getByRole('button', { name: 'Löschen' })
        .click();
      await page.getByTestId('delete-confirm-yes').click();
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(1);
      await page.getByTestId('tab-versionen').click();
      await page.getByTestId('tab-start').click();
      expect(await page.getByTestId('undo-delete-bar').textContent()).toContain('2016');
      await page.getByTestId('undo-delete').click();
      await expect.poll(() => page.getByTestId('plan-row').count()).toBe(2);
      expect(await page.getByTestId('undo-delete-bar').count()).toBe(0);
      expect(appErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await launched.close();
    }
  });
});

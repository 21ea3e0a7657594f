/**
 * Operations measured in Debian's Chromium (headless, flags of test/browser/support/app.ts)
 * against a private build of the UI (in the temp directory, so `npm run build:web` of others is
 * untouched):
 *   3 one edit committed to IndexedDB (the autosave transaction) vs a raw IndexedDB put of the
 *     same records (plan header + edit-log entry, same 'strict' durability) in the same browser;
 *   4 opening a stored plan (read, validate, calculate, check, render) to the first painted grid;
 *   5 keystroke (Enter that commits a typed number) → the portfolio total repainted, vs the same
 *     AG Grid with the same rows and no app logic (test/bench/bareGrid);
 *   the renderer's JS heap with the plan open (after a GC; and before it, with the garbage of
 *     opening still in it).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Plan } from '../../shared/model/plan';
import { planRecordFor } from '../../shared/storage/records';
import { launchChromium, openApp, startStaticServer } from '../browser/support/app';
import { generatePlan } from '../support/generatePlan';
import { stats } from './measure';
import type { Measured } from './nodeOps';
import { instrumentRows } from './nodeOps';
import type { Row } from './report';

const here = dirname(fileURLToPath(import.meta.url));
// Outside the repository, so lint, prettier and vitest never see the bundles.
const DIST = join(tmpdir(), 'amip-bench-dist');

function build(): void {
  const root = join(here, '../..');
  const vite = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      join(DIST, 'renderer'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (vite.status !== 0) throw new Error('vite build der Oberfläche fehlgeschlagen');
  mkdirSync(join(DIST, 'bare'), { recursive: true });
  const esbuild = spawnSync(
    'npx',
    [
      'esbuild',
      join(here, 'bareGrid/main.ts'),
      '--bundle',
      '--format=esm',
      '--minify',
      `--outfile=${join(DIST, 'bare/main.js')}`,
      '--log-level=warning',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (esbuild.status !== 0) throw new Error('esbuild des Vergleichsgitters fehlgeschlagen');
  copyFileSync(join(here, 'bareGrid/index.html'), join(DIST, 'bare/index.html'));
}

type Win = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function storePlan(page: Page, plan: Plan): Promise<void> {
  const rec = planRecordFor(plan, 1, 'bench');
  await page.evaluate(
    async ([r, p]) => {
      const db = (window as unknown as Win).__amipStorage.db;
      await db.plans.put(r);
      await db.planContents.put({ id: p.id, rev: 1, plan: p });
    },
    [rec, plan] as const,
  );
}

/**
 * 4: open through the app until the portfolio grid shows the plan's first row and two frames
 * passed. A small plan is opened first (not timed), so closing the previous plan (its final
 * checkpoint) is not counted and the grid cannot show the measured plan already.
 */
async function openAndPaint(page: Page, id: string, firstRowId: string, smallId: string): Promise<number> {
  return page.evaluate(
    async ([planId, rowId, small]) => {
      const w = window as unknown as Win;
      const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      if (!(await w.__amipStorage.openPlan(small)).ok) throw new Error('open failed');
      w.__amip.uiStore.showScreen('portfolio');
      await frames();
      const t0 = performance.now();
      const r = await w.__amipStorage.openPlan(planId);
      if (!r.ok) throw new Error(`open failed: ${r.message}`);
      while (!document.querySelector(`[data-testid="grid-portfolio"] .ag-row[row-id="${rowId}"]`))
        await new Promise((ok) => requestAnimationFrame(ok));
      await frames();
      return performance.now() - t0;
    },
    [id, firstRowId, smallId] as const,
  );
}

/** 3: edits one at a time (each its own autosave write); then raw puts of the same records. */
async function saveOneEdit(
  page: Page,
  key: string,
  edits: number,
): Promise<{ ours: number[]; raw: number[] }> {
  return page.evaluate(
    async ([cellKey, n]) => {
      const w = window as unknown as Win;
      const store = w.__amip.planStore;
      const storage = w.__amipStorage;
      const before = storage.saveTimings().length;
      for (let i = 0; i < n; i++) {
        store.execute({ type: 'setInputs', changes: [{ key: cellKey, value: 100 + i }] });
        while (storage.getState().save.kind !== 'saved') await new Promise((ok) => setTimeout(ok, 1));
        await new Promise((ok) => setTimeout(ok, 5));
      }
      const ours: number[] = storage.saveTimings().slice(before);
      // The records the last write stored, put raw into a scratch database.
      const planId = store.getState().plan.id;
      const planRecord = await storage.db.plans.get(planId);
      const entry = await storage.db.editLog.where('planId').equals(planId).last();
      delete entry.seq;
      const raw: number[] = [];
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const req = indexedDB.open('amip-bench-raw', 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('plans', { keyPath: 'id' });
          req.result.createObjectStore('editLog', { keyPath: 'seq', autoIncrement: true });
        };
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction(['plans', 'editLog'], 'readwrite', { durability: 'strict' });
          tx.objectStore('plans').put({ ...planRecord, rev: planRecord.rev + i + 1 });
          tx.objectStore('editLog').add({ ...entry });
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        raw.push(performance.now() - t0);
        await new Promise((ok) => setTimeout(ok, 5));
      }
      db.close();
      return { ours, raw };
    },
    [key, edits] as const,
  );
}

/**
 * 5: click a cell, type a number, then measure from the Enter keydown (its event time) to the
 * total cell's new text in the DOM, and to the frame after that (painted). Same driver for the
 * app and the bare grid.
 */
async function keystrokes(
  page: Page,
  rowId: string,
  edits: number,
): Promise<{ dom: number[]; painted: number[] }> {
  const dom: number[] = [];
  const painted: number[] = [];
  const cell = page
    .locator(`[data-testid="grid-portfolio"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="eintritte"]`)
    .first();
  for (let i = 0; i < edits; i++) {
    await cell.click();
    await page.keyboard.type(String(1000 + (i % 2 === 0 ? i : -i)));
    await page.evaluate(() => {
      const w = window as unknown as Win;
      const totalCell = () =>
        document.querySelector(
          '[data-testid="grid-portfolio"] .ag-row[row-id="total"] .ag-cell[col-id="eintritte"]',
        );
      const before = totalCell()?.textContent;
      w.__latency = new Promise<{ dom: number; painted: number }>((resolve) => {
        let t0 = 0;
        let tDom = 0;
        const onKey = (e: KeyboardEvent) => {
          if (e.key === 'Enter') t0 = e.timeStamp;
        };
        window.addEventListener('keydown', onKey, { capture: true });
        const observer = new MutationObserver(() => {
          if (tDom || totalCell()?.textContent === before) return;
          tDom = performance.now();
          observer.disconnect();
          // The next frame paints the change; a message posted from its rAF runs after the paint.
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              window.removeEventListener('keydown', onKey, { capture: true });
              resolve({ dom: tDom - t0, painted: performance.now() - t0 });
            };
            ch.port2.postMessage(0);
          });
        });
        observer.observe(document.querySelector('[data-testid="grid-portfolio"]')!, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    });
    await page.keyboard.press('Enter');
    const t = await page.evaluate(
      () => (window as unknown as Win).__latency as Promise<{ dom: number; painted: number }>,
    );
    dom.push(t.dom);
    painted.push(t.painted);
  }
  return { dom, painted };
}

/**
 * The renderer's JS heap with the plan open on the Maßnahmeportfolio, in a Chromium of its own
 * (a fresh profile and process, so nothing of other measurements stays in it): live after a GC,
 * and before it, with the garbage of opening still there (a lower bound of the peak).
 */
async function heapWithPlanOpen(appUrl: string, plan: Plan): Promise<{ liveMb: number; beforeGcMb: number }> {
  const launched = await launchChromium({ width: 1600, height: 900 });
  try {
    await launched.context.addInitScript('globalThis.__name = (f) => f;');
    const page = await openApp(launched.context, `${appUrl}?screen=portfolio`);
    await storePlan(page, plan);
    const rowId = plan.schwerpunkte[0]!.rows[0]!.id;
    await page.evaluate(
      async ([id, row]) => {
        const w = window as unknown as Win;
        if (!(await w.__amipStorage.openPlan(id)).ok) throw new Error('open failed');
        w.__amip.uiStore.showScreen('portfolio');
        while (!document.querySelector(`[data-testid="grid-portfolio"] .ag-row[row-id="${row}"]`))
          await new Promise((ok) => requestAnimationFrame(ok));
      },
      [plan.id, rowId] as const,
    );
    const cdp = await page.context().newCDPSession(page);
    const beforeGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.send('HeapProfiler.collectGarbage');
    const live = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
    return { liveMb: live / 1024 / 1024, beforeGcMb: beforeGc / 1024 / 1024 };
  } finally {
    await launched.close();
  }
}

export async function browserOperations(
  sizes: readonly number[],
  opts: { quick: boolean; planFor: (size: number) => Plan; iterations: (op: string, size: number) => number },
): Promise<{ rows: Row[]; notes: string[] }> {
  process.stderr.write(`Oberfläche bauen (${DIST}) … `);
  build();
  process.stderr.write('fertig\n');
  const app = await startStaticServer(join(DIST, 'renderer'));
  const bare = await startStaticServer(join(DIST, 'bare'));
  const launched = await launchChromium({ width: 1600, height: 900 });
  const rows: Row[] = [];
  const notes: string[] = [
    '',
    'Renderer JS heap, plan open on the Maßnahmeportfolio (MB, fresh Chromium): after GC / right after opening',
    '',
    '| Rows | After GC | Before GC |',
    '|---:|---:|---:|',
  ];
  const de = (v: number) => v.toLocaleString('de-DE');
  try {
    // tsx compiles the callbacks of page.evaluate with esbuild's keepNames, which wraps named
    // functions in a `__name(...)` helper that only exists in Node: give the pages a no-op one.
    await launched.context.addInitScript('globalThis.__name = (f) => f;');
    const page = await openApp(launched.context, `${app.url}?screen=portfolio`);
    const small = generatePlan({ rows: 300, seed: 99 }); // other seed: other row ids
    small.id = 'bench-vorab';
    await storePlan(page, small);
    for (const size of sizes) {
      const plan = opts.planFor(size);
      plan.id = `bench-${size}`;
      const count = instrumentRows(plan).length;
      const first = plan.schwerpunkte[0]!.rows.find((r) => r.kind === 'instrument' && !r.nachrichtlich)!;
      const push = (op: string, operation: string, result: Measured) => {
        rows.push({ op, operation, size, instrumentRows: count, result });
        process.stderr.write(`${operation}, ${de(count)} rows … p50 ${result.stats.p50.toFixed(2)} ms\n`);
      };
      await storePlan(page, plan);
      const opens: number[] = [];
      const openRuns = opts.quick ? 2 : 5;
      for (let i = 0; i < openRuns + 1; i++) {
        const t = await openAndPaint(page, plan.id, plan.schwerpunkte[0]!.rows[0]!.id, small.id);
        if (i > 0) opens.push(t); // the first open warms the code up
      }
      push('open', '4 Open stored plan → painted grid', { stats: stats(opens) });
      const h = await heapWithPlanOpen(app.url, plan);
      notes.push(`| ${de(count)} | ${h.liveMb.toFixed(1)} | ${h.beforeGcMb.toFixed(1)} |`);

      const save = await saveOneEdit(page, `row.${first.id}.eintritte`, opts.quick ? 20 : 100);
      push('save', '3 Save one edit (IndexedDB)', {
        stats: stats(save.ours),
        against: { label: 'raw IndexedDB put of the same records', stats: stats(save.raw) },
      });

      const n = opts.quick ? 30 : 200;
      const ours = await keystrokes(page, first.id, n);
      const barePage = await launched.context.newPage();
      await barePage.goto(`${bare.url}?rows=${Math.round(size * 1.05)}&seed=2016`);
      await barePage.waitForFunction(() => (window as unknown as Win).__bareReady === true);
      await barePage.locator('.ag-row[row-id="total"]').first().waitFor();
      const theirs = await keystrokes(barePage, first.id, n);
      await barePage.close();
      push('keystroke', '5 Keystroke → totals updated (DOM)', {
        stats: stats(ours.dom),
        against: { label: 'bare AG Grid, same rows', stats: stats(theirs.dom) },
      });
      push('keystroke-paint', '5 Keystroke → totals painted (next frame)', {
        stats: stats(ours.painted),
        against: { label: 'bare AG Grid, same rows', stats: stats(theirs.painted) },
      });
      // The next size starts from a clean database and store.
      await page.evaluate(async (id) => {
        const w = window as unknown as Win;
        await w.__amipStorage.flush();
        await w.__amipStorage.db.editLog.where('planId').equals(id).delete();
      }, plan.id);
    }
  } finally {
    await launched.close();
    await app.close();
    await bare.close();
  }
  return { rows, notes };
}

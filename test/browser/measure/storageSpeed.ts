/**
 * Storage speed in Debian's Chromium against the built UI (`npm run build:web` first):
 *   npx tsx test/browser/measure/storageSpeed.ts
 * Prints: save of one edit (IndexedDB commit, p50/p95) for 300 and 5.000 rows, keystroke →
 * "Gespeichert" latency, opening a stored plan (read, validate, calculate, paint) of 300 and
 * 5.000 rows, and the Fortschreibung of a 5.000-row plan (pure transform and stored + opened).
 */
import type { Page } from 'playwright-core';
import { fortschreiben } from '../../../shared/storage/fortschreibung';
import { planRecordFor } from '../../../shared/storage/records';
import { generatePlan } from '../../support/generatePlan';
import { launchChromium, openApp, startStaticServer } from '../support/app';

const EDITS = 60;

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number): string => `${x.toFixed(1).replace('.', ',')} ms`;

async function storePlan(page: Page, rows: number): Promise<{ id: string; firstKey: string }> {
  const plan = generatePlan({ rows, seed: rows });
  plan.id = `speed-${rows}`;
  const first = plan.schwerpunkte.flatMap((a) => a.rows).find((r) => r.kind === 'instrument')!;
  const rec = planRecordFor(plan, 1, 'measure');
  await page.evaluate(
    async ([r, p]) => {
      const db = (
        window as unknown as {
          __amipStorage: {
            db: {
              plans: { put(x: unknown): Promise<unknown> };
              planContents: { put(x: unknown): Promise<unknown> };
            };
          };
        }
      ).__amipStorage.db;
      await db.plans.put(r);
      await db.planContents.put({ id: (p as { id: string }).id, rev: 1, plan: p });
    },
    [rec, plan] as const,
  );
  return { id: plan.id, firstKey: `row.${first.id}.eintritte` };
}

/** Opens a stored plan through the app and waits for two frames (painted). */
function openAndPaint(page: Page, id: string): Promise<number> {
  return page.evaluate(async (planId) => {
    const c = (window as unknown as { __amipStorage: { openPlan(id: string): Promise<{ ok: boolean }> } })
      .__amipStorage;
    const t0 = performance.now();
    const r = await c.openPlan(planId);
    if (!r.ok) throw new Error('open failed');
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return performance.now() - t0;
  }, id);
}

/**
 * Edits one at a time (a pause after each, so every edit is its own write). `commit`: the
 * autosave transaction from start to commit, as the session timed it; `toSaved`: from the
 * command to the indicator saying "Gespeichert" (includes the 25 ms gathering time).
 */
function commitTimes(page: Page, key: string): Promise<{ commit: number[]; toSaved: number[] }> {
  return page.evaluate(`(async () => {
    const store = window.__amip.planStore;
    const storage = window.__amipStorage;
    const before = storage.saveTimings().length;
    const toSaved = [];
    for (let i = 0; i < ${EDITS}; i++) {
      const t0 = performance.now();
      store.execute({ type: 'setInputs', changes: [{ key: '${key}', value: 100 + i }] });
      while (storage.getState().save.kind !== 'saved') await new Promise((ok) => setTimeout(ok, 1));
      toSaved.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 10));
    }
    return { commit: storage.saveTimings().slice(before), toSaved };
  })()`);
}

async function main(): Promise<void> {
  const server = await startStaticServer();
  const launched = await launchChromium();
  try {
    const page = await openApp(launched.context, server.url);
    for (const rows of [300, 5000]) {
      const { id, firstKey } = await storePlan(page, rows);
      const opens: number[] = [];
      for (let i = 0; i < 5; i++) opens.push(await openAndPaint(page, id));
      const { commit, toSaved } = await commitTimes(page, firstKey);
      console.log(
        `${rows} Zeilen: Plan öffnen + zeichnen  median ${ms(pct(opens, 50))}, max ${ms(Math.max(...opens))} (5 Läufe)`,
      );
      console.log(
        `${rows} Zeilen: eine Eingabe speichern (IndexedDB-Transaktion bis Commit)  p50 ${ms(pct(commit, 50))}, p95 ${ms(pct(commit, 95))} (${commit.length} Schreibvorgänge)`,
      );
      console.log(
        `${rows} Zeilen: Eingabe → „Gespeichert“ (inkl. 25 ms Sammelzeit)  p50 ${ms(pct(toSaved, 50))}, p95 ${ms(pct(toSaved, 95))}`,
      );
    }
    const big = generatePlan({ rows: 5000, seed: 5000 });
    const pure: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      fortschreiben(big, { newId: 'f', now: new Date().toISOString(), author: 'm', keepInputs: i % 2 === 0 });
      pure.push(performance.now() - t0);
    }
    console.log(`5000 Zeilen: Fortschreibung (reine Umrechnung, Node)  median ${ms(pct(pure, 50))}`);
    const stored = await page.evaluate(async () => {
      const c = (
        window as unknown as { __amipStorage: { fortschreiben(id: string, keep: boolean): Promise<unknown> } }
      ).__amipStorage;
      const t0 = performance.now();
      await c.fortschreiben('speed-5000', false);
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      return performance.now() - t0;
    });
    console.log(
      `5000 Zeilen: Fortschreibung im Browser (laden, prüfen, umrechnen, speichern, öffnen, zeichnen)  ${ms(stored)}`,
    );
  } finally {
    await launched.close();
    await server.close();
  }
}

await main();

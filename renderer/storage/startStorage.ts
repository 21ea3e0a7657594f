/**
 * Starts storage once: the controller that opens the last plan and autosaves the plan store.
 * main.tsx awaits `startStorage()` before rendering (so no edit can hit the Beispielplan before
 * the stored plan is open); the storage screens (renderer/screens/registerStorageScreens.ts)
 * and the Datei items (renderer/shell/storageMenus.ts) are registered after it.
 */
import { planStore } from '../state/planStore';
import type { PlanStore } from '../state/planStore';
import type { StorageController } from './storageController';
import { createStorageController } from './storageController';

let started: Promise<StorageController> | null = null;

/** Longest wait for the database before the app renders anyway (edits are then kept in memory and retried). */
const START_TIMEOUT_MS = 3000;

export function startStorage(store: PlanStore = planStore): Promise<StorageController> {
  started ??= startOnce(store);
  return started;
}

async function startOnce(store: PlanStore): Promise<StorageController> {
  // Benchmark pages (?bench=rows) load generated plans; those are not stored.
  const bench = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');
  const c = createStorageController(store, { adoptLoads: !bench });
  (globalThis as { __amipStorage?: StorageController }).__amipStorage = c;
  await Promise.race([c.start(), new Promise((ok) => setTimeout(ok, START_TIMEOUT_MS))]);
  return c;
}

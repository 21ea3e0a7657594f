/**
 * Plugs storage into the app: the Start screen, the Versionen and Änderungsprotokoll screens,
 * Datei menu items, and the controller that autosaves the plan store. main.tsx awaits
 * `startStorage()` once before rendering (so no edit can hit the Beispielplan before the stored
 * plan is open); the shell shows `<SaveIndicator />`.
 */
import { planStore } from '../../state/planStore';
import type { PlanStore } from '../../state/planStore';
import { uiStore } from '../../state/uiStore';
import { registerMenuItem } from '../../shell/menuRegistry';
import { registerScreen } from '../../shell/screenRegistry';
import { saveBackupToDisk, savePlanToDisk } from '../fileActions';
import type { StorageController } from '../storageController';
import { createStorageController } from '../storageController';
import { ChangeLogPanel } from './ChangeLogPanel';
import { StartScreen } from './StartScreen';
import { VersionsPanel } from './VersionsPanel';

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
  registerScreen({ id: 'start', label: 'Start', order: -100, component: StartScreen });
  registerScreen({ id: 'versionen', label: 'Versionen', order: 900, component: VersionsPanel });
  registerScreen({ id: 'protokoll', label: 'Änderungsprotokoll', order: 910, component: ChangeLogPanel });
  const say = (p: Promise<string | null>, done: (name: string) => string) =>
    p.then(
      (name) => name && uiStore.say(done(name)),
      (err: unknown) => uiStore.say(err instanceof Error ? err.message : String(err), 'error'),
    );
  registerMenuItem({
    id: 'datei.plaene',
    menu: 'datei',
    label: 'Pläne (Start)…',
    order: 1,
    run: () => uiStore.showScreen('start'),
  });
  registerMenuItem({
    id: 'datei.alsDatei',
    menu: 'datei',
    label: 'Als Datei speichern…',
    order: 20,
    run: () =>
      void say(
        c.flush().then(() => savePlanToDisk(store.getState().plan)),
        (n) => `Gespeichert als „${n}“.`,
      ),
  });
  registerMenuItem({
    id: 'datei.version',
    menu: 'datei',
    label: 'Version speichern…',
    order: 25,
    run: () => uiStore.showScreen('versionen'),
  });
  registerMenuItem({
    id: 'datei.sicherung',
    menu: 'datei',
    label: 'Sicherung aller Pläne erstellen…',
    order: 60,
    run: () => void say(saveBackupToDisk(c.db), (n) => `Sicherung gespeichert als „${n}“.`),
  });
  (globalThis as { __amipStorage?: StorageController }).__amipStorage = c;
  await Promise.race([c.start(), new Promise((ok) => setTimeout(ok, START_TIMEOUT_MS))]);
  return c;
}

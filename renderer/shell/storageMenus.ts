/**
 * Storage's Datei items: Pläne (Start), Als Datei speichern…, Version speichern…, Sicherung
 * aller Pläne erstellen…. Registered with the other Datei items (registerFileMenus.ts), after
 * startStorage().
 */
import { planStore } from '../state/planStore';
import { uiStore } from '../state/uiStore';
import { saveBackupToDisk, savePlanToDisk } from '../storage/fileActions';
import { requestVersionNameFocus } from './versionNameFocus';
import { storageController } from '../storage/storageController';
import { registerMenuItem } from './menuRegistry';

/** Says "done" with the chosen file name, or the error; nothing when the user cancelled. */
function say(p: Promise<string | null>, done: (name: string) => string): Promise<unknown> {
  return p.then(
    (name) => name && uiStore.say(done(name)),
    (err: unknown) => uiStore.say(err instanceof Error ? err.message : String(err), 'error'),
  );
}

export function registerStorageMenuItems(): void {
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
        storageController()
          .flush()
          .then(() => savePlanToDisk(planStore.getState().plan)),
        (n) => `Gespeichert als „${n}“.`,
      ),
  });
  registerMenuItem({
    id: 'datei.version',
    menu: 'datei',
    label: 'Version speichern…',
    order: 25,
    run: () => {
      uiStore.showScreen('versionen');
      requestVersionNameFocus();
    },
  });
  registerMenuItem({
    id: 'datei.sicherung',
    menu: 'datei',
    label: 'Sicherung aller Pläne erstellen…',
    order: 60,
    run: () => void say(saveBackupToDisk(storageController().db), (n) => `Sicherung gespeichert als „${n}“.`),
  });
}

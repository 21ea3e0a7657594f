/**
 * Title bar (desktop) or tab title (browser): plan, year and whether everything is saved,
 * sent whenever one of them changes (not on every edit: the title rarely differs).
 */
import type { WindowTitle } from '../../shared/ipc/windowTitle';
import type { Plan } from '../../shared/model/plan';
import type { Platform } from '../platform/getPlatform';
import type { PlanStore } from '../state/planStore';
import type { SaveState } from '../storage/autosave';
import type { StorageController } from '../storage/storageController';

export function windowTitleOf(plan: Plan, save: SaveState): WindowTitle {
  const h = plan.header;
  return {
    planName: h.variante ? `${h.jobcenter} – ${h.variante}` : h.jobcenter,
    year: h.year,
    saved: save.kind === 'saved',
  };
}

/** Side effect: follows the plan store and the save state; returns unsubscribe. */
export function installWindowTitle(
  platform: Pick<Platform, 'setTitle'>,
  store: PlanStore,
  storage: Pick<StorageController, 'getState' | 'subscribe'>,
): () => void {
  let last = '';
  const update = () => {
    const title = windowTitleOf(store.getState().plan, storage.getState().save);
    const key = JSON.stringify(title);
    if (key === last) return;
    last = key;
    platform.setTitle(title);
  };
  const unsubs = [store.subscribe(update), storage.subscribe(update)];
  update();
  return () => unsubs.forEach((u) => u());
}

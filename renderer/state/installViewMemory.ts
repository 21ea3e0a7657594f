/**
 * The sheet last shown, remembered per plan (viewMemory.ts): each change of sheet is noted
 * for the open plan, and when a plan is loaded (the app starts, another window's plan is
 * taken over) its last sheet is shown again. The storage screens (Start, Versionen,
 * Änderungsprotokoll) are no sheets and are not remembered.
 */
import { planStore } from './planStore';
import { uiStore } from './uiStore';
import { readPlanView, rememberScreen } from './viewMemory';

const NOT_SHEETS = new Set(['start', 'versionen', 'protokoll']);

/** `isScreen`: whether a screen id is registered (a remembered one may be gone). */
export function installViewMemory(isScreen: (id: string) => boolean): () => void {
  let shown = uiStore.getState().screen;
  const offUi = uiStore.subscribe(() => {
    const screen = uiStore.getState().screen;
    if (screen === shown) return;
    shown = screen;
    if (!NOT_SHEETS.has(screen)) rememberScreen(planStore.getState().plan.id, screen);
  });
  const offPlan = planStore.subscribe((change) => {
    if (change.kind !== 'load') return;
    const screen = readPlanView(change.plan.id).screen;
    if (screen && !NOT_SHEETS.has(screen) && isScreen(screen)) uiStore.showScreen(screen);
  });
  return () => {
    offUi();
    offPlan();
  };
}

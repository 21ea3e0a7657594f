/**
 * Zoom of the whole window (Strg++ / Strg+- / Strg+0, also with Alt, and Ansicht → Zoom),
 * remembered for the next start. The page zooms itself with CSS `zoom` on the root, in the
 * desktop app and in the browser alike, so the grids measure their room in the zoomed page
 * and fit it. In a grid with rows to insert, Strg++ and Strg+- are Excel's row keys; the grid
 * takes them first, Strg+Alt++ / Strg+Alt+- zoom there.
 */
import { uiStore } from '../state/uiStore';

export const ZOOM_LEVELS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const KEY = 'amip.zoom';

/** The next level up or down from `current` (the nearest, when it is none of the levels). */
export function zoomStep(current: number, dir: 1 | -1): number {
  if (dir > 0) return ZOOM_LEVELS.find((l) => l > current + 0.001) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!;
  return [...ZOOM_LEVELS].reverse().find((l) => l < current - 0.001) ?? ZOOM_LEVELS[0];
}

/** Which zoom a key press asks for, or null. */
export function zoomKey(e: { key: string; ctrlKey: boolean; metaKey: boolean }): 1 | -1 | 0 | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  if (e.key === '+' || e.key === '=') return 1;
  if (e.key === '-') return -1;
  if (e.key === '0') return 0;
  return null;
}

function stored(): number {
  try {
    const v = Number(globalThis.localStorage?.getItem(KEY));
    return (ZOOM_LEVELS as readonly number[]).includes(v) ? v : 1;
  } catch {
    return 1;
  }
}

let level = 1;

function apply(next: number, say: boolean): void {
  level = next;
  document.documentElement.style.setProperty('zoom', String(next));
  try {
    if (next === 1) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, String(next));
  } catch {
    // Not remembered; the zoom still applies now.
  }
  // The grids fit their columns to the new room.
  window.dispatchEvent(new Event('resize'));
  if (say) uiStore.say(`Zoom ${Math.round(next * 100)} %`);
}

export function zoomIn(): void {
  apply(zoomStep(level, 1), true);
}

export function zoomOut(): void {
  apply(zoomStep(level, -1), true);
}

export function zoomReset(): void {
  apply(1, true);
}

export function currentZoom(): number {
  return level;
}

/** Side effect: the stored level now, and the zoom keys on `win` (after the grids had theirs). */
export function installZoom(win: Window = window): () => void {
  const saved = stored();
  if (saved !== 1) apply(saved, false);
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const dir = zoomKey(e);
    if (dir === null) return;
    e.preventDefault();
    if (dir === 0) zoomReset();
    else if (dir > 0) zoomIn();
    else zoomOut();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}

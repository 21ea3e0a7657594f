/**
 * Screens of the app shell. Each registers itself once; the storage engineer's Start screen
 * (plan list) and later screens plug in the same way:
 *
 *   registerScreen({ id: 'start', label: 'Start', order: 0, component: StartScreen });
 *
 * A screen stays mounted after its first visit (scroll position, selection and unsaved edit
 * text survive switching); `active` tells it whether it is shown.
 */
import type { ComponentType } from 'react';

export interface ScreenProps {
  active: boolean;
}

export interface ScreenDef {
  id: string;
  label: string;
  /** Position in the tab bar, ascending. */
  order: number;
  component: ComponentType<ScreenProps>;
}

const screens = new Map<string, ScreenDef>();
const listeners = new Set<() => void>();
let list: ScreenDef[] = [];

export function registerScreen(def: ScreenDef): () => void {
  screens.set(def.id, def);
  list = [...screens.values()].sort((a, b) => a.order - b.order);
  for (const l of listeners) l();
  return () => {
    screens.delete(def.id);
    list = [...screens.values()].sort((a, b) => a.order - b.order);
    for (const l of listeners) l();
  };
}

export function listScreens(): ScreenDef[] {
  return list;
}

export function subscribeScreens(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * The in-page menu bar (Datei, Bearbeiten, Ansicht, Hilfe). Other parts add items, e.g. the
 * desktop engineer's "Öffnen…" or the PDF export:
 *
 *   registerMenuItem({ id: 'datei.pdf', menu: 'datei', label: 'Als PDF exportieren…', order: 40, run: exportPdf });
 *
 * Inside Electron the native menu calls the same `run` functions (via getPlatform().onMenuCommand).
 */
export type MenuId = 'datei' | 'bearbeiten' | 'ansicht' | 'hilfe';

export const MENUS: { id: MenuId; label: string }[] = [
  { id: 'datei', label: 'Datei' },
  { id: 'bearbeiten', label: 'Bearbeiten' },
  { id: 'ansicht', label: 'Ansicht' },
  { id: 'hilfe', label: 'Hilfe' },
];

export interface MenuItem {
  id: string;
  menu: MenuId;
  label: string;
  /** Shown beside the label, e.g. "Strg+Z"; the shortcut itself is handled elsewhere. */
  shortcut?: string;
  order: number;
  run: () => void;
  /** Greyed out when false (asked when the menu opens). */
  enabled?: () => boolean;
}

const items = new Map<string, MenuItem>();
const listeners = new Set<() => void>();
let version = 0;

export function registerMenuItem(item: MenuItem): () => void {
  items.set(item.id, item);
  version++;
  for (const l of listeners) l();
  return () => {
    items.delete(item.id);
    version++;
    for (const l of listeners) l();
  };
}

export function menuItems(menu: MenuId): MenuItem[] {
  return [...items.values()].filter((i) => i.menu === menu).sort((a, b) => a.order - b.order);
}

/** Runs a menu item by id (native menu commands, tests). Returns false when unknown. */
export function runMenuItem(id: string): boolean {
  const item = items.get(id);
  if (!item || (item.enabled && !item.enabled())) return false;
  item.run();
  return true;
}

export function subscribeMenu(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function menuVersion(): number {
  return version;
}

/**
 * The desktop app's native menu (electron/menu.ts) and the browser's shortcut keys send
 * MENU_COMMANDS ids over the platform's menu bus; each id runs the in-page menu item that
 * does the same, so both menus always do one thing. The map is typed over every command id:
 * a new command in shared/ipc/menuCommands.ts does not compile until it is wired here.
 */
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import {
  MENU_COMMAND_IDS,
  MENU_COMMANDS,
  acceleratorOf,
  formatAccelerator,
} from '../../shared/ipc/menuCommands';
import type { Platform } from '../platform/getPlatform';
import type { MenuItem } from './menuRegistry';
import { MENUS, menuItems, registerMenuItem, runMenuItem } from './menuRegistry';

/** In-page menu item for each native menu command. */
export const MENU_ITEM_OF: Readonly<Record<MenuCommandId, string>> = {
  'neuer-plan': 'datei.neu',
  oeffnen: 'datei.oeffnen',
  'aus-excel-uebernehmen': 'datei.takeover',
  'speichern-unter': 'datei.alsDatei', // storage's item
  'version-speichern': 'datei.version', // storage's item
  'export-excel': 'datei.excel',
  'export-pdf': 'datei.pdf',
  'export-word': 'datei.word',
  drucken: 'datei.drucken',
  'land-ansicht': 'datei.land',
  rueckgaengig: 'bearbeiten.undo',
  wiederholen: 'bearbeiten.redo',
  'notiz-bearbeiten': 'bearbeiten.notiz',
  'ansicht:uebersicht': 'ansicht.uebersicht',
  'ansicht:haushalt': 'ansicht.haushalt',
  'ansicht:massnahmeportfolio': 'ansicht.portfolio',
  'ansicht:bildungszielplanung': 'ansicht.bildung',
  'ansicht:kennzahlen': 'ansicht.kennzahlen',
  'zoom:vergroessern': 'ansicht.zoomIn',
  'zoom:verkleinern': 'ansicht.zoomOut',
  'zoom:originalgroesse': 'ansicht.zoomReset',
  'hilfe:tastenkuerzel': 'hilfe.tasten',
  'hilfe:ueber': 'hilfe.ueber',
};

/** The registered in-page item with `id`, if any. */
export function findMenuItem(id: string): MenuItem | undefined {
  for (const menu of MENUS) {
    const item = menuItems(menu.id).find((i) => i.id === id);
    if (item) return item;
  }
  return undefined;
}

/** Commands whose in-page item is not registered (should be none once the app has started). */
export function missingMenuItems(
  has: (itemId: string) => boolean = (id) => !!findMenuItem(id),
): MenuCommandId[] {
  return MENU_COMMAND_IDS.filter((id) => !has(MENU_ITEM_OF[id]));
}

/** The shortcut as the in-page menu shows it ("Strg+Umschalt+S"), or undefined. */
export function shortcutOf(id: MenuCommandId): string | undefined {
  const accelerator = acceleratorOf(id);
  return accelerator ? formatAccelerator(accelerator) : undefined;
}

/**
 * Gives the items other parts registered (storage's Speichern unter…, the shell's undo) the
 * label and shortcut the native menu shows, keeping their `run`.
 */
export function alignMenuLabels(): void {
  for (const id of MENU_COMMAND_IDS) {
    const item = findMenuItem(MENU_ITEM_OF[id]);
    if (!item) continue;
    const shortcut = shortcutOf(id) ?? item.shortcut;
    const label = MENU_COMMANDS[id].label;
    if (item.label === label && item.shortcut === shortcut) continue;
    registerMenuItem({ ...item, label, ...(shortcut ? { shortcut } : {}) });
  }
}

/** Runs the in-page item for `id`; false (and `say` is told why) when it is missing or disabled. */
export function runMenuCommandItem(
  id: MenuCommandId,
  say: (text: string) => void,
  run: (itemId: string) => boolean = runMenuItem,
): boolean {
  const done = run(MENU_ITEM_OF[id]);
  if (!done) say(`„${MENU_COMMANDS[id].label}“ ist gerade nicht möglich.`);
  return done;
}

/** Side effect: subscribes to the platform's menu commands; returns unsubscribe. */
export function connectNativeMenu(
  platform: Pick<Platform, 'onMenuCommand'>,
  say: (text: string) => void,
  run: (itemId: string) => boolean = runMenuItem,
): () => void {
  return platform.onMenuCommand((id) => {
    runMenuCommandItem(id, say, run);
  });
}

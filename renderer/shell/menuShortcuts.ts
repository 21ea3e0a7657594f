/**
 * The Office shortcuts of MENU_COMMANDS in the browser build (`npm run web`). In the desktop
 * app the native menu owns them, so this is only installed in the browser; every key press
 * goes through the platform's menu bus like a click in the native menu would.
 */
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import { MENU_COMMAND_IDS, PAGE_KEY_COMMAND_IDS, acceleratorOf } from '../../shared/ipc/menuCommands';
import type { Platform } from '../platform/getPlatform';

/**
 * Handled elsewhere: the shell and the grids undo and redo themselves (and know about
 * editors); the zoom keys are the shell's, Strg++ / Strg+- a grid's first.
 */
const HANDLED_BY_SHELL: readonly MenuCommandId[] = PAGE_KEY_COMMAND_IDS;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether `e` is the Electron accelerator `accelerator` ("CommandOrControl+Shift+S", "F1"). */
export function matchesAccelerator(accelerator: string, e: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  const ctrl =
    mods.has('CommandOrControl') || mods.has('CmdOrCtrl') || mods.has('Control') || mods.has('Ctrl');
  return (
    e.key.toLowerCase() === key.toLowerCase() &&
    (e.ctrlKey || e.metaKey) === ctrl &&
    e.shiftKey === mods.has('Shift') &&
    e.altKey === mods.has('Alt')
  );
}

/** The menu command a key press stands for, or null. */
export function commandForKey(e: KeyPress): MenuCommandId | null {
  for (const id of MENU_COMMAND_IDS) {
    if (HANDLED_BY_SHELL.includes(id)) continue;
    const accelerator = acceleratorOf(id);
    if (accelerator && matchesAccelerator(accelerator, e)) return id;
  }
  return null;
}

/**
 * Side effect: a capturing keydown listener on `win`, so a grid that handles keys itself does
 * not swallow the shortcut. Chromium keeps a few keys (Strg+N) for itself; those stay in the menu.
 */
export function installShortcutKeys(win: Window, platform: Platform, blocked: () => boolean): () => void {
  const onKey = (e: KeyboardEvent) => {
    const id = commandForKey(e);
    if (!id) return;
    e.preventDefault();
    if (blocked()) return;
    platform.runMenuCommand(id);
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}

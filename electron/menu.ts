/**
 * The German native menu. The template is built by a pure function: commands the page handles
 * are sent to the renderer as menu command ids; clipboard, full screen and quit use Electron's
 * built-in roles. Shortcuts follow Office (Strg+N, Strg+O, Strg+P, Strg+Z, Strg+Y …). The zoom
 * is the page's own (it remembers the level, and Strg++ / Strg+- in a grid insert and delete
 * rows as in Excel), so its keys are shown here but left to the page.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { baseName } from '../shared/ipc/fileKinds';
import {
  MENU_COMMANDS,
  SHEET_COMMAND_IDS,
  ZOOM_COMMAND_IDS,
  acceleratorOf,
  type MenuCommandId,
} from '../shared/ipc/menuCommands';

export interface MenuActions {
  command(id: MenuCommandId): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** '&' starts a mnemonic in menu labels; a file name's own '&' must be doubled. */
const escapeLabel = (text: string) => text.replaceAll('&', '&&');

function commandItem(id: MenuCommandId, actions: MenuActions): MenuItemConstructorOptions {
  const accelerator = acceleratorOf(id);
  return {
    id,
    label: MENU_COMMANDS[id].label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(id),
  };
}

function recentItems(recentFiles: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: 'Keine zuletzt geöffneten Pläne', enabled: false }];
  return [
    ...recentFiles.map((path, index): MenuItemConstructorOptions => ({
      label: `&${index + 1} ${escapeLabel(baseName(path))}`,
      toolTip: path,
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: 'Liste leeren', click: () => actions.clearRecent() },
  ];
}

export function buildMenuTemplate(
  recentFiles: readonly string[],
  actions: MenuActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const item = (id: MenuCommandId) => commandItem(id, actions);
  return [
    {
      label: '&Datei',
      submenu: [
        item('neuer-plan'),
        item('oeffnen'),
        { id: 'zuletzt-geoeffnet', label: 'Zuletzt geöffnet', submenu: recentItems(recentFiles, actions) },
        item('aus-excel-uebernehmen'),
        { type: 'separator' },
        item('speichern-unter'),
        item('version-speichern'),
        { type: 'separator' },
        item('export-excel'),
        item('export-pdf'),
        item('export-word'),
        item('drucken'),
        { type: 'separator' },
        item('land-ansicht'),
        { type: 'separator' },
        {
          label: 'Beenden',
          role: 'quit',
          accelerator: platform === 'win32' ? 'Alt+F4' : 'CommandOrControl+Q',
        },
      ],
    },
    {
      label: '&Bearbeiten',
      submenu: [
        item('rueckgaengig'),
        item('wiederholen'),
        { type: 'separator' },
        { label: 'Ausschneiden', role: 'cut', accelerator: 'CommandOrControl+X' },
        { label: 'Kopieren', role: 'copy', accelerator: 'CommandOrControl+C' },
        { label: 'Einfügen', role: 'paste', accelerator: 'CommandOrControl+V' },
        { type: 'separator' },
        { label: 'Alles auswählen', role: 'selectAll', accelerator: 'CommandOrControl+A' },
        { type: 'separator' },
        // The grid handles Umschalt+F2 itself (it knows the cursor's cell).
        { ...item('notiz-bearbeiten'), registerAccelerator: false },
      ],
    },
    {
      label: '&Ansicht',
      submenu: [
        ...SHEET_COMMAND_IDS.map(item),
        { type: 'separator' },
        {
          label: 'Zoom',
          submenu: ZOOM_COMMAND_IDS.map((id) => ({ ...item(id), registerAccelerator: false })),
        },
        { label: 'Vollbild', role: 'togglefullscreen', accelerator: 'F11' },
      ],
    },
    {
      label: '&Hilfe',
      submenu: [item('hilfe:tastenkuerzel'), { type: 'separator' }, item('hilfe:ueber')],
    },
  ];
}

/**
 * The commands the app's menus trigger: in the desktop app the native menu sends them to the
 * renderer ('menu/command'), in the browser the app's own in-page menu dispatches them. Labels
 * and Office-style shortcuts live here once, so the native menu, the in-page menu and the
 * "Tastenkürzel" help show the same thing.
 *
 * Accelerators use Electron's syntax; {@link formatAccelerator} renders them in German.
 */
export const MENU_COMMANDS = {
  'neuer-plan': { label: 'Neuer Plan', accelerator: 'CommandOrControl+N' },
  oeffnen: { label: 'Öffnen…', accelerator: 'CommandOrControl+O' },
  'aus-excel-uebernehmen': { label: 'Aus Excel übernehmen…' },
  'speichern-unter': { label: 'Speichern unter…', accelerator: 'CommandOrControl+Shift+S' },
  'version-speichern': { label: 'Version speichern…' },
  'export-excel': { label: 'Exportieren nach Excel…', accelerator: 'CommandOrControl+E' },
  'export-pdf': { label: 'Exportieren als PDF…' },
  'export-word': { label: 'Exportieren als Word…' },
  drucken: { label: 'Drucken…', accelerator: 'CommandOrControl+P' },
  'land-ansicht': { label: 'Land-/Regionalansicht…' },
  rueckgaengig: { label: 'Rückgängig', accelerator: 'CommandOrControl+Z' },
  wiederholen: { label: 'Wiederholen', accelerator: 'CommandOrControl+Y' },
  'notiz-bearbeiten': { label: 'Notiz bearbeiten…', accelerator: 'Shift+F2' },
  'ansicht:uebersicht': { label: 'Übersicht' },
  'ansicht:haushalt': { label: 'Haushalt (EGT)' },
  'ansicht:massnahmeportfolio': { label: 'Maßnahmeportfolio' },
  'ansicht:bildungszielplanung': { label: 'Bildungszielplanung' },
  'ansicht:kennzahlen': { label: 'Kennzahlen' },
  'zoom:vergroessern': { label: 'Vergrößern', accelerator: 'CommandOrControl+Plus' },
  'zoom:verkleinern': { label: 'Verkleinern', accelerator: 'CommandOrControl+-' },
  'zoom:originalgroesse': { label: 'Originalgröße (100 %)', accelerator: 'CommandOrControl+0' },
  'hilfe:tastenkuerzel': { label: 'Tastenkürzel', accelerator: 'F1' },
  'hilfe:ueber': { label: 'Über AMIP-Planer' },
} as const satisfies Record<string, { label: string; accelerator?: string }>;

export type MenuCommandId = keyof typeof MENU_COMMANDS;
export const MENU_COMMAND_IDS = Object.keys(MENU_COMMANDS) as MenuCommandId[];

/** The zoom commands (Ansicht → Zoom); the page zooms itself and keeps the level. */
export const ZOOM_COMMAND_IDS = MENU_COMMAND_IDS.filter((id) => id.startsWith('zoom:'));

/**
 * Commands whose keys the page handles itself (undo and redo know about open editors, Strg++
 * and Strg+- insert and delete rows in a grid and zoom elsewhere, Umschalt+F2 needs the grid's
 * cursor): the native menu shows their shortcut but leaves the key to the page.
 */
export const PAGE_KEY_COMMAND_IDS: readonly MenuCommandId[] = [
  'rueckgaengig',
  'wiederholen',
  'notiz-bearbeiten',
  ...ZOOM_COMMAND_IDS,
];

/** The sheets in the Ansicht menu, in menu order. */
export const SHEET_COMMAND_IDS = MENU_COMMAND_IDS.filter((id) => id.startsWith('ansicht:'));

export function isMenuCommandId(value: unknown): value is MenuCommandId {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMANDS, value);
}

/** The shortcut of a command in Electron syntax, or undefined. */
export function acceleratorOf(id: MenuCommandId): string | undefined {
  const command = MENU_COMMANDS[id];
  return 'accelerator' in command ? command.accelerator : undefined;
}

const KEY_NAMES: Record<string, string> = {
  CommandOrControl: 'Strg',
  CmdOrCtrl: 'Strg',
  Control: 'Strg',
  Ctrl: 'Strg',
  Shift: 'Umschalt',
  Alt: 'Alt',
  Plus: '+',
  Minus: '-',
};

/** "CommandOrControl+Shift+S" → "Strg+Umschalt+S" (as German Office shows it). */
export function formatAccelerator(accelerator: string): string {
  return accelerator
    .split('+')
    .map((key) => KEY_NAMES[key] ?? key)
    .join('+');
}

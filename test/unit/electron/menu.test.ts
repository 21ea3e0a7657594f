import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  MENU_COMMAND_IDS,
  formatAccelerator,
  isMenuCommandId,
  type MenuCommandId,
} from '../../../shared/ipc/menuCommands';
import { buildMenuTemplate } from '../../../electron/menu';

function setup(recent: string[] = [], platform: NodeJS.Platform = 'win32') {
  const commands: MenuCommandId[] = [];
  const opened: string[] = [];
  let cleared = 0;
  const template = buildMenuTemplate(
    recent,
    {
      command: (id) => commands.push(id),
      openRecent: (p) => opened.push(p),
      clearRecent: () => (cleared += 1),
    },
    platform,
  );
  return { template, commands, opened, cleared: () => cleared };
}

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  item?.submenu as MenuItemConstructorOptions[];
/** "Label [Strg+N]" per item, "—" for separators. */
const describeItems = (items: MenuItemConstructorOptions[]) =>
  items.map((item) =>
    item.type === 'separator'
      ? '—'
      : `${item.label}${item.accelerator ? ` [${formatAccelerator(String(item.accelerator))}]` : ''}`,
  );
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('menu template', () => {
  it('has the four German menus with Alt mnemonics', () => {
    expect(setup().template.map((menu) => menu.label)).toEqual([
      '&Datei',
      '&Bearbeiten',
      '&Ansicht',
      '&Hilfe',
    ]);
  });

  it('Datei', () => {
    expect(describeItems(submenu(setup().template[0]))).toEqual([
      'Neuer Plan [Strg+N]',
      'Öffnen… [Strg+O]',
      'Zuletzt geöffnet',
      'Aus Excel übernehmen…',
      '—',
      'Speichern unter… [Strg+Umschalt+S]',
      'Version speichern…',
      '—',
      'Exportieren nach Excel… [Strg+E]',
      'Exportieren als PDF…',
      'Exportieren als Word…',
      'Drucken… [Strg+P]',
      '—',
      'Land-/Regionalansicht…',
      '—',
      'Beenden [Alt+F4]',
    ]);
    expect(submenu(setup([], 'linux').template[0]).at(-1)).toMatchObject({
      role: 'quit',
      accelerator: 'CommandOrControl+Q',
    });
  });

  it('Bearbeiten: undo/redo go to the page, clipboard uses the native roles', () => {
    const items = submenu(setup().template[1]);
    expect(describeItems(items)).toEqual([
      'Rückgängig [Strg+Z]',
      'Wiederholen [Strg+Y]',
      '—',
      'Ausschneiden [Strg+X]',
      'Kopieren [Strg+C]',
      'Einfügen [Strg+V]',
      '—',
      'Alles auswählen [Strg+A]',
      '—',
      'Notiz bearbeiten… [Umschalt+F2]',
    ]);
    expect(items.map((item) => item.role)).toEqual([
      undefined,
      undefined,
      undefined,
      'cut',
      'copy',
      'paste',
      undefined,
      'selectAll',
      undefined,
      undefined,
    ]);
    // Umschalt+F2 stays with the grid, which knows the cursor's cell.
    expect(items.at(-1)?.registerAccelerator).toBe(false);
  });

  it('Ansicht: the sheets, then Zoom and full screen', () => {
    const items = submenu(setup().template[2]);
    expect(describeItems(items)).toEqual([
      'Übersicht',
      'Haushalt (EGT)',
      'Maßnahmeportfolio',
      'Bildungszielplanung',
      'Kennzahlen',
      '—',
      'Zoom',
      'Vollbild [F11]',
    ]);
    const zoom = submenu(items.find((item) => item.label === 'Zoom'));
    expect(describeItems(zoom)).toEqual([
      'Vergrößern [Strg++]',
      'Verkleinern [Strg+-]',
      'Originalgröße (100 %) [Strg+0]',
    ]);
    // the page zooms (and keeps the level); in a grid Strg++ / Strg+- insert and delete rows
    expect(zoom.map((item) => item.role)).toEqual([undefined, undefined, undefined]);
    expect(zoom.map((item) => item.registerAccelerator)).toEqual([false, false, false]);
  });

  it('Hilfe', () => {
    expect(describeItems(submenu(setup().template[3]))).toEqual([
      'Tastenkürzel [F1]',
      '—',
      'Über AMIP-Planer',
    ]);
  });

  it('every page command is in the menu once and sends its id', () => {
    const { template, commands } = setup();
    const all = template.flatMap((menu) => submenu(menu)).flatMap((item) => [item, ...(submenu(item) ?? [])]);
    const commandItems = all.filter((item) => isMenuCommandId(item.id));
    expect(commandItems.map((item) => item.id).sort()).toEqual([...MENU_COMMAND_IDS].sort());
    commandItems.forEach(click);
    expect(commands).toEqual(commandItems.map((item) => item.id));
  });

  it('no two items share a shortcut', () => {
    const all = setup()
      .template.flatMap((menu) => submenu(menu))
      .flatMap((item) => [item, ...(submenu(item) ?? [])]);
    const accelerators = all.map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('Zuletzt geöffnet', () => {
  const recentMenu = (template: MenuItemConstructorOptions[]) =>
    submenu(submenu(template[0]).find((item) => item.id === 'zuletzt-geoeffnet'));

  it('says so when the list is empty', () => {
    expect(recentMenu(setup().template)).toEqual([
      { label: 'Keine zuletzt geöffneten Pläne', enabled: false },
    ]);
  });

  it('lists the plans numbered, opens one on click, and can be cleared', () => {
    const { template, opened, cleared } = setup([
      'C:\\Pläne\\A & B 2016.amip.json',
      'C:\\Pläne\\C.amip.json',
    ]);
    const items = recentMenu(template);
    expect(describeItems(items)).toEqual(['&1 A && B 2016.amip.json', '&2 C.amip.json', '—', 'Liste leeren']);
    expect(items[0]!.toolTip).toBe('C:\\Pläne\\A & B 2016.amip.json');
    click(items[1]);
    expect(opened).toEqual(['C:\\Pläne\\C.amip.json']);
    click(items[3]);
    expect(cleared()).toBe(1);
  });
});

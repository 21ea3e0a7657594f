/**
 * The wiring of the Datei/Hilfe commands that runs without a browser: every native menu
 * command reaches a registered in-page item, the bus dispatches by id, shortcut keys, export
 * file names the desktop accepts, and the window title.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFileName, safeFileName } from '../../../../shared/ipc/fileNames';
import { parseIpcRequest } from '../../../../shared/ipc/ipcSchemas';
import type { MenuCommandId } from '../../../../shared/ipc/menuCommands';
import { MENU_COMMAND_IDS, MENU_COMMANDS } from '../../../../shared/ipc/menuCommands';
import { formatWindowTitle } from '../../../../shared/ipc/windowTitle';
import type { WindowTitle } from '../../../../shared/ipc/windowTitle';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { createEventBus } from '../../../../renderer/platform/platform';
import { registerBuiltInScreens } from '../../../../renderer/screens/registerScreens';
import { PlanStore } from '../../../../renderer/state/planStore';
import type { SaveState } from '../../../../renderer/storage/autosave';
import { startStorage } from '../../../../renderer/storage/startStorage';
import { commandForKey } from '../../../../renderer/shell/menuShortcuts';
import { MENUS, menuItems } from '../../../../renderer/shell/menuRegistry';
import {
  MENU_ITEM_OF,
  connectNativeMenu,
  findMenuItem,
  missingMenuItems,
} from '../../../../renderer/shell/nativeMenuBridge';
import { registerBuiltInMenus } from '../../../../renderer/shell/registerMenus';
import { registerFileMenuItems } from '../../../../renderer/shell/registerFileMenus';
import { installWindowTitle } from '../../../../renderer/shell/windowTitle';

describe('Menübefehle', () => {
  beforeAll(async () => {
    // The order of renderer/main.tsx.
    registerBuiltInScreens();
    registerBuiltInMenus();
    await startStorage();
    registerFileMenuItems();
  });

  it('every MENU_COMMANDS id runs a registered in-page item', () => {
    expect(Object.keys(MENU_ITEM_OF).sort()).toEqual([...MENU_COMMAND_IDS].sort());
    expect(missingMenuItems()).toEqual([]);
  });

  it('a command missing from the page is reported (negative control)', () => {
    expect(missingMenuItems((itemId) => itemId !== MENU_ITEM_OF['export-pdf'])).toEqual(['export-pdf']);
  });

  it('in-page items carry the native menu’s labels and shortcuts, storage’s items included', () => {
    expect(findMenuItem(MENU_ITEM_OF['speichern-unter'])).toMatchObject({
      label: 'Speichern unter…',
      shortcut: 'Strg+Umschalt+S',
    });
    expect(findMenuItem(MENU_ITEM_OF.drucken)).toMatchObject({ label: 'Drucken…', shortcut: 'Strg+P' });
    const datei = menuItems('datei').map((i) => i.label);
    for (const id of ['neuer-plan', 'oeffnen', 'export-excel', 'export-pdf', 'drucken'] as const)
      expect(datei).toContain(MENU_COMMANDS[id].label);
    // Each item id is used once across all menus.
    const ids = MENUS.flatMap((m) => menuItems(m.id).map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Tastenkürzel replaces the shell’s status-line text with the dialog (same id, one item)', () => {
    expect(menuItems('hilfe').filter((i) => i.label === 'Tastenkürzel')).toHaveLength(1);
  });

  it('the menu bus runs the item of each id and says so when it cannot', () => {
    const bus = createEventBus<MenuCommandId>();
    const ran: string[] = [];
    const said: string[] = [];
    const unsubscribe = connectNativeMenu(
      { onMenuCommand: bus.subscribe },
      (t) => said.push(t),
      (itemId) => {
        ran.push(itemId);
        return itemId !== 'bearbeiten.undo';
      },
    );
    bus.emit('export-excel');
    bus.emit('ansicht:massnahmeportfolio');
    bus.emit('rueckgaengig');
    unsubscribe();
    bus.emit('drucken');
    expect(ran).toEqual(['datei.excel', 'ansicht.portfolio', 'bearbeiten.undo']);
    expect(said).toEqual(['„Rückgängig“ ist gerade nicht möglich.']);
  });
});

describe('Tastenkürzel im Browser', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => commandForKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('Office shortcuts map to their commands', () => {
    expect(key('p', { ctrlKey: true })).toBe('drucken');
    expect(key('P', { ctrlKey: true })).toBe('drucken');
    expect(key('o', { metaKey: true })).toBe('oeffnen');
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('speichern-unter');
    expect(key('e', { ctrlKey: true })).toBe('export-excel');
    expect(key('F1')).toBe('hilfe:tastenkuerzel');
  });

  it('other keys stay with the page; undo and redo stay with the shell', () => {
    expect(key('p')).toBeNull();
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('p', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('p', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(key('z', { ctrlKey: true })).toBeNull();
    expect(key('y', { ctrlKey: true })).toBeNull();
  });
});

describe('Dateinamen für Exporte', () => {
  const accepted = (suggestedName: string, kind: 'plan' | 'excel' | 'pdf') =>
    parseIpcRequest('file/save-dialog', { suggestedName, kind, bytes: new Uint8Array([1]) }).ok;
  const hostile = [
    'Jobcenter A/B: "Nord" <Kreis>?*|',
    'Zeile\nUmbruch\tTab\u0007\u001b[0m\u0085',
    'x'.repeat(400),
    'Ä'.repeat(250),
    '😀'.repeat(120),
    '..',
    '   ',
    'CON',
    'nul.txt',
    'com1 .2016',
    'LPT¹',
    'Plan. . .',
    ' .versteckt',
  ];

  it('the desktop save dialog accepts every cleaned name, for each kind', () => {
    const plan = beispielplan();
    for (const kind of ['plan', 'excel', 'pdf'] as const) {
      for (const text of hostile) {
        for (const name of [
          safeFileName(text, kind),
          planFileName({ ...plan.header, jobcenter: text, variante: text }, kind),
        ]) {
          expect(accepted(name, kind), JSON.stringify(name)).toBe(true);
          expect(
            name.endsWith(kind === 'plan' ? '.amip.json' : `.${kind === 'excel' ? 'xlsx' : 'pdf'}`),
          ).toBe(true);
          // Linux allows 255 bytes per name.
          expect(new TextEncoder().encode(name).byteLength).toBeLessThanOrEqual(255);
        }
      }
    }
  });

  it('the check is real: the raw names are refused', () => {
    const raw = hostile.slice(0, 3).concat(['CON', 'nul.txt', 'com1 .2016']);
    expect(raw.map((text) => accepted(`${text}.xlsx`, 'excel'))).toEqual(raw.map(() => false));
  });

  it('names keep what is safe and replace what is not', () => {
    const cases: [string, string][] = [
      ['Jobcenter Düsseldorf 2016 Entwurf 2', 'Jobcenter Düsseldorf 2016 Entwurf 2.xlsx'],
      ['Kreis A/B: Nord', 'Kreis A B Nord.xlsx'],
      ['Zeile\nUmbruch\tTab\u0007', 'Zeile Umbruch Tab.xlsx'],
      ['', 'AMIP-Plan.xlsx'],
      ['..', 'AMIP-Plan.xlsx'],
      ['Plan. . .', 'Plan.xlsx'],
      [' .versteckt', 'versteckt.xlsx'],
      ['Bericht.xlsx', 'Bericht.xlsx'],
      ['CON', 'CON_.xlsx'],
      ['nul.txt', 'nul_.txt.xlsx'],
      ['com1 .2016', 'com1_ .2016.xlsx'],
      ['LPT¹', 'LPT¹_.xlsx'],
      ['CONTRA', 'CONTRA.xlsx'],
      ['Con Brio', 'Con Brio.xlsx'],
      ['x'.repeat(250), `${'x'.repeat(150)}.xlsx`],
      // 250 umlauts: cut at 250 bytes of UTF-8 with the extension, never inside a character.
      ['Ä'.repeat(250), `${'Ä'.repeat(125)}.xlsx`],
      ['😀'.repeat(120), `${'😀'.repeat(62)}.xlsx`],
    ];
    expect(cases.map(([text]) => safeFileName(text, 'excel'))).toEqual(cases.map(([, name]) => name));
  });
});

describe('Fenstertitel', () => {
  function fakeStorage(initial: SaveState) {
    let save = initial;
    const listeners = new Set<() => void>();
    return {
      getState: () => ({ save }),
      subscribe: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      set(next: SaveState) {
        save = next;
        listeners.forEach((l) => l());
      },
    };
  }

  it('follows plan and save state, and is sent only when it changes', () => {
    const store = new PlanStore(beispielplan());
    const storage = fakeStorage({ kind: 'saved', at: null, acknowledged: 0 });
    const titles: WindowTitle[] = [];
    const stop = installWindowTitle(
      { setTitle: (t) => titles.push(t) },
      store,
      storage as unknown as Parameters<typeof installWindowTitle>[2],
    );
    const h = store.getState().plan.header;
    expect(titles).toEqual([{ planName: `${h.jobcenter} – ${h.variante}`, year: h.year, saved: true }]);

    const edit = store.execute({ type: 'setInputs', changes: [{ key: 'row.r-egz.mittelansatz', value: 5 }] });
    expect(edit.ok).toBe(true);
    expect(titles).toHaveLength(1);

    storage.set({ kind: 'saving', pending: 1, acknowledged: 0 });
    storage.set({ kind: 'saving', pending: 2, acknowledged: 0 });
    storage.set({ kind: 'saved', at: new Date().toISOString(), acknowledged: 2 });
    expect(titles.map((t) => t.saved)).toEqual([true, false, true]);
    expect(formatWindowTitle(titles[1]!)).toMatch(/^• .* · nicht gespeichert – AMIP-Planer$/);

    store.load({ ...store.getState().plan, header: { ...h, jobcenter: 'Jobcenter Teststadt' } });
    expect(titles.at(-1)?.planName).toBe(`Jobcenter Teststadt – ${h.variante}`);
    stop();
    store.load(beispielplan());
    expect(titles).toHaveLength(4);
  });
});

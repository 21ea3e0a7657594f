/**
 * Datei › Als Datei speichern… on the desktop, end to end in Node: the renderer's
 * savePlanToDisk → the desktop platform → the IPC request check → main's save dialog → the
 * file written. Plan names a user can type (control characters, 250 characters, CON) must save.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../../shared/ipc/ipcContract';
import { DESKTOP_API_KEY } from '../../../../shared/ipc/ipcContract';
import type { Plan } from '../../../../shared/model/plan';
import { parsePlanFile } from '../../../../shared/file/planFile';
import { beispielplan } from '../../../../shared/sample/beispielplan';
import { createFileDialogs } from '../../../../electron/fileDialogs';
import { createIpcHandlers, handleIpcRequest } from '../../../../electron/ipcHandlers';
import { savePlanToDisk } from '../../../../renderer/storage/fileActions';
import { memoryFileSystem } from '../../../support/memoryFileSystem';
import { memorySettings } from '../../../support/memorySettings';

/** The main process as the page sees it: every request goes through the real IPC check. */
function desktop(platform: 'linux' | 'win32') {
  const memory = memoryFileSystem();
  const folder = platform === 'win32' ? 'C:\\Pläne' : '/home/planer';
  const dialogs = createFileDialogs({
    // The user accepts the suggested name in the last folder.
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async (options) => ({ canceled: false, filePath: options.defaultPath ?? '' }),
    },
    fs: memory.fs,
    settings: memorySettings(JSON.stringify({ lastFolder: folder })).store,
    platform,
  });
  const handlers = createIpcHandlers({
    dialogs,
    fs: memory.fs,
    platform,
    window: () => null,
    takeOpenedFiles: () => [],
    rememberOpened: () => undefined,
    appInfo: { name: 'AMIP-Planer', version: '0.1.0', runtime: 'Electron' },
  });
  main = (request) =>
    handleIpcRequest(handlers, 'file/save-dialog', { url: 'app://amip/index.html' }, request);
  return memory;
}

// The renderer picks its platform once per page; this bridge forwards to the current test's main.
let main: (request: unknown) => ReturnType<DesktopApi['saveFile']>;
const bridge: Partial<DesktopApi> = { saveFile: (request) => main(request) };
beforeAll(() => {
  vi.stubGlobal('window', { [DESKTOP_API_KEY]: bridge });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function named(jobcenter: string, variante = 'Entwurf'): Plan {
  const plan = beispielplan();
  return { ...plan, header: { ...plan.header, jobcenter, variante } };
}

describe('Als Datei speichern (desktop)', () => {
  const hostile: [string, Plan][] = [
    ['control characters', named('Jobcenter\u0000Nord\u0007\u001b[31m\tTab\r\nZeile\u0085')],
    ['250 characters', named('J'.repeat(250))],
    ['250 umlauts (500 bytes of UTF-8)', named('Ä'.repeat(250))],
    ['Windows reserved characters', named('Kreis A/B: "Nord" <1>?*|\\')],
    ['a Windows device name', named('CON', '')],
    ['trailing dots and spaces', named('Jobcenter . . .', ' . ')],
    ['only dots', named('..', '..')],
  ];

  it.each(hostile)('a plan name with %s is saved under a cleaned name', async (_, plan) => {
    const memory = desktop('linux');
    const name = await savePlanToDisk(plan);
    expect(name).toMatch(/\.amip\.json$/);
    const [[path, bytes]] = [...memory.store.entries()] as [[string, Uint8Array]];
    expect(path).toBe(`/home/planer/${name}`);
    // What was written is the plan, and it opens again.
    const reopened = parsePlanFile(new TextDecoder().decode(bytes));
    expect(reopened.ok && reopened.plan.header.jobcenter).toBe(plan.header.jobcenter);
  });

  it('the cleaned names, as the user sees them in the dialog', async () => {
    const memory = desktop('win32');
    const saved = [];
    for (const [, plan] of hostile) saved.push(await savePlanToDisk(plan));
    saved.push(await savePlanToDisk(named('nul.', '')));
    expect(saved).toEqual([
      'Jobcenter Nord [31m Tab Zeile 2016 Entwurf.amip.json',
      `${'J'.repeat(150)}.amip.json`,
      `${'Ä'.repeat(122)}.amip.json`,
      'Kreis A B Nord 1 2016 Entwurf.amip.json',
      'CON 2016.amip.json',
      'Jobcenter . . . 2016.amip.json',
      '2016.amip.json',
      // "nul. 2016" would be the device NUL on Windows.
      'nul_. 2016.amip.json',
    ]);
    expect([...memory.store.keys()]).toContain('C:\\Pläne\\nul_. 2016.amip.json');
  });
});

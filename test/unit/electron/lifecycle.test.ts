import { describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../../shared/ipc/ipcContract';
import {
  CRASH_DIALOG,
  DEFAULT_WINDOW_STATE,
  captureWindowState,
  createOsFileOpener,
  findFileArgument,
  restoreWindowState,
  setupSingleInstance,
  trackWindowState,
  watchRendererCrash,
} from '../../../electron/lifecycle';
import { FakeBrowserWindow, FakeEmitter } from '../../support/fakeElectron';
import { memoryFileSystem } from '../../support/memoryFileSystem';

describe('single instance', () => {
  function fakeApp(lock: boolean) {
    return Object.assign(new FakeEmitter(), {
      quits: 0,
      requestSingleInstanceLock: () => lock,
      quit() {
        this.quits += 1;
      },
    });
  }

  it('the first instance keeps running and listens for later starts', () => {
    const app = fakeApp(true);
    const seen: [string[], string][] = [];
    expect(setupSingleInstance(app, (argv, cwd) => seen.push([argv, cwd]))).toBe(true);
    app.emit('second-instance', {}, ['amip', 'C:\\p.amip.json'], 'C:\\');
    expect(seen).toEqual([[['amip', 'C:\\p.amip.json'], 'C:\\']]);
    expect(app.quits).toBe(0);
  });

  it('a second instance quits and registers nothing', () => {
    const app = fakeApp(false);
    expect(setupSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quits).toBe(1);
    expect(app.count('second-instance')).toBe(0);
  });
});

describe('findFileArgument', () => {
  it.each([
    [
      ['C:\\Programme\\AMIP-Planer.exe', 'C:\\Pläne\\Plan 2016.amip.json'],
      'C:\\',
      'win32',
      'C:\\Pläne\\Plan 2016.amip.json',
    ],
    [['amip', '--allow-file-access', 'Plan.AMIP.JSON'], 'D:\\Pläne', 'win32', 'D:\\Pläne\\Plan.AMIP.JSON'],
    [
      ['electron', 'dist/electron/main.cjs', 'x/Import.xlsx'],
      '/home/planer',
      'linux',
      '/home/planer/x/Import.xlsx',
    ],
    [['amip', '\\\\server\\share\\Plan.amip.json'], 'C:\\', 'win32', '\\\\server\\share\\Plan.amip.json'],
    [['amip', 'a.amip.json', 'b.amip.json'], '/p', 'linux', '/p/b.amip.json'],
    [['amip', '/p/../etc/x.amip.json'], '/', 'linux', '/etc/x.amip.json'],
  ] as const)('%j in %s → %s', (argv, cwd, platform, expected) => {
    expect(findFileArgument(argv, cwd, platform)).toBe(expected);
  });

  it.each([[['amip']], [['amip', '--inspect']], [['amip', 'readme.txt']], [['C:\\plan.amip.json']]])(
    'no file in %j',
    (argv) => {
      expect(findFileArgument(argv, '/', 'linux')).toBeNull();
    },
  );
});

describe('files opened by the OS', () => {
  function setup() {
    const memory = memoryFileSystem({ '/p/Plan.amip.json': new Uint8Array([123, 125]) });
    const errors: string[] = [];
    const remembered: string[] = [];
    let notified = 0;
    const opener = createOsFileOpener({
      fs: memory.fs,
      platform: 'linux',
      notify: () => (notified += 1),
      showError: (m) => errors.push(m),
      remember: (p: string, _f: OpenedFile) => remembered.push(p),
    });
    return { opener, errors, remembered, notified: () => notified };
  }

  it('queues the file, notifies the page and remembers it; take empties the queue', async () => {
    const { opener, remembered, notified } = setup();
    await opener.open('/p/Plan.amip.json');
    expect(notified()).toBe(1);
    expect(remembered).toEqual(['/p/Plan.amip.json']);
    expect(opener.take()).toEqual([
      { name: 'Plan.amip.json', kind: 'plan', bytes: new Uint8Array([123, 125]) },
    ]);
    expect(opener.take()).toEqual([]);
  });

  it('a file that cannot be opened gets a German message and nothing is queued', async () => {
    const { opener, errors, notified } = setup();
    await opener.open('/p/Bild.png');
    await opener.open('/p/Fehlt.amip.json');
    expect(errors).toEqual([
      'Die Datei „Bild.png“ kann hier nicht geöffnet werden. Erwartet: AMIP-Plan (.amip.json) oder Excel-Arbeitsmappe (.xlsx).',
      'Die Datei „Fehlt.amip.json“ wurde nicht gefunden.',
    ]);
    expect(notified()).toBe(0);
    expect(opener.take()).toEqual([]);
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('first start: the default size, centred', () => {
    expect(restoreWindowState(undefined, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a saved state that is on screen', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900, maximized: true };
    expect(restoreWindowState(saved, screen)).toEqual(saved);
  });

  it('drops the position when the monitor it was on is gone, and fits the size', () => {
    expect(
      restoreWindowState({ x: 2500, y: 100, width: 2500, height: 1400, maximized: false }, screen),
    ).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(
      restoreWindowState({ x: 100, y: -300, width: 1000, height: 700, maximized: false }, screen),
    ).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('keeps a position on a second monitor left of the first', () => {
    const two = [...screen, { x: -1280, y: 0, width: 1280, height: 984 }];
    expect(
      restoreWindowState({ x: -1200, y: 10, width: 1000, height: 700, maximized: false }, two),
    ).toMatchObject({
      x: -1200,
      y: 10,
    });
  });

  it('never smaller than the minimum', () => {
    expect(restoreWindowState({ width: 300, height: 200, maximized: false }, screen)).toMatchObject({
      width: 900,
      height: 560,
    });
  });

  it('saves the normal bounds and maximised flag on close', () => {
    const window = new FakeBrowserWindow({});
    window.bounds = { x: 5, y: 6, width: 1000, height: 800 };
    window.maximized = true;
    const saved: unknown[] = [];
    trackWindowState(window, (state) => saved.push(state));
    expect(saved).toEqual([]);
    window.emit('close');
    expect(saved).toEqual([{ x: 5, y: 6, width: 1000, height: 800, maximized: true }]);
    expect(captureWindowState(window)).toEqual(saved[0]);
  });
});

describe('renderer crash', () => {
  function setup(answer: number) {
    const window = new FakeBrowserWindow({});
    const shown: unknown[] = [];
    let quits = 0;
    watchRendererCrash(
      window,
      async (parent, options) => {
        shown.push({ parent, options });
        return { response: answer };
      },
      () => (quits += 1),
    );
    return { window, shown, quits: () => quits };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('shows the German dialog with "Neu laden" and reloads', async () => {
    const { window, shown, quits } = setup(0);
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: -1 });
    await tick();
    expect(shown).toEqual([
      {
        parent: window,
        options: { ...CRASH_DIALOG, detail: `${CRASH_DIALOG.detail}\n\n(Ursache: oom, Code -1)` },
      },
    ]);
    expect(CRASH_DIALOG.buttons).toEqual(['Neu laden', 'Beenden']);
    expect(CRASH_DIALOG.detail).toContain('nicht verloren');
    expect(window.webContents.reloads).toBe(1);
    expect(quits()).toBe(0);
  });

  it('"Beenden" quits', async () => {
    const { window, quits } = setup(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await tick();
    expect(quits()).toBe(1);
    expect(window.webContents.reloads).toBe(0);
  });

  it('a clean exit is no crash; a second crash while asking shows no second dialog', async () => {
    const { window, shown } = setup(0);
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(shown).toEqual([]);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await tick();
    expect(shown).toHaveLength(1);
  });
});

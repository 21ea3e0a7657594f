/**
 * Builds the real preload bundle with electron/build.mjs and runs it the way a sandboxed
 * preload runs: CommonJS, with only `electron` to require (here the fake).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDesktopBundles } from '../../../electron/build.mjs';
import { DESKTOP_API_KEY, DESKTOP_API_METHODS, ipcContract } from '../../../shared/ipc/ipcContract';
import { createFakeElectron } from '../../support/fakeElectron';

const fake = createFakeElectron();
const required: string[] = [];
let api: Record<string, (...args: unknown[]) => unknown>;
let mainFile: string;

beforeAll(async () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'amip-preload-'));
  const built = await buildDesktopBundles({ outdir });
  const { preloadFile } = built;
  mainFile = built.mainFile;
  const code = fs.readFileSync(preloadFile, 'utf8');
  const module = { exports: {} };
  const sandboxedRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return fake;
    throw new Error(`Ein Sandbox-Preload kann „${name}“ nicht laden.`);
  };
  vm.runInNewContext(code, { require: sandboxedRequire, module, exports: module.exports, console, Promise });
  expect(fake.recorded.exposed).toHaveLength(1);
  api = fake.recorded.exposed[0]!.api as typeof api;
}, 60_000);

describe('built preload', () => {
  it('requires nothing but electron', () => {
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it(`exposes exactly the contract's functions as window.${DESKTOP_API_KEY}`, () => {
    expect(fake.recorded.exposed[0]!.key).toBe('amipDesktop');
    expect(Object.keys(api).sort()).toEqual([...DESKTOP_API_METHODS].sort());
    for (const name of Object.keys(api)) expect(typeof api[name], name).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const values = Object.values(api);
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(fake.ipcRenderer.invoke);
    expect(values).not.toContain(fake.ipcRenderer.on);
  });

  it('each invoke function calls its own channel with the request', async () => {
    const request = { marker: 'anfrage' };
    for (const [channel, route] of Object.entries(ipcContract)) {
      if (channel === 'file/read-dropped') continue;
      fake.recorded.invoked.length = 0;
      await api[route.method]!(request);
      const takesRequest = !['file/take-opened', 'window/print', 'app/get-info'].includes(channel);
      expect(fake.recorded.invoked, channel).toEqual([{ channel, args: takesRequest ? [request] : [] }]);
    }
  });

  it('readDroppedFile sends only the path Electron knows for the file', async () => {
    fake.recorded.invoked.length = 0;
    await api.readDroppedFile!({ name: 'Plan.amip.json' });
    expect(fake.recorded.invoked).toEqual([
      { channel: 'file/read-dropped', args: [{ path: '/home/planer/Plan.amip.json' }] },
    ]);
    await expect(api.readDroppedFile!({ name: 'ohne-pfad' })).resolves.toMatchObject({ ok: false });
  });

  it('menu commands reach the listener without the IPC event; unknown ids are dropped; unsubscribe works', () => {
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand!((id: unknown) => received.push(id)) as () => void;
    const listeners = fake.recorded.rendererListeners;
    listeners.emit('menu/command', { sender: 'ipc-event' }, 'drucken');
    listeners.emit('menu/command', { sender: 'ipc-event' }, 'format-c');
    unsubscribe();
    listeners.emit('menu/command', { sender: 'ipc-event' }, 'oeffnen');
    expect(received).toEqual(['drucken']);
    expect(listeners.count('menu/command')).toBe(0);
  });

  it('onOpenedFilesWaiting calls the listener with no arguments', () => {
    const calls: unknown[][] = [];
    api.onOpenedFilesWaiting!((...args: unknown[]) => calls.push(args));
    fake.recorded.rendererListeners.emit('file/opened-waiting', { sender: 'ipc-event' });
    expect(calls).toEqual([[]]);
  });
});

describe('built main bundle', () => {
  it('starts against the fake electron: one secure window, every channel handled, version from package.json', async () => {
    const electron = createFakeElectron();
    const nodeRequire = createRequire(mainFile);
    const module = { exports: {} };
    const code = fs.readFileSync(mainFile, 'utf8');
    const wrapper = vm.runInThisContext(
      `(function (require, module, exports, __filename, __dirname) {${code}\n})`,
    ) as (...args: unknown[]) => void;
    wrapper(
      (name: string) => (name === 'electron' ? electron : nodeRequire(name)),
      module,
      module.exports,
      mainFile,
      path.dirname(mainFile),
    );
    electron.app.becomeReady();
    await vi.waitFor(() => expect(electron.BrowserWindow.instances.length).toBeGreaterThan(0));
    const window = electron.BrowserWindow.instances.at(-1)!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(path.dirname(mainFile), 'preload.cjs'),
    });
    expect([...electron.recorded.ipcMainHandlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    const info = await electron.recorded.ipcMainHandlers.get('app/get-info')!({
      senderFrame: { url: 'app://amip/' },
    });
    const { version } = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
    );
    expect(info).toMatchObject({ ok: true, value: { name: 'AMIP-Planer', version } });
  });
});

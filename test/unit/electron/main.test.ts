/**
 * The whole main process wired together against the fake electron module: what is actually set
 * on the window, the session, the menu and IPC after start-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/contentSecurityPolicy';
import { IPC_CHANNELS } from '../../../shared/ipc/ipcContract';
import { fakeElectron, fakeEvent, type FakeBrowserWindow } from '../../support/fakeElectron';

vi.mock('electron', () => import('../../support/fakeElectron').then((m) => m.fakeElectron));

const { app, recorded, session } = fakeElectron;
let window: FakeBrowserWindow;

beforeAll(async () => {
  await import('../../../electron/main');
  app.becomeReady();
  const created = fakeElectron.BrowserWindow.instances;
  await vi.waitFor(() => expect(created).toHaveLength(1));
  window = created[0]!;
});

describe('start-up', () => {
  it('registers the app:// scheme as privileged before ready, enables the sandbox app-wide', () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.sandboxEnabled).toBe(true);
    expect(app.name).toBe('AMIP-Planer');
    expect(app.getPath('userData').endsWith('AMIP-Planer')).toBe(true);
  });

  it('loads the renderer from its own files (app://amip), never from a server', () => {
    expect(window.loadedUrl).toBe('app://amip/index.html');
    expect(recorded.protocolHandlers.has('app')).toBe(true);
  });

  it('sets the secure webPreferences on the window it creates', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('puts the CSP on every response of the default session and blocks remote requests', async () => {
    const headers = session.defaultSession.respond('app://amip/index.html', {
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.keys(headers).filter((h) => h.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(session.defaultSession.request('https://cdn.example.com/lib.js')).toBe(true);
    expect(session.defaultSession.request('app://amip/assets/index.js')).toBe(false);

    const served = await recorded.protocolHandlers.get('app')!(new Request('app://amip/../../etc/passwd'));
    expect([403, 404]).toContain(served.status);
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('denies permissions and hardens the window: no navigation, no window.open, no webview', () => {
    expect(session.defaultSession.ask('media')).toBe(false);
    expect(session.defaultSession.ask('notifications')).toBe(false);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = fakeEvent();
      window.webContents.emit(event, e, 'https://example.com');
      expect(e.defaultPrevented, event).toBe(true);
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });

  it('handles every contract channel and refuses requests from other pages', async () => {
    expect([...recorded.ipcMainHandlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    const handler = recorded.ipcMainHandlers.get('app/get-info')!;
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } })).resolves.toMatchObject({
      ok: false,
    });
    await expect(handler({ senderFrame: { url: 'app://amip/index.html' } })).resolves.toMatchObject({
      ok: true,
      value: { name: 'AMIP-Planer' },
    });
  });

  it('sets the German menu; a menu command reaches the page', () => {
    const menu = recorded.menus.at(-1)!.template as {
      label: string;
      submenu: { id?: string; click?: () => void }[];
    }[];
    expect(menu.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    menu[0]!.submenu.find((item) => item.id === 'export-excel')!.click!();
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'menu/command', args: ['export-excel'] });
  });

  it('sets the title from the page: plan, year, saved state', async () => {
    const handler = recorded.ipcMainHandlers.get('window/set-title')!;
    const frame = { senderFrame: { url: 'app://amip/index.html' } };
    await handler(frame, { planName: 'Jobcenter Musterstadt', year: 2016, saved: false });
    expect(window.title).toBe('• Jobcenter Musterstadt · 2016 · nicht gespeichert – AMIP-Planer');
  });
});

describe('second start', () => {
  it('focuses the running window and opens the plan it was given', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amip-second-'));
    const plan = path.join(dir, 'Plan 2016.amip.json');
    fs.writeFileSync(plan, '{"schemaVersion":1}');
    window.minimized = true;
    window.focused = false;
    const sentBefore = window.webContents.sent.length;

    app.emit('second-instance', {}, ['/opt/AMIP-Planer/amip-planer', '--flag', 'Plan 2016.amip.json'], dir);
    await vi.waitFor(() => expect(window.webContents.sent.length).toBeGreaterThan(sentBefore));

    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(window.webContents.sent.slice(sentBefore)).toContainEqual({
      channel: 'file/opened-waiting',
      args: [],
    });
    const take = recorded.ipcMainHandlers.get('file/take-opened')!;
    const taken = (await take({ senderFrame: { url: 'app://amip/index.html' } })) as {
      ok: true;
      value: { name: string; kind: string; bytes: Uint8Array }[];
    };
    expect(taken.value.map((f) => [f.name, f.kind, new TextDecoder().decode(f.bytes)])).toEqual([
      ['Plan 2016.amip.json', 'plan', '{"schemaVersion":1}'],
    ]);
    // Remembered for Datei › Zuletzt geöffnet and the OS.
    expect(app.recentDocuments).toContain(plan);
    const menu = recorded.menus.at(-1)!.template as {
      submenu: { id?: string; submenu?: { label?: string }[] }[];
    }[];
    const recent = menu[0]!.submenu.find((item) => item.id === 'zuletzt-geoeffnet')!.submenu!;
    expect(recent[0]!.label).toBe('&1 Plan 2016.amip.json');
  });

  it('a second start with a missing file shows a German message and changes nothing', async () => {
    const before = recorded.messageBoxes.length;
    app.emit('second-instance', {}, ['amip-planer', '/nirgends/fehlt.amip.json'], '/');
    await vi.waitFor(() => expect(recorded.messageBoxes.length).toBeGreaterThan(before));
    expect(recorded.messageBoxes.slice(before).map((m) => m.options.detail)).toEqual([
      'Die Datei „fehlt.amip.json“ wurde nicht gefunden.',
    ]);
    const take = recorded.ipcMainHandlers.get('file/take-opened')!;
    await expect(take({ senderFrame: { url: 'app://amip/index.html' } })).resolves.toEqual({
      ok: true,
      value: [],
    });
  });
});

describe('window state and crash', () => {
  it('saves size and position to the settings file when the window closes', () => {
    window.bounds = { x: 40, y: 50, width: 1400, height: 900 };
    window.maximized = false;
    window.emit('close');
    const saved = JSON.parse(
      fs.readFileSync(path.join(app.getPath('userData'), 'desktop-settings.json'), 'utf8'),
    );
    expect(saved.windowState).toEqual({ x: 40, y: 50, width: 1400, height: 900, maximized: false });
  });

  it('a renderer crash shows the German dialog; "Neu laden" reloads the page', async () => {
    recorded.messageBoxAnswers.push(0);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    const dialogShown = recorded.messageBoxes.at(-1)!;
    expect(dialogShown.window).toBe(window);
    expect(dialogShown.options.message).toBe('Die Planansicht wurde unerwartet beendet.');
    expect(dialogShown.options.buttons).toEqual(['Neu laden', 'Beenden']);
    expect(window.webContents.reloads).toBe(1);
  });
});

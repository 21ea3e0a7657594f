import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type OpenedFile } from '../../../shared/ipc/ipcContract';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import { createFileDialogs, type DialogPort } from '../../../electron/fileDialogs';
import {
  UNTRUSTED_SENDER_ERROR,
  createIpcHandlers,
  handleIpcRequest,
  isTrustedSender,
  registerIpcHandlers,
  sendToRenderer,
  type IpcHandlers,
} from '../../../electron/ipcHandlers';
import { FakeWebContents } from '../../support/fakeElectron';
import { memoryFileSystem } from '../../support/memoryFileSystem';
import { memorySettings } from '../../support/memorySettings';

const APP = { url: 'app://amip/index.html' };
const planBytes = new TextEncoder().encode('{"schemaVersion":1}');

function setup(dialogAnswers: Partial<DialogPort> = {}) {
  const memory = memoryFileSystem({
    '/home/planer/Plan.amip.json': planBytes,
    '/home/planer/Import.xlsx': new Uint8Array([80, 75]),
  });
  const settings = memorySettings();
  const dialogCalls: unknown[] = [];
  const dialog: DialogPort = {
    showOpenDialog: async (options) => {
      dialogCalls.push(options);
      return { canceled: false, filePaths: ['/home/planer/Plan.amip.json'] };
    },
    showSaveDialog: async (options) => {
      dialogCalls.push(options);
      return { canceled: false, filePath: '/home/planer/Export/AMIP 2016.xlsx' };
    },
    ...dialogAnswers,
  };
  const window = new FakeWebContents();
  const titles: string[] = [];
  const remembered: [string, OpenedFile][] = [];
  const waiting: OpenedFile[] = [{ name: 'a.amip.json', kind: 'plan', bytes: planBytes }];
  const handlers = createIpcHandlers({
    dialogs: createFileDialogs({ dialog, fs: memory.fs, settings: settings.store, platform: 'linux' }),
    fs: memory.fs,
    platform: 'linux',
    window: () => ({ setTitle: (t) => titles.push(t), webContents: window }),
    takeOpenedFiles: () => waiting.splice(0),
    rememberOpened: (p, f) => remembered.push([p, f]),
    appInfo: { name: 'AMIP-Planer', version: '0.1.0', runtime: 'Electron 45' },
  });
  const call = (channel: (typeof IPC_CHANNELS)[number], raw?: unknown) =>
    handleIpcRequest(handlers, channel, APP, raw);
  return { handlers, call, memory, settings, dialogCalls, window, titles, remembered };
}

describe('sender check', () => {
  it.each([
    [APP, true],
    [{ url: 'app://amip/assets/worker.js' }, true],
    [{ url: 'app://amipevil/index.html' }, false],
    [{ url: 'https://example.com/' }, false],
    [{ url: 'file:///home/x/index.html' }, false],
    [{ url: 'about:blank' }, false],
    [null, false],
  ])('%j trusted: %s', (frame, trusted) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });

  it('a request from a foreign frame never reaches a handler', async () => {
    const { handlers, memory } = setup();
    const result = await handleIpcRequest(
      handlers,
      'file/read-dropped',
      { url: 'https://evil.example/' },
      {
        path: '/home/planer/Plan.amip.json',
      },
    );
    expect(result).toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
    expect(memory.calls).toEqual([]);
  });
});

describe('registration', () => {
  it('registers exactly the contract channels, each answering through validation', async () => {
    const registered = new Map<
      string,
      (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>
    >();
    registerIpcHandlers(
      { handle: (channel, listener) => registered.set(channel, listener) },
      setup().handlers,
    );
    expect([...registered.keys()]).toEqual(IPC_CHANNELS);
    await expect(
      registered.get('window/set-title')!({ senderFrame: APP }, { planName: 1 }),
    ).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('Ungültige Anfrage an „window/set-title“'),
    });
  });

  it('an unexpected exception becomes a German error, not a crash', async () => {
    const throwing = {
      ...setup().handlers,
      'app/get-info': () => Promise.reject(new Error('boom')),
    } as IpcHandlers;
    await expect(handleIpcRequest(throwing, 'app/get-info', APP, undefined)).resolves.toEqual({
      ok: false,
      error: 'Unerwarteter Fehler im AMIP-Planer. Bitte erneut versuchen.',
    });
  });
});

describe('file/open-dialog', () => {
  it('answers name, kind and bytes but never the path, and remembers the plan', async () => {
    const { call, remembered, settings } = setup();
    const result = await call('file/open-dialog', { kinds: ['plan', 'excel'] });
    expect(result).toEqual({ ok: true, value: { name: 'Plan.amip.json', kind: 'plan', bytes: planBytes } });
    expect(JSON.stringify(result)).not.toContain('/home/planer');
    expect(remembered.map(([p]) => p)).toEqual(['/home/planer/Plan.amip.json']);
    expect(settings.store.get().lastFolder).toBe('/home/planer');
  });

  it('answers null when the user cancels', async () => {
    const { call } = setup({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    expect(await call('file/open-dialog', { kinds: ['plan'] })).toEqual({ ok: true, value: null });
  });

  it('refuses wrong types before a dialog opens', async () => {
    const { call, dialogCalls } = setup();
    expect((await call('file/open-dialog', { kinds: ['exe'] })).ok).toBe(false);
    expect((await call('file/open-dialog', 'plan')).ok).toBe(false);
    expect(dialogCalls).toEqual([]);
  });
});

describe('file/save-dialog', () => {
  it('writes the bytes where the user chose and answers the name', async () => {
    const { call, memory } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await call('file/save-dialog', { suggestedName: 'AMIP 2016', kind: 'excel', bytes })).toEqual({
      ok: true,
      value: { name: 'AMIP 2016.xlsx' },
    });
    expect(memory.store.get('/home/planer/Export/AMIP 2016.xlsx')).toEqual(bytes);
  });

  it('refuses an oversized payload and a folder in the name without opening a dialog', async () => {
    const { call, dialogCalls, memory } = setup();
    const tooBig = await call('file/save-dialog', {
      suggestedName: 'x',
      kind: 'plan',
      bytes: new Uint8Array(MAX_FILE_BYTES + 1),
    });
    expect(tooBig).toMatchObject({ ok: false, error: expect.stringContaining('größer als 50 MB') });
    const sneaky = await call('file/save-dialog', {
      suggestedName: '../../.bashrc',
      kind: 'plan',
      bytes: new Uint8Array(1),
    });
    expect(sneaky.ok).toBe(false);
    expect(dialogCalls).toEqual([]);
    expect(memory.calls).toEqual([]);
  });
});

describe('file/export-pdf', () => {
  it('prints the page to PDF and saves it where the user chose', async () => {
    const { call, memory } = setup({
      showSaveDialog: async () => ({ canceled: false, filePath: '/home/planer/AMIP.pdf' }),
    });
    expect(await call('file/export-pdf', { suggestedName: 'AMIP' })).toEqual({
      ok: true,
      value: { name: 'AMIP.pdf' },
    });
    expect(new TextDecoder().decode(memory.store.get('/home/planer/AMIP.pdf') as Uint8Array)).toBe(
      '%PDF-1.7',
    );
  });

  it('leaves page size and orientation to the print view (portrait pages with landscape tables)', async () => {
    const { call, window } = setup({
      showSaveDialog: async () => ({ canceled: false, filePath: '/home/planer/AMIP.pdf' }),
    });
    await call('file/export-pdf', { suggestedName: 'AMIP' });
    expect(window.pdfOptions).toEqual([
      {
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      },
    ]);
  });
});

describe('file/read-dropped', () => {
  it('reads a dropped plan', async () => {
    const { call } = setup();
    expect(await call('file/read-dropped', { path: '/home/planer/Plan.amip.json' })).toEqual({
      ok: true,
      value: { name: 'Plan.amip.json', kind: 'plan', bytes: planBytes },
    });
  });

  it.each([
    ['/home/planer/../../etc/Plan.amip.json', '„..“'],
    ['//server/share/Plan.amip.json', 'Netzwerkpfad'],
    ['\\\\server\\share\\Plan.amip.json', 'Netzwerkpfad'],
    ['Plan.amip.json', 'kein absoluter Pfad'],
    ['/home/planer/.ssh/id_rsa', 'kann hier nicht geöffnet werden'],
    ['/home/planer/Fehlt.amip.json', 'wurde nicht gefunden'],
  ])('refuses %s in German', async (path, message) => {
    const { call, remembered } = setup();
    const result = await call('file/read-dropped', { path });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
    expect(remembered).toEqual([]);
  });

  it('refuses a file above 50 MB without reading it', async () => {
    const { call, memory } = setup();
    memory.store.set('/home/planer/Riesig.xlsx', { size: MAX_FILE_BYTES + 1 } as unknown as Uint8Array);
    const result = await call('file/read-dropped', { path: '/home/planer/Riesig.xlsx' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('zu groß') });
    expect(memory.calls).not.toContain('read /home/planer/Riesig.xlsx');
  });
});

describe('window and app', () => {
  it('file/take-opened hands out the waiting files once', async () => {
    const { call } = setup();
    expect((await call('file/take-opened')) as { value: unknown[] }).toMatchObject({
      ok: true,
      value: [{ name: 'a.amip.json' }],
    });
    expect(await call('file/take-opened')).toEqual({ ok: true, value: [] });
  });

  it('window/set-title formats plan, year and saved state', async () => {
    const { call, titles } = setup();
    await call('window/set-title', { planName: 'Jobcenter Musterstadt', year: 2016, saved: true });
    expect(titles).toEqual(['Jobcenter Musterstadt · 2016 · gespeichert – AMIP-Planer']);
  });

  it('window/print opens the print dialog, app/get-info answers the app', async () => {
    const { call, window } = setup();
    expect(await call('window/print')).toEqual({ ok: true, value: null });
    expect(window.prints).toEqual([{ silent: false, printBackground: true }]);
    window.printOutcome = [false, 'Kein Drucker'];
    expect(await call('window/print')).toEqual({ ok: false, error: 'Drucken fehlgeschlagen: Kein Drucker.' });
    window.printOutcome = [false, 'cancelled'];
    expect(await call('window/print')).toEqual({ ok: true, value: null });
    expect(await call('app/get-info')).toEqual({
      ok: true,
      value: { name: 'AMIP-Planer', version: '0.1.0', runtime: 'Electron 45' },
    });
  });

  it('sendToRenderer sends the event name and payload', () => {
    const contents = new FakeWebContents();
    sendToRenderer(contents, 'menu/command', 'drucken');
    sendToRenderer(contents, 'file/opened-waiting');
    expect(contents.sent).toEqual([
      { channel: 'menu/command', args: ['drucken'] },
      { channel: 'file/opened-waiting', args: [] },
    ]);
  });
});

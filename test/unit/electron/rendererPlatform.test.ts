/**
 * The renderer's platform interface: the browser implementation's rules (in Node, with a fake
 * host; the DOM part runs in the Playwright browser tests) and the desktop implementation over
 * a fake preload bridge.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import type { DesktopApi, IpcResult, OpenedFile } from '../../../shared/ipc/ipcContract';
import type { MenuCommandId } from '../../../shared/ipc/menuCommands';
import {
  acceptAttribute,
  createBrowserPlatform,
  readChosenFile,
  type BrowserHost,
} from '../../../renderer/platform/browserPlatform';
import { createDesktopPlatform } from '../../../renderer/platform/desktopPlatform';
import { choosePlatform } from '../../../renderer/platform/getPlatform';

function fakeHost(chosen: File | null = null) {
  const downloads: { fileName: string; blob: Blob }[] = [];
  const accepts: string[] = [];
  const titles: string[] = [];
  let prints = 0;
  const host: BrowserHost = {
    pickFile: async (accept) => {
      accepts.push(accept);
      return chosen;
    },
    download: (fileName, blob) => downloads.push({ fileName, blob }),
    setDocumentTitle: (t) => titles.push(t),
    print: () => (prints += 1),
  };
  return { host, downloads, accepts, titles, prints: () => prints };
}

/** A File whose size claims `size` bytes without allocating them. */
function hugeFile(name: string, size: number): File {
  const file = new File(['x'], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('browser platform', () => {
  it('accepts the extensions and MIME types of the kinds', () => {
    expect(acceptAttribute(['plan', 'excel'])).toBe(
      '.amip.json,application/json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('open reads the chosen file', async () => {
    const { host, accepts } = fakeHost(new File(['{"a":1}'], 'Plan 2016.amip.json'));
    const result = await createBrowserPlatform(host).openFile(['plan']);
    expect(result).toEqual({
      ok: true,
      name: 'Plan 2016.amip.json',
      kind: 'plan',
      bytes: new TextEncoder().encode('{"a":1}'),
    });
    expect(accepts).toEqual(['.amip.json,application/json']);
  });

  it('open answers null when the user cancels', async () => {
    expect(await createBrowserPlatform(fakeHost(null).host).openFile(['plan'])).toBeNull();
  });

  it('a file of the wrong kind or above 50 MB gets a German message and is not read', async () => {
    expect(await readChosenFile(new File(['x'], 'Foto.jpg'), ['plan', 'excel'])).toEqual({
      ok: false,
      error:
        'Die Datei „Foto.jpg“ kann hier nicht geöffnet werden. Erwartet: AMIP-Plan (.amip.json) oder Excel-Arbeitsmappe (.xlsx).',
    });
    const huge = hugeFile('gross.xlsx', MAX_FILE_BYTES + 1);
    huge.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    expect(await readChosenFile(huge, ['excel'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('ist zu groß'),
    });
  });

  it('a dropped plan or workbook is read the same way', async () => {
    const platform = createBrowserPlatform(fakeHost().host);
    expect(await platform.readDroppedFile(new File([new Uint8Array([80, 75])], 'Import.XLSX'))).toMatchObject(
      {
        ok: true,
        kind: 'excel',
      },
    );
  });

  it('save downloads a blob with the extension and MIME type of its kind', async () => {
    const { host, downloads } = fakeHost();
    const result = await createBrowserPlatform(host).saveFile(
      'AMIP 2016',
      new Uint8Array([1, 2, 3]),
      'excel',
    );
    expect(result).toEqual({ ok: true, name: 'AMIP 2016.xlsx' });
    expect(downloads.map((d) => [d.fileName, d.blob.type, d.blob.size])).toEqual([
      ['AMIP 2016.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 3],
    ]);
    expect(new Uint8Array(await downloads[0]!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('download names lose folders and characters Windows refuses', async () => {
    const { host, downloads } = fakeHost();
    const platform = createBrowserPlatform(host);
    for (const name of ['../Plan: Entwurf 2?', '   ', 'Plan.amip.json', 'CON'])
      await platform.saveFile(name, new Uint8Array(1), 'plan');
    expect(downloads.map((d) => d.fileName)).toEqual([
      'Plan Entwurf 2.amip.json',
      'AMIP-Plan.amip.json',
      'Plan.amip.json',
      'CON_.amip.json',
    ]);
  });

  it('menu commands from the in-page menu reach subscribers until they unsubscribe', () => {
    const platform = createBrowserPlatform(fakeHost().host);
    const received: MenuCommandId[] = [];
    const unsubscribe = platform.onMenuCommand((id) => received.push(id));
    platform.runMenuCommand('export-excel');
    unsubscribe();
    platform.runMenuCommand('drucken');
    expect(received).toEqual(['export-excel']);
  });

  it('title goes to the document title; print and PDF use the print dialog', async () => {
    const fake = fakeHost();
    const platform = createBrowserPlatform(fake.host);
    platform.setTitle({ planName: 'Jobcenter Musterstadt', year: 2016, saved: false });
    expect(fake.titles).toEqual(['• Jobcenter Musterstadt · 2016 · nicht gespeichert – AMIP-Planer']);
    platform.print();
    expect(await platform.exportPdf('AMIP')).toBeNull();
    expect(fake.prints()).toBe(2);
    expect(platform.kind).toBe('browser');
  });
});

describe('desktop platform', () => {
  const plan: OpenedFile = { name: 'Plan.amip.json', kind: 'plan', bytes: new Uint8Array([123, 125]) };

  function fakeApi(overrides: Partial<DesktopApi> = {}) {
    const calls: [string, unknown][] = [];
    const menuListeners: ((id: MenuCommandId) => void)[] = [];
    const waitingListeners: (() => void)[] = [];
    const queue: OpenedFile[] = [plan];
    const answer =
      <T>(name: string, value: T) =>
      (arg?: unknown) => {
        calls.push([name, arg]);
        return Promise.resolve({ ok: true, value } as IpcResult<T>);
      };
    const api: DesktopApi = {
      openFile: answer('openFile', plan),
      saveFile: answer('saveFile', { name: 'AMIP.xlsx' }),
      exportPdf: answer('exportPdf', null),
      readDroppedFile: () => Promise.resolve({ ok: false, error: 'Netzwerkpfad' }),
      takeOpenedFiles: () => Promise.resolve({ ok: true, value: queue.splice(0) }),
      setTitle: answer('setTitle', null),
      print: answer('print', null),
      getAppInfo: answer('getAppInfo', { name: 'AMIP-Planer', version: '0.1.0', runtime: 'Electron' }),
      onMenuCommand: (listener) => {
        menuListeners.push(listener);
        return () => menuListeners.splice(menuListeners.indexOf(listener), 1);
      },
      onOpenedFilesWaiting: (listener) => {
        waitingListeners.push(listener);
        return () => undefined;
      },
      ...overrides,
    };
    return { api, calls, menuListeners, waitingListeners, queue };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('open and save go through the bridge and keep its German errors', async () => {
    const { api, calls } = fakeApi();
    const platform = createDesktopPlatform(api);
    expect(await platform.openFile(['plan', 'excel'])).toEqual({ ok: true, ...plan });
    expect(await platform.saveFile('AMIP', new Uint8Array([1]), 'excel')).toEqual({
      ok: true,
      name: 'AMIP.xlsx',
    });
    expect(await platform.readDroppedFile(new File([], 'x.amip.json'))).toEqual({
      ok: false,
      error: 'Netzwerkpfad',
    });
    expect(calls).toEqual([
      ['openFile', { kinds: ['plan', 'excel'] }],
      ['saveFile', { suggestedName: 'AMIP', kind: 'excel', bytes: new Uint8Array([1]) }],
    ]);
  });

  it('cancelled dialogs answer null', async () => {
    const { api } = fakeApi({
      openFile: async () => ({ ok: true, value: null }),
      saveFile: async () => ({ ok: true, value: null }),
    });
    const platform = createDesktopPlatform(api);
    expect(await platform.openFile(['plan'])).toBeNull();
    expect(await platform.saveFile('x', new Uint8Array(), 'plan')).toBeNull();
  });

  it('files the OS opened before and after subscribing all reach the page', async () => {
    const { api, waitingListeners, queue } = fakeApi();
    const platform = createDesktopPlatform(api);
    const received: string[] = [];
    platform.onFileOpened((file) => received.push(file.name));
    await tick();
    queue.push({ ...plan, name: 'Zweiter.amip.json' });
    waitingListeners.forEach((listener) => listener());
    await tick();
    expect(received).toEqual(['Plan.amip.json', 'Zweiter.amip.json']);
  });

  it('native menu commands and in-page commands reach the same listener', () => {
    const { api, menuListeners } = fakeApi();
    const platform = createDesktopPlatform(api);
    const received: MenuCommandId[] = [];
    const unsubscribe = platform.onMenuCommand((id) => received.push(id));
    menuListeners.forEach((listener) => listener('speichern-unter'));
    platform.runMenuCommand('hilfe:ueber');
    unsubscribe();
    platform.runMenuCommand('drucken');
    expect(received).toEqual(['speichern-unter', 'hilfe:ueber']);
    expect(menuListeners).toEqual([]);
  });

  it('title, print and app info go to main', async () => {
    const { api, calls } = fakeApi();
    const platform = createDesktopPlatform(api);
    platform.setTitle({ planName: 'P', year: 2016, saved: true });
    platform.print();
    expect(await platform.getAppInfo()).toEqual({
      name: 'AMIP-Planer',
      version: '0.1.0',
      runtime: 'Electron',
    });
    expect(calls.map(([name]) => name)).toEqual(['setTitle', 'print', 'getAppInfo']);
  });

  it('choosePlatform takes the bridge when the preload set it, the browser otherwise', () => {
    expect(choosePlatform({ amipDesktop: fakeApi().api } as unknown as Window).kind).toBe('desktop');
    expect(choosePlatform({ document: {} } as unknown as Window).kind).toBe('browser');
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import {
  DESKTOP_API_METHODS,
  IPC_CHANNELS,
  IPC_EVENTS,
  ipcContract,
  type DesktopApi,
  type IpcChannel,
  type IpcResult,
  type OpenFileRequest,
  type OpenedFile,
  type Unsubscribe,
} from '../../../shared/ipc/ipcContract';
import type { MenuCommandId } from '../../../shared/ipc/menuCommands';
import { ipcRequestSchemas, parseIpcRequest } from '../../../shared/ipc/ipcSchemas';

describe('contract', () => {
  it('the channel list is the contract map, domain-named', () => {
    expect(IPC_CHANNELS).toEqual(Object.keys(ipcContract));
    for (const channel of [...IPC_CHANNELS, ...IPC_EVENTS])
      expect(channel).toMatch(/^(file|window|app|menu)\/[a-z-]+$/);
  });

  it('every channel has a request schema, and no schema lacks a channel', () => {
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('DesktopApi is derived from the map: arguments and answers follow the channel (checked by tsc)', () => {
    expectTypeOf<DesktopApi['openFile']>().parameters.toEqualTypeOf<[OpenFileRequest]>();
    expectTypeOf<DesktopApi['openFile']>().returns.toEqualTypeOf<Promise<IpcResult<OpenedFile | null>>>();
    expectTypeOf<DesktopApi['readDroppedFile']>().parameters.toEqualTypeOf<[File]>();
    expectTypeOf<DesktopApi['getAppInfo']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<DesktopApi['onMenuCommand']>().parameters.toEqualTypeOf<
      [(payload: MenuCommandId) => void]
    >();
    expectTypeOf<DesktopApi['onOpenedFilesWaiting']>().returns.toEqualTypeOf<Unsubscribe>();
    expect(DESKTOP_API_METHODS).toContain('readDroppedFile');
  });

  it('every preload function name is unique', () => {
    expect(new Set(DESKTOP_API_METHODS).size).toBe(DESKTOP_API_METHODS.length);
    expect(DESKTOP_API_METHODS).toHaveLength(IPC_CHANNELS.length + IPC_EVENTS.length);
  });
});

const bytes = (n: number) => new Uint8Array(n);

/** Good requests per channel: each must pass. */
const good: { [C in IpcChannel]: unknown[] } = {
  'file/open-dialog': [{ kinds: ['plan'] }, { kinds: ['plan', 'excel'] }],
  'file/save-dialog': [
    { suggestedName: 'Jobcenter Musterstadt 2016', kind: 'plan', bytes: bytes(10) },
    { suggestedName: 'AMIP 2016.xlsx', kind: 'excel', bytes: bytes(MAX_FILE_BYTES) },
  ],
  'file/export-pdf': [{ suggestedName: 'AMIP 2016 Trägerversammlung' }],
  'file/read-dropped': [{ path: 'C:\\Pläne\\Plan.amip.json' }, { path: '/home/planer/plan.amip.json' }],
  'file/take-opened': [undefined],
  'window/set-title': [
    { planName: 'Jobcenter Musterstadt – Entwurf 2', year: 2016, saved: true },
    { planName: null, year: null, saved: true },
  ],
  'window/print': [undefined],
  'app/get-info': [undefined],
};

/** Bad requests per channel, with the part of the German message each must produce. */
const bad: { [C in IpcChannel]: [unknown, string][] } = {
  'file/open-dialog': [
    [undefined, 'Ungültige Anfrage'],
    [{ kinds: [] }, 'Es ist kein Dateityp angegeben.'],
    [{ kinds: ['pdf'] }, '(kinds.0)'],
    [{ kinds: 'plan' }, '(kinds)'],
    [{ kinds: ['plan'], extra: 1 }, 'extra'],
  ],
  'file/save-dialog': [
    [{ suggestedName: 'x', kind: 'plan', bytes: bytes(MAX_FILE_BYTES + 1) }, 'größer als 50 MB'],
    [{ suggestedName: 'x', kind: 'plan', bytes: [1, 2, 3] }, 'kein Binärinhalt'],
    [{ suggestedName: 'x', kind: 'plan', bytes: 'abc' }, 'kein Binärinhalt'],
    [{ suggestedName: '..\\..\\Windows\\system.ini', kind: 'plan', bytes: bytes(1) }, 'keinen Ordner'],
    [{ suggestedName: '/etc/passwd', kind: 'plan', bytes: bytes(1) }, 'keinen Ordner'],
    [{ suggestedName: '..', kind: 'plan', bytes: bytes(1) }, 'ungültig'],
    [{ suggestedName: '', kind: 'plan', bytes: bytes(1) }, 'Der Dateiname ist leer.'],
    [{ suggestedName: 'a\nb', kind: 'plan', bytes: bytes(1) }, 'Steuerzeichen'],
    [{ suggestedName: 'x'.repeat(201), kind: 'plan', bytes: bytes(1) }, 'länger als 200 Zeichen'],
    [{ suggestedName: 'x', kind: 'exe', bytes: bytes(1) }, '(kind)'],
  ],
  'file/export-pdf': [
    [{ suggestedName: 42 }, '(suggestedName)'],
    [{ suggestedName: 'C:\\Temp\\x' }, 'keinen Ordner'],
  ],
  'file/read-dropped': [
    [{ path: 42 }, '(path)'],
    [{ path: '' }, 'Der Dateipfad ist leer.'],
    [{ path: `/${'a'.repeat(5000)}.amip.json` }, 'länger als 4096 Zeichen'],
    [{ path: '/x.amip.json', mode: 'w' }, 'mode'],
    ['/x.amip.json', 'Ungültige Anfrage'],
  ],
  'file/take-opened': [[{ all: true }, 'Ungültige Anfrage']],
  'window/set-title': [
    [{ planName: 'x', year: '2016', saved: true }, '(year)'],
    [{ planName: 'x', year: 2016.5, saved: true }, '(year)'],
    [{ planName: 'x'.repeat(301), year: 2016, saved: true }, 'länger als 300 Zeichen'],
    [{ planName: 'x', year: 2016 }, '(saved)'],
  ],
  'window/print': [['jetzt', 'Ungültige Anfrage']],
  'app/get-info': [[{ secret: true }, 'Ungültige Anfrage']],
};

describe('request validation', () => {
  for (const channel of IPC_CHANNELS) {
    // Titles name the case by number: %j of a 50-MB byte array would be a 50-MB title.
    it.each(good[channel].map((request, index) => [index, request] as const))(
      `${channel} accepts good request #%i`,
      (_, request) => {
        expect(parseIpcRequest(channel, request)).toMatchObject({ ok: true });
      },
    );
    it.each(bad[channel].map(([request, message]) => [message, request, message] as const))(
      `${channel} refuses with German „%s“`,
      (_, request, message) => {
        const result = parseIpcRequest(channel, request);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error).toContain(`Ungültige Anfrage an „${channel}“`);
          expect(result.error).toContain(message);
        }
      },
    );
  }

  it('zod messages come in German too', () => {
    const result = parseIpcRequest('window/set-title', { planName: 'x', year: 'zwanzig', saved: true });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/\(year\): Ungültige Eingabe: erwartet Zahl, erhalten string/),
    });
  });

  it('de-duplicates the open kinds', () => {
    expect(parseIpcRequest('file/open-dialog', { kinds: ['plan', 'plan'] })).toEqual({
      ok: true,
      value: { kinds: ['plan'] },
    });
  });
});

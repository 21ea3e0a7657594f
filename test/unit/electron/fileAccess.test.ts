import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileKinds';
import {
  checkFilePath,
  describeOsError,
  readCheckedFile,
  writeCheckedFile,
} from '../../../electron/fileAccess';
import { memoryFileSystem } from '../../support/memoryFileSystem';

const plans = ['plan'] as const;
const win = { platform: 'win32', origin: 'renderer' } as const;
const posix = { platform: 'linux', origin: 'renderer' } as const;

describe('checkFilePath', () => {
  it.each([
    ['C:\\Pläne\\Jobcenter 2016.amip.json', win],
    ['D:/AMIP/plan.AMIP.JSON', win],
    ['/home/planer/Plan 2016.amip.json', posix],
  ])('accepts the local absolute path %s', (p, options) => {
    expect(checkFilePath(p, plans, options)).toMatchObject({ ok: true, value: { kind: 'plan' } });
  });

  it.each([
    [42, win, 'Es wurde kein Dateipfad übergeben.'],
    ['   ', win, 'Es wurde kein Dateipfad übergeben.'],
    ['C:\\Pläne\\..\\..\\Windows\\plan.amip.json', win, '„..“'],
    ['/home/planer/../../etc/plan.amip.json', posix, '„..“'],
    ['C:/a/b/../plan.amip.json', win, '„..“'],
    ['\\\\server\\share\\plan.amip.json', win, 'Netzwerkpfad'],
    ['//server/share/plan.amip.json', win, 'Netzwerkpfad'],
    ['\\\\?\\C:\\plan.amip.json', win, 'Netzwerkpfad'],
    ['\\\\.\\pipe\\plan.amip.json', win, 'Netzwerkpfad'],
    ['//server/share/plan.amip.json', posix, 'Netzwerkpfad'],
    ['plan.amip.json', win, 'kein absoluter Pfad'],
    ['Pläne\\plan.amip.json', win, 'kein absoluter Pfad'],
    ['C:plan.amip.json', win, 'kein absoluter Pfad'],
    ['\\plan.amip.json', win, 'kein absoluter Pfad'],
    ['./plan.amip.json', posix, 'kein absoluter Pfad'],
    ['file:///home/planer/plan.amip.json', posix, 'kein absoluter Pfad'],
    ['C:\\plan.amip.json:versteckt', win, 'unzulässiges „:“'],
    ['/home/planer/plan\u0000.amip.json', posix, 'Steuerzeichen'],
    ['/home/planer/plan.json', posix, 'Erwartet: AMIP-Plan (.amip.json)'],
    ['/home/planer/plan.amip.json.exe', posix, 'kann hier nicht geöffnet werden'],
    ['C:\\Users\\x\\autoexec.bat', win, 'kann hier nicht geöffnet werden'],
  ])('refuses %j with a German message', (p, options, message) => {
    const result = checkFilePath(p, plans, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('a network path the user chose in a dialog or by double-click is allowed', () => {
    expect(
      checkFilePath('\\\\server\\share\\plan.amip.json', plans, { platform: 'win32', origin: 'user' }),
    ).toEqual({
      ok: true,
      value: { path: '\\\\server\\share\\plan.amip.json', name: 'plan.amip.json', kind: 'plan' },
    });
    // … but `..` still is not.
    expect(
      checkFilePath('\\\\server\\share\\..\\plan.amip.json', plans, { platform: 'win32', origin: 'user' }).ok,
    ).toBe(false);
  });

  it('names the expected kinds when several are allowed', () => {
    const result = checkFilePath('/x/a.pdf', ['plan', 'excel'], posix);
    expect(result).toEqual({
      ok: false,
      error:
        'Die Datei „a.pdf“ kann hier nicht geöffnet werden. Erwartet: AMIP-Plan (.amip.json) oder Excel-Arbeitsmappe (.xlsx).',
    });
  });
});

describe('readCheckedFile', () => {
  it('reads a valid plan and answers name, kind and bytes', async () => {
    const { fs } = memoryFileSystem({ '/p/plan.amip.json': new TextEncoder().encode('{}') });
    const result = await readCheckedFile(fs, '/p/plan.amip.json', plans, posix);
    expect(result).toEqual({
      ok: true,
      value: {
        path: '/p/plan.amip.json',
        name: 'plan.amip.json',
        kind: 'plan',
        bytes: new TextEncoder().encode('{}'),
      },
    });
  });

  it('refuses a file above 50 MB before reading it', async () => {
    const { fs, calls } = memoryFileSystem({ '/p/gross.amip.json': { size: MAX_FILE_BYTES + 1 } });
    const result = await readCheckedFile(fs, '/p/gross.amip.json', plans, posix);
    expect(result).toEqual({
      ok: false,
      error: 'Die Datei „gross.amip.json“ ist zu groß (50 MB). Erlaubt sind höchstens 50 MB.',
    });
    expect(calls).toEqual(['stat /p/gross.amip.json']);
  });

  it('exactly 50 MB is still read', async () => {
    const { fs } = memoryFileSystem({ '/p/gerade.amip.json': { size: MAX_FILE_BYTES } });
    expect((await readCheckedFile(fs, '/p/gerade.amip.json', plans, posix)).ok).toBe(true);
  });

  it('touches nothing for a path trick', async () => {
    const { fs, calls } = memoryFileSystem();
    for (const p of ['/p/../etc/x.amip.json', '//srv/share/x.amip.json', 'x.amip.json']) {
      expect((await readCheckedFile(fs, p, plans, posix)).ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('a missing file gets a German message', async () => {
    const { fs } = memoryFileSystem();
    expect(await readCheckedFile(fs, 'C:\\fehlt.amip.json', plans, win)).toEqual({
      ok: false,
      error: 'Die Datei „fehlt.amip.json“ wurde nicht gefunden.',
    });
  });

  it('an OS error while reading is reported in German', async () => {
    const { fs } = memoryFileSystem({ '/p/a.amip.json': new Uint8Array(1) });
    fs.readFile = async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }));
    expect(await readCheckedFile(fs, '/p/a.amip.json', plans, posix)).toEqual({
      ok: false,
      error:
        'Die Datei „a.amip.json“ konnte nicht gelesen werden (die Datei ist in einem anderen Programm geöffnet).',
    });
  });
});

describe('writeCheckedFile', () => {
  it('writes to the chosen path and answers the name', async () => {
    const { fs, store } = memoryFileSystem();
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await writeCheckedFile(fs, 'C:\\Export\\AMIP 2016.xlsx', 'excel', bytes, 'win32')).toMatchObject({
      ok: true,
      value: { name: 'AMIP 2016.xlsx' },
    });
    expect(store.get('C:\\Export\\AMIP 2016.xlsx')).toBe(bytes);
  });

  it('refuses a path of another kind and a failing write, in German', async () => {
    const { fs, calls } = memoryFileSystem();
    expect((await writeCheckedFile(fs, '/x/a.exe', 'excel', new Uint8Array(1), 'linux')).ok).toBe(false);
    expect(calls).toEqual([]);
    expect(
      await writeCheckedFile(fs, '/schreibgeschuetzt/a.xlsx', 'excel', new Uint8Array(1), 'linux'),
    ).toEqual({
      ok: false,
      error: 'Die Datei „a.xlsx“ konnte nicht gespeichert werden (keine Berechtigung).',
    });
  });

  it('describes unknown OS errors by their code', () => {
    expect(describeOsError({ code: 'EIO' })).toBe('EIO');
    expect(describeOsError('kaputt')).toBe('unbekannter Fehler');
  });
});

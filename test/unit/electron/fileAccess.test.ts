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
    ['\\\\?\\UNC\\server\\share\\plan.amip.json', win, 'Netzwerkpfad'],
    ['\\\\.\\pipe\\plan.amip.json', win, 'Gerätepfad'],
    ['\\\\.\\C:\\plan.amip.json', win, 'Gerätepfad'],
    ['\\\\?\\GLOBALROOT\\Device\\HarddiskVolume1\\plan.amip.json', win, 'Gerätepfad'],
    ['\\\\?\\Volume{1b3b1146-4076-11e1-84aa-806e6f6e6963}\\plan.amip.json', win, 'Gerätepfad'],
    ['\\\\?\\C:\\plan.amip.json:versteckt', win, 'unzulässiges „:“'],
    ['\\\\?\\C:\\Pläne\\..\\..\\plan.amip.json', win, '„..“'],
    ['\\\\?\\C:\\', win, 'kein absoluter Pfad'],
    ['C:\\Pläne\\CON.amip.json', win, 'Gerätename'],
    ['C:\\Pläne\\nul.2016.xlsx', win, 'Gerätename'],
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

  describe('Windows long paths (\\\\?\\…) and network paths', () => {
    const deep = `${'Haushaltsplanung Eingliederungstitel\\'.repeat(8)}Jobcenter 2016.amip.json`;
    const user = { platform: 'win32', origin: 'user' } as const;

    it('a long local path over 260 characters is accepted from the page and from the user', () => {
      const long = `\\\\?\\C:\\Users\\planer\\${deep}`;
      expect(long.length).toBeGreaterThan(260);
      for (const options of [win, user])
        expect(checkFilePath(long, plans, options)).toEqual({
          ok: true,
          value: { path: long, name: 'Jobcenter 2016.amip.json', kind: 'plan' },
        });
      // Forward slashes after the prefix are made backslashes (Windows takes them literally there).
      expect(checkFilePath('\\\\?\\D:/AMIP/plan.amip.json', plans, user)).toMatchObject({
        ok: true,
        value: { path: '\\\\?\\D:\\AMIP\\plan.amip.json' },
      });
    });

    it('long and plain network paths are the user’s to choose, not the page’s', () => {
      for (const p of [
        `\\\\?\\UNC\\jc-fs01\\AMIP\\${deep}`,
        '\\\\jc-fs01\\AMIP\\2016\\plan.amip.json',
        '//jc-fs01/AMIP/plan.amip.json',
      ]) {
        expect(checkFilePath(p, plans, user).ok, p).toBe(true);
        expect(checkFilePath(p, plans, win), p).toMatchObject({
          ok: false,
          error: expect.stringContaining('Netzwerkpfad'),
        });
      }
      // A server without a share is no complete path.
      expect(checkFilePath('\\\\jc-fs01\\plan.amip.json', plans, user)).toMatchObject({
        ok: false,
        error: expect.stringContaining('kein absoluter Pfad'),
      });
    });

    it('the file access reads and writes a long path as given', async () => {
      const long = `\\\\?\\C:\\Users\\planer\\${deep}`;
      const { fs, calls } = memoryFileSystem({ [long]: new TextEncoder().encode('{}') });
      expect((await readCheckedFile(fs, long, plans, user)).ok).toBe(true);
      const out = long.replace(/amip\.json$/, 'xlsx').replace('Jobcenter 2016', 'Export');
      expect((await writeCheckedFile(fs, out, 'excel', new Uint8Array(1), 'win32')).ok).toBe(true);
      expect(calls).toEqual([`stat ${long}`, `read ${long}`, `write ${out}`]);
    });
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

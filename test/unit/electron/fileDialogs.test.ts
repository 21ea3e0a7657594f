import { describe, expect, it } from 'vitest';
import { createFileDialogs, openDialogOptions, saveDialogOptions } from '../../../electron/fileDialogs';
import { memoryFileSystem } from '../../support/memoryFileSystem';
import { memorySettings } from '../../support/memorySettings';

describe('dialog options', () => {
  it('open: German title, a combined filter first, the last folder', () => {
    expect(openDialogOptions(['plan', 'excel'], 'C:\\Pläne')).toEqual({
      title: 'Datei öffnen',
      buttonLabel: 'Öffnen',
      defaultPath: 'C:\\Pläne',
      filters: [
        { name: 'Alle unterstützten Dateien', extensions: ['amip.json', 'xlsx'] },
        { name: 'AMIP-Plan (*.amip.json)', extensions: ['amip.json'] },
        { name: 'Excel-Arbeitsmappe (*.xlsx)', extensions: ['xlsx'] },
      ],
      properties: ['openFile'],
    });
    expect(openDialogOptions(['plan'], undefined)).not.toHaveProperty('defaultPath');
  });

  it('save: the suggested name with extension in the last folder, overwrite confirmed', () => {
    expect(saveDialogOptions('plan', 'Jobcenter Musterstadt 2016', 'C:\\Pläne', 'win32')).toEqual({
      title: 'Speichern unter',
      buttonLabel: 'Speichern',
      defaultPath: 'C:\\Pläne\\Jobcenter Musterstadt 2016.amip.json',
      filters: [{ name: 'AMIP-Plan (*.amip.json)', extensions: ['amip.json'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    expect(saveDialogOptions('excel', 'AMIP.xlsx', undefined, 'linux')).toMatchObject({
      title: 'Exportieren als Excel-Arbeitsmappe',
      defaultPath: 'AMIP.xlsx',
    });
  });
});

describe('dialogs', () => {
  it('remembers the folder of the last file and starts there next time', async () => {
    const memory = memoryFileSystem({ '/home/planer/Pläne/a.amip.json': new Uint8Array([1]) });
    const settings = memorySettings();
    const seen: (string | undefined)[] = [];
    const dialogs = createFileDialogs({
      fs: memory.fs,
      settings: settings.store,
      platform: 'linux',
      dialog: {
        showOpenDialog: async (options) => {
          seen.push(options.defaultPath);
          return { canceled: false, filePaths: ['/home/planer/Pläne/a.amip.json'] };
        },
        showSaveDialog: async (options) => {
          seen.push(options.defaultPath);
          return { canceled: false, filePath: '/home/planer/Export/b' };
        },
      },
    });
    expect((await dialogs.openFile(['plan'])).ok).toBe(true);
    expect(await dialogs.saveFile('excel', 'b', async () => new Uint8Array([2]))).toEqual({
      ok: true,
      value: { name: 'b.xlsx' },
    });
    await dialogs.openFile(['plan']);
    expect(seen).toEqual([undefined, '/home/planer/Pläne/b.xlsx', '/home/planer/Export']);
    // The dialog did not add the extension: it was added before writing.
    expect(memory.store.has('/home/planer/Export/b.xlsx')).toBe(true);
  });

  it('a cancelled save writes nothing and does not even produce the bytes', async () => {
    const memory = memoryFileSystem();
    let produced = 0;
    const dialogs = createFileDialogs({
      fs: memory.fs,
      settings: memorySettings().store,
      platform: 'linux',
      dialog: {
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async () => ({ canceled: true }),
      },
    });
    expect(
      await dialogs.saveFile('pdf', 'x', async () => {
        produced += 1;
        return new Uint8Array();
      }),
    ).toEqual({ ok: true, value: null });
    expect(produced).toBe(0);
    expect(memory.calls).toEqual([]);
  });
});

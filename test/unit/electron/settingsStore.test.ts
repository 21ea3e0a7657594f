import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FILES,
  addRecentFile,
  nodeSettingsFile,
  openSettingsStore,
  parseSettings,
} from '../../../electron/settingsStore';
import { memorySettings } from '../../support/memorySettings';

describe('parseSettings', () => {
  it.each([null, '', 'kein json', '[]', '42', 'null'])('falls back to defaults for %j', (text) => {
    expect(parseSettings(text)).toEqual({ recentFiles: [] });
  });

  it('keeps the valid fields of a partly broken file', () => {
    const text = JSON.stringify({
      windowState: { width: 'breit' },
      lastFolder: 'C:\\Pläne',
      recentFiles: ['C:\\a.amip.json'],
    });
    expect(parseSettings(text)).toEqual({ lastFolder: 'C:\\Pläne', recentFiles: ['C:\\a.amip.json'] });
  });

  it('reads a complete file', () => {
    const settings = {
      windowState: { x: 1, y: 2, width: 1000, height: 700, maximized: false },
      lastFolder: '/p',
      recentFiles: [],
    };
    expect(parseSettings(JSON.stringify(settings))).toEqual(settings);
  });
});

describe('store', () => {
  it('writes the whole settings on every update', () => {
    const { store, written } = memorySettings();
    store.update({ lastFolder: '/home/planer' });
    store.update({ recentFiles: ['/home/planer/a.amip.json'] });
    expect(JSON.parse(written.at(-1)!)).toEqual({
      lastFolder: '/home/planer',
      recentFiles: ['/home/planer/a.amip.json'],
    });
  });

  it('a failing write does not throw', () => {
    const store = openSettingsStore(
      {
        readText: () => null,
        writeTextAtomic: () => {
          throw new Error('EROFS');
        },
      },
      '/ro/settings.json',
    );
    expect(() => store.update({ lastFolder: '/x' })).not.toThrow();
    expect(store.get().lastFolder).toBe('/x');
  });

  it('round-trips through a real file, replacing it atomically', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amip-settings-'));
    const file = path.join(dir, 'desktop-settings.json');
    openSettingsStore(nodeSettingsFile(fs), file).update({ lastFolder: dir });
    expect(openSettingsStore(nodeSettingsFile(fs), file).get()).toEqual({ lastFolder: dir, recentFiles: [] });
    expect(fs.readdirSync(dir)).toEqual(['desktop-settings.json']);
  });
});

describe('addRecentFile', () => {
  it('puts the newest first, once, and keeps at most eight', () => {
    let recent: string[] = [];
    for (let i = 0; i < 10; i++) recent = addRecentFile(recent, `/p/${i}.amip.json`, 'linux');
    recent = addRecentFile(recent, '/p/5.amip.json', 'linux');
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent.slice(0, 3)).toEqual(['/p/5.amip.json', '/p/9.amip.json', '/p/8.amip.json']);
  });

  it('on Windows the same file in other letter case is one entry', () => {
    expect(addRecentFile(['C:\\PLÄNE\\A.amip.json'], 'C:\\Pläne\\a.amip.json', 'win32')).toEqual([
      'C:\\Pläne\\a.amip.json',
    ]);
    expect(addRecentFile(['/p/A.amip.json'], '/p/a.amip.json', 'linux')).toEqual([
      '/p/a.amip.json',
      '/p/A.amip.json',
    ]);
  });
});

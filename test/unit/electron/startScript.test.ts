import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronPackageVersion,
  findElectronBinary,
  missingRuntimeMessage,
} from '../../../electron/electronRuntime.mjs';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('Electron runtime detection', () => {
  it('finds an installed binary', () => {
    expect(findElectronBinary({ requireElectron: () => '/opt/electron/electron', exists: () => true })).toBe(
      '/opt/electron/electron',
    );
  });

  it('reports a missing binary: electron throws, or its path does not exist', () => {
    const throwing = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(findElectronBinary({ requireElectron: throwing })).toBeNull();
    expect(
      findElectronBinary({ requireElectron: () => '/nirgends/electron', exists: () => false }),
    ).toBeNull();
    expect(findElectronBinary({ requireElectron: () => undefined, exists: () => true })).toBeNull();
  });

  it('the message is one paragraph in German and English with both ways on', () => {
    const message = missingRuntimeMessage('45.5.0');
    expect(message).not.toContain('\n');
    expect(message).toContain('Die Electron-Laufzeit (Version 45.5.0) ist nicht installiert');
    expect(message).toContain('The Electron runtime (version 45.5.0) is not installed');
    expect(message).toContain('npx install-electron');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('npm run web');
  });
});

describe('npm start without the Electron runtime', () => {
  it('prints the paragraph and exits with 1 before building anything', () => {
    // electron/index.js resolves its binary under ELECTRON_OVERRIDE_DIST_PATH: point it nowhere.
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'electron', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(repoRoot, 'gibt-es-nicht') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(missingRuntimeMessage(electronPackageVersion()));
    expect(result.stdout).toBe('');
  });
});

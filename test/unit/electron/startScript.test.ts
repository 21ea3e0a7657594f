import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  desktopRuntimeAdvice,
  electronPackageDir,
  findElectronBinary,
} from '../../../electron/electronRuntime.mjs';
import { browserOpener, needsWebBuild, startStaticServer } from '../../../electron/webFallback.mjs';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const temps: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.pid) process.kill(c.pid);
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'amip-start-'));
  temps.push(dir);
  return dir;
}

describe('Electron runtime detection', () => {
  const files = (map: Record<string, string>) => ({
    exists: (p: string) => p in map,
    readText: (p: string) => {
      const v = map[p];
      if (v === undefined) throw new Error('ENOENT');
      return v;
    },
  });

  it('finds the downloaded binary through path.txt, without loading the package', () => {
    const pkg = '/repo/node_modules/electron';
    const fs = files({ [`${pkg}/path.txt`]: 'electron', [`${pkg}/dist/electron`]: '' });
    expect(findElectronBinary({ packageDir: pkg, env: {}, ...fs })).toBe(`${pkg}/dist/electron`);
  });

  it('reports a missing runtime: no package, never downloaded, or its file gone', () => {
    const pkg = '/repo/node_modules/electron';
    expect(findElectronBinary({ packageDir: null, env: {} })).toBeNull();
    expect(findElectronBinary({ packageDir: pkg, env: {}, ...files({}) })).toBeNull();
    expect(
      findElectronBinary({ packageDir: pkg, env: {}, ...files({ [`${pkg}/path.txt`]: 'electron' }) }),
    ).toBeNull();
    const override = { ELECTRON_OVERRIDE_DIST_PATH: '/nirgends' };
    expect(findElectronBinary({ packageDir: pkg, env: override, ...files({}) })).toBeNull();
    expect(
      findElectronBinary({ packageDir: pkg, env: override, ...files({ '/nirgends/electron': '' }) }),
    ).toBe('/nirgends/electron');
  });

  it('finds the installed electron package, or says there is none', () => {
    expect(electronPackageDir()).toBe(path.join(repoRoot, 'node_modules', 'electron'));
    expect(
      electronPackageDir(() => {
        throw new Error('Cannot find module');
      }),
    ).toBeNull();
  });

  it('the advice is one German paragraph with the reason and the way to the desktop app', () => {
    const text = desktopRuntimeAdvice({ version: '45.5.0', packageInstalled: true, reason: 'fetch failed' });
    expect(text).not.toContain('\n');
    expect(text).toContain(
      'Die Desktop-Laufzeit (Electron 45.5.0) ist nicht installiert und ließ sich nicht herunterladen (fetch failed).',
    );
    expect(text).toContain('im Browser');
    expect(text).toContain('npx install-electron');
    expect(desktopRuntimeAdvice({ version: '45.5.0', packageInstalled: false })).toContain('`npm install`');
  });
});

describe('the browser version', () => {
  it('builds only when the sources are newer than the build', () => {
    const root = temp();
    mkdirSync(path.join(root, 'renderer'));
    mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
    const source = path.join(root, 'renderer', 'main.tsx');
    const index = path.join(root, 'dist', 'renderer', 'index.html');
    writeFileSync(source, '');
    expect(needsWebBuild(root)).toBe(true);
    writeFileSync(index, '');
    utimesSync(source, new Date(2020, 0, 1), new Date(2020, 0, 1));
    utimesSync(index, new Date(2021, 0, 1), new Date(2021, 0, 1));
    expect(needsWebBuild(root)).toBe(false);
    utimesSync(source, new Date(2022, 0, 1), new Date(2022, 0, 1));
    expect(needsWebBuild(root)).toBe(true);
  });

  it('serves the build read-only and nothing outside it', async () => {
    const root = temp();
    writeFileSync(path.join(root, 'index.html'), '<title>AMIP-Planer</title>');
    writeFileSync(path.join(root, '..', `${path.basename(root)}-geheim.txt`), 'geheim');
    temps.push(path.join(root, '..', `${path.basename(root)}-geheim.txt`));
    const server = await startStaticServer(root, { port: 0 });
    try {
      const index = await fetch(server.url);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await index.text()).toContain('AMIP-Planer');
      const outside = await fetch(`${server.url}..%2F${path.basename(root)}-geheim.txt`);
      expect(outside.status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('opens the address with BROWSER, xdg-open, open or start; BROWSER=none opens nothing', () => {
    const url = 'http://127.0.0.1:5173/';
    expect(browserOpener(url, { BROWSER: 'none' }, 'linux')).toBeNull();
    expect(browserOpener(url, { BROWSER: '/usr/bin/firefox' }, 'linux')).toEqual({
      command: '/usr/bin/firefox',
      args: [url],
    });
    expect(browserOpener(url, {}, 'linux')?.command).toBe('xdg-open');
    expect(browserOpener(url, {}, 'darwin')?.command).toBe('open');
    expect(browserOpener(url, {}, 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
  });
});

describe('npm start without the Electron runtime', () => {
  /**
   * The start script in a copy of the repo's layout: its own electron/ files, a built UI, the
   * repo's node_modules. The runtime is pointed nowhere and its download at a closed port, so
   * the download fails here as it does offline, on every machine.
   */
  function startScriptCopy(): { root: string; opened: string } {
    const root = temp();
    mkdirSync(path.join(root, 'electron'));
    for (const f of ['start.mjs', 'electronRuntime.mjs', 'webFallback.mjs'])
      copyFileSync(path.join(repoRoot, 'electron', f), path.join(root, 'electron', f));
    mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<title>AMIP-Planer</title>Testbau');
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const opened = path.join(root, 'opened.txt');
    const opener = path.join(root, 'open-browser.sh');
    writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(opener, 0o755);
    return { root, opened };
  }

  it('tries the download once, says why it failed in German, serves the browser version and opens it', async () => {
    const { root, opened } = startScriptCopy();
    const child = spawn(process.execPath, [path.join(root, 'electron', 'start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '',
        ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'gibt-es-nicht'),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: path.join(root, 'cache'),
        AMIP_WEB_PORT: '0',
        BROWSER: path.join(root, 'open-browser.sh'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`keine Adresse nach 60 s:\n${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /AMIP-Planer im Browser: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`beendet mit ${code}:\n${out}`)));
    });
    expect(out).toMatch(
      /Die Desktop-Laufzeit \(Electron [\d.]+\) ist nicht installiert und ließ sich nicht herunterladen \(.+\)\./,
    );
    expect(out).toContain('npx install-electron');
    // No raw stack trace of the failed download reaches the terminal.
    expect(out).not.toMatch(/\n\s+at /);
    expect(await (await fetch(url)).text()).toContain('Testbau');
    await expect
      .poll(() => {
        try {
          return readFileSync(opened, 'utf8');
        } catch {
          return '';
        }
      })
      .toBe(url);
  });

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD it does not try the download', async () => {
    const { root } = startScriptCopy();
    const child = spawn(process.execPath, [path.join(root, 'electron', 'start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'gibt-es-nicht'),
        AMIP_WEB_PORT: '0',
        BROWSER: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`keine Adresse nach 60 s:\n${out}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('AMIP-Planer im Browser: http://127.0.0.1:')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(out).not.toContain('heruntergeladen');
    expect(out).toMatch(
      /Die Desktop-Laufzeit \(Electron [\d.]+\) ist nicht installiert\. Der AMIP-Planer startet deshalb im Browser/,
    );
  });
});

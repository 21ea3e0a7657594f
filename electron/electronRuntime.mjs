// Finds the Electron runtime for `npm start`, fetches it once when it is missing, and says in
// German what to do when that fails. Since Electron 42 `npm install` downloads no binary: the
// package's own `require('electron')` fetches it on first use and prints a raw stack trace when
// it cannot; so this module looks for the binary itself and runs the download under control.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The folder of the installed `electron` npm package, or null (not installed, e.g. by
 * `npm install --omit=dev`).
 * @param {(id: string) => string} [resolve]
 * @returns {string | null}
 */
export function electronPackageDir(resolve = (id) => require.resolve(id)) {
  try {
    return path.dirname(resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The path of the Electron executable, or null when the runtime is not there. Reads what the
 * package's index.js reads (path.txt, ELECTRON_OVERRIDE_DIST_PATH) without triggering its
 * download.
 * @param {{ packageDir?: string | null, env?: Record<string, string | undefined>, exists?: (p: string) => boolean, readText?: (p: string) => string }} [deps]
 * @returns {string | null}
 */
export function findElectronBinary({
  packageDir = electronPackageDir(),
  env = process.env,
  exists = existsSync,
  readText = (p) => readFileSync(p, 'utf8'),
} = {}) {
  if (!packageDir) return null;
  let executable = '';
  try {
    executable = readText(path.join(packageDir, 'path.txt')).trim();
  } catch {
    // Not downloaded yet.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, executable || 'electron');
    return exists(binary) ? binary : null;
  }
  if (!executable) return null;
  const binary = path.join(packageDir, 'dist', executable);
  return exists(binary) ? binary : null;
}

/** The installed electron package's version, or the one package.json asks for. */
export function electronPackageVersion(packageDir = electronPackageDir()) {
  try {
    if (packageDir)
      return String(JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version);
  } catch {
    // fall through
  }
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return String(pkg.devDependencies?.electron ?? 'latest');
  } catch {
    return 'latest';
  }
}

/**
 * Runs the package's own installer (the same as `npx install-electron`) once. Its stack trace
 * stays out of the terminal: the first line of it becomes the reason in the German message.
 * @param {string} packageDir
 * @param {{ env?: Record<string, string | undefined>, timeoutMs?: number }} [options]
 * @returns {{ ok: true } | { ok: false, reason: string }}
 */
export function downloadElectronRuntime(packageDir, { env = process.env, timeoutMs = 15 * 60_000 } = {}) {
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer))
    return { ok: false, reason: 'das Electron-Paket hat kein Installationsprogramm' };
  const result = spawnSync(process.execPath, [installer], {
    cwd: packageDir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: timeoutMs,
  });
  if (result.status === 0) return { ok: true };
  if (result.error) return { ok: false, reason: result.error.message };
  const first = String(result.stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return { ok: false, reason: first ?? `Abbruch mit Code ${result.status ?? 'unbekannt'}` };
}

/**
 * One German paragraph: the desktop runtime is missing, the planner runs in the browser, and
 * how to get the desktop app.
 * @param {{ version: string, packageInstalled: boolean, reason?: string | null }} info
 */
export function desktopRuntimeAdvice({ version, packageInstalled, reason = null }) {
  const why = reason ? ` und ließ sich nicht herunterladen (${reason})` : '';
  const how = packageInstalled
    ? 'Für die Desktop-App laden Sie sie einmal mit Internetzugang nach: `npx install-electron` (hinter einem Proxy vorher HTTPS_PROXY setzen, mit einem eigenen Spiegel ELECTRON_MIRROR), danach wieder `npm start`.'
    : 'Für die Desktop-App installieren Sie sie einmal mit Internetzugang: `npm install` und dann `npx install-electron`, danach wieder `npm start`.';
  return [
    `Die Desktop-Laufzeit (Electron ${version}) ist nicht installiert${why}.`,
    'Der AMIP-Planer startet deshalb im Browser unter der Adresse unten; die Pläne liegen dann im Speicher dieses Browsers (Datei → Sicherung erstellen nimmt sie in die Desktop-App mit).',
    how,
  ].join(' ');
}

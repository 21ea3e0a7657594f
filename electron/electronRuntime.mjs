// Finds the Electron runtime binary for `npm start`, and explains what to do when it is missing
// (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 has the npm package but no binary).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The path of the Electron executable, or null when it is not installed.
 * @param {{ requireElectron?: () => unknown, exists?: (p: string) => boolean }} [deps]
 * @returns {string | null}
 */
export function findElectronBinary({
  requireElectron = () => require('electron'),
  exists = existsSync,
} = {}) {
  let binary;
  try {
    binary = requireElectron();
  } catch {
    return null;
  }
  return typeof binary === 'string' && binary !== '' && exists(binary) ? binary : null;
}

/** The installed electron package's version, for the message. */
export function electronPackageVersion() {
  try {
    return String(require('electron/package.json').version);
  } catch {
    return 'latest';
  }
}

/**
 * One paragraph, German then English: what is missing and the two ways on.
 * @param {string} version
 */
export function missingRuntimeMessage(version) {
  return [
    `Die Electron-Laufzeit (Version ${version}) ist nicht installiert, vermutlich weil offline mit ELECTRON_SKIP_BINARY_DOWNLOAD installiert wurde.`,
    'Auf einem Rechner mit Internetzugang laden Sie sie mit `node node_modules/electron/install.js` nach (oder mit `npm install`, ohne ELECTRON_SKIP_BINARY_DOWNLOAD);',
    'ohne Electron starten Sie den Planer im Browser mit `npm run web`.',
    `/ The Electron runtime (version ${version}) is not installed, probably because of an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD.`,
    'With internet access, fetch it with `node node_modules/electron/install.js` (or `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD);',
    'without Electron, run the planner in the browser with `npm run web`.',
  ].join(' ');
}

// Finds the Electron runtime binary for `npm start`, and explains what to do when it is missing.
// Since Electron 42 `npm install` no longer downloads the binary: `require('electron')` fetches it
// on first use, which fails offline; then the npm package is there but no binary.
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
    `Die Electron-Laufzeit (Version ${version}) ist nicht installiert und ließ sich nicht laden (kein Internetzugang?).`,
    'Mit Internetzugang laden Sie sie mit `npx install-electron` (oder `node node_modules/electron/install.js`) nach, danach wieder `npm start`;',
    'ohne Electron starten Sie den Planer im Browser mit `npm run web`.',
    `/ The Electron runtime (version ${version}) is not installed and could not be downloaded (no internet access?).`,
    'With internet access, fetch it with `npx install-electron` (or `node node_modules/electron/install.js`), then `npm start` again;',
    'without Electron, run the planner in the browser with `npm run web`.',
  ].join(' ');
}

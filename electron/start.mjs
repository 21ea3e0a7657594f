// `npm start`: builds the web UI and the desktop bundles, then launches Electron.
// Where the Electron runtime is missing it says so in one paragraph and exits with 1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageVersion, findElectronBinary, missingRuntimeMessage } from './electronRuntime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const electronBinary = findElectronBinary();
if (!electronBinary) {
  console.error(missingRuntimeMessage(electronPackageVersion()));
  process.exit(1);
}

/** Runs a command in the repo, inheriting the terminal; stops `npm start` when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Always rebuild: simple, and never a stale UI.
run('npm', ['run', 'build:web']);
run(process.execPath, [path.join(repoRoot, 'electron', 'build.mjs')]);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawnSync(
  electronBinary,
  [path.join(repoRoot, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env,
  },
);
process.exit(app.status ?? 1);

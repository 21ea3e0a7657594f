// `npm start`: builds the web UI and the desktop bundles, then launches Electron. Without the
// Electron runtime (never downloaded, offline, a proxy) it tries the download once, and when that
// fails starts the browser version itself: one German paragraph, then the address to open.
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download attempt; AMIP_WEB_PORT sets the port.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  desktopRuntimeAdvice,
  downloadElectronRuntime,
  electronPackageDir,
  electronPackageVersion,
  findElectronBinary,
} from './electronRuntime.mjs';
import {
  DEFAULT_PORT,
  needsWebBuild,
  openInBrowser,
  servesPlaner,
  startStaticServer,
} from './webFallback.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repo, inheriting the terminal; stops `npm start` when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function desktopRuntime() {
  const packageDir = electronPackageDir();
  const found = findElectronBinary({ packageDir });
  if (found || !packageDir) return { binary: found, packageDir, reason: null };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { binary: null, packageDir, reason: null };
  console.log('Die Electron-Laufzeit fehlt noch und wird einmalig heruntergeladen (etwa 100 MB) …');
  const download = downloadElectronRuntime(packageDir);
  const binary = download.ok ? findElectronBinary({ packageDir }) : null;
  return { binary, packageDir, reason: download.ok ? null : download.reason };
}

async function startBrowserVersion(advice) {
  console.log(`${advice}\n`);
  if (needsWebBuild(repoRoot)) run('npm', ['run', 'build:web']);
  const wanted = Number(process.env.AMIP_WEB_PORT ?? DEFAULT_PORT);
  const port = Number.isInteger(wanted) && wanted >= 0 && wanted < 65536 ? wanted : DEFAULT_PORT;
  let server;
  try {
    server = await startStaticServer(path.join(repoRoot, 'dist', 'renderer'), { port });
  } catch (err) {
    if (err?.code !== 'EADDRINUSE') throw err;
    const existing = `http://127.0.0.1:${port}/`;
    if (await servesPlaner(existing)) {
      console.log(`Der AMIP-Planer läuft schon im Browser: ${existing}`);
      openInBrowser(existing);
      return;
    }
    server = await startStaticServer(path.join(repoRoot, 'dist', 'renderer'), { port: 0 });
    console.log(
      `Port ${port} ist belegt; der Planer läuft auf einem anderen Port. Pläne liegen im Browser je Adresse: unter dieser Adresse sehen Sie die Pläne von Port ${port} nicht.`,
    );
  }
  console.log(`AMIP-Planer im Browser: ${server.url}`);
  console.log('Beenden mit Strg+C.');
  openInBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const runtime = desktopRuntime();
if (!runtime.binary) {
  await startBrowserVersion(
    desktopRuntimeAdvice({
      version: electronPackageVersion(runtime.packageDir),
      packageInstalled: runtime.packageDir !== null,
      reason: runtime.reason,
    }),
  );
} else {
  // Always rebuild: simple, and never a stale UI.
  run('npm', ['run', 'build:web']);
  run(process.execPath, [path.join(repoRoot, 'electron', 'build.mjs')]);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = spawnSync(
    runtime.binary,
    [path.join(repoRoot, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)],
    { cwd: repoRoot, stdio: 'inherit', env },
  );
  process.exit(app.status ?? 1);
}

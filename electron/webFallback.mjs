// The browser version for `npm start` without the Electron runtime: build the UI when the
// sources are newer than the build, serve dist/renderer on 127.0.0.1 and open the address.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

/** Same port as `npm run web`: plans live per address in the browser, so both see the same ones. */
export const DEFAULT_PORT = 5173;

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Newest modification time (ms) of the files under `dir`; 0 when there is none. */
function newestIn(dir) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(p));
    else if (entry.isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/renderer is missing or older than the UI's sources (renderer/, shared/, package.json). */
export function needsWebBuild(repoRoot) {
  const index = path.join(repoRoot, 'dist', 'renderer', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const pkg = path.join(repoRoot, 'package.json');
  const sources = Math.max(
    newestIn(path.join(repoRoot, 'renderer')),
    newestIn(path.join(repoRoot, 'shared')),
    existsSync(pkg) ? statSync(pkg).mtimeMs : 0,
  );
  return sources > built;
}

/**
 * Serves the files of `root` read-only on `host:port` (port 0: any free one).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer(root, { host = '127.0.0.1', port = DEFAULT_PORT } = {}) {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    let file;
    try {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      file = path.normalize(path.join(base, p.endsWith('/') ? `${p}index.html` : p));
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('nicht gefunden');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((ok) => server.close(() => ok())),
      });
    });
  });
}

/** Whether `url` already serves this app (an earlier `npm start` or `npm run web`). */
export async function servesPlaner(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok && (await res.text()).includes('AMIP-Planer');
  } catch {
    return false;
  }
}

/**
 * The command that opens `url` in the default browser: `BROWSER` wins (`none`: do not open),
 * else xdg-open, open or start. Null when there is none to try.
 */
export function browserOpener(url, env = process.env, platform = process.platform) {
  const chosen = env.BROWSER;
  if (chosen === 'none') return null;
  if (chosen) return { command: chosen, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens the address if an opener exists; a missing one is no error (the address is printed). */
export function openInBrowser(url, env = process.env) {
  const opener = browserOpener(url, env);
  if (!opener) return;
  try {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed address is enough.
  }
}

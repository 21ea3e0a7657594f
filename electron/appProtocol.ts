/**
 * The renderer is served from the app's own files under the custom origin `app://amip`, never
 * from a server. The origin is also the key of the plans stored in IndexedDB: do not change it,
 * or stored plans would no longer be found.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'amip';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard + secure: a real origin for 'self', module scripts, workers and IndexedDB.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that `url` names, or null when the URL is not ours or would leave
 * `rootDir` (`..`, encoded `%2e%2e`, backslashes, NUL). `/` serves index.html.
 */
export function resolveAppAsset(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** Headers on every response the app serves. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The handler for protocol.handle(APP_SCHEME, …); reading is injected for tests. */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Methode nicht erlaubt', { status: 405, headers: securityHeaders('text/plain') });
    }
    const filePath = resolveAppAsset(rootDir, request.url);
    if (!filePath)
      return new Response('Nicht erlaubt', { status: 403, headers: securityHeaders('text/plain') });
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), {
        status: 200,
        headers: securityHeaders(contentTypeFor(filePath)),
      });
    } catch {
      return new Response('Nicht gefunden', { status: 404, headers: securityHeaders('text/plain') });
    }
  };
}

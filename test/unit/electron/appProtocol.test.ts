import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/contentSecurityPolicy';
import { contentTypeFor, createAppProtocolHandler, resolveAppAsset } from '../../../electron/appProtocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'amip-renderer-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>AMIP</title>');
fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
fs.writeFileSync(path.join(path.dirname(root), 'geheim.txt'), 'nicht ausliefern');

describe('resolveAppAsset', () => {
  it.each([
    ['app://amip/', 'index.html'],
    ['app://amip/index.html', 'index.html'],
    ['app://amip/assets/index.js?v=1#x', 'assets/index.js'],
    ['app://amip/assets/Datei%20mit%20Leerzeichen.js', 'assets/Datei mit Leerzeichen.js'],
  ])('%s → %s', (url, relative) => {
    expect(resolveAppAsset(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://amip/../geheim.txt',
    'app://amip/%2e%2e/geheim.txt',
    'app://amip/assets/%2E%2E/%2E%2E/geheim.txt',
  ])('dot segments in %s are resolved by the URL parser and stay inside the root', (url) => {
    expect(resolveAppAsset(root, url)).toBe(path.join(root, 'geheim.txt'));
  });

  it.each([
    'app://amip/..%2fgeheim.txt',
    'app://amip/assets/..%2f..%2fgeheim.txt',
    'app://amip/..%5cgeheim.txt',
    'app://amip/assets%5c..%5c..%5cgeheim.txt',
    'app://amip/index.html%00.js',
    'app://amip/%E0%A4%A',
    'app://andere/index.html',
    'https://amip/index.html',
    'file:///etc/passwd',
    'kein url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('app:// handler', () => {
  const handler = createAppProtocolHandler(root, async (p) => new Uint8Array(fs.readFileSync(p)));

  it('serves the app files with content type and the CSP header', async () => {
    const response = await handler(new Request('app://amip/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 403 for a path outside the renderer folder and 404 for a missing file', async () => {
    const outside = await handler(new Request('app://amip/assets/..%2f..%2fgeheim.txt'));
    expect(outside.status).toBe(403);
    expect(await outside.text()).not.toContain('nicht ausliefern');
    expect((await handler(new Request('app://amip/fehlt.js'))).status).toBe(404);
    const climbed = await handler(new Request('app://amip/%2e%2e/geheim.txt'));
    expect(climbed.status).toBe(404);
    expect(await climbed.text()).not.toContain('nicht ausliefern');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await handler(new Request('app://amip/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });

  it('knows the types a Vite build emits', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/worker.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.unbekannt')).toBe('application/octet-stream');
  });
});

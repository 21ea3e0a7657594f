import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '../../../shared/ipc/contentSecurityPolicy';
import {
  applySessionSecurity,
  guardAllWebContents,
  hardenWebContents,
  isAllowedRequestUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../../electron/security';
import { FakeEmitter, FakeSession, FakeWebContents, fakeEvent } from '../../support/fakeElectron';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('Content-Security-Policy', () => {
  it('has no unsafe-eval and no inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
  });

  it('names no remote origin, wildcard or scheme that reaches the network', () => {
    for (const values of directives(CONTENT_SECURITY_POLICY).values()) {
      for (const value of values) {
        expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });

  it('denies by default and allows what AG Grid and the Excel worker need', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('the meta-tag variant is the same policy without frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.startsWith(CONTENT_SECURITY_POLICY_META)).toBe(true);
  });

  it('replaces whatever CSP a response brought, keeping its other headers', () => {
    expect(
      withContentSecurityPolicy({
        'Content-Type': 'text/html',
        'content-security-policy': ['default-src *'],
      }),
    ).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('webPreferences', () => {
  it('isolate, sandbox, no Node, web security on, no webview', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });
});

describe('requests', () => {
  it.each([
    ['app://amip/index.html', true],
    ['app://amip/assets/excelImport.worker.js', true],
    ['blob:app://amip/1234', true],
    ['data:image/png;base64,AAAA', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['app://other/index.html', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['ws://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/x', false],
    ['kein url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url)).toBe(allowed);
  });
});

describe('session', () => {
  const session = new FakeSession();
  applySessionSecurity(session);

  it('cancels remote requests and lets the app through', () => {
    expect(session.request('https://fonts.googleapis.com/css')).toBe(true);
    expect(session.request('app://amip/index.html')).toBe(false);
  });

  it('adds the CSP header to every response', () => {
    expect(session.respond('app://amip/index.html', {})['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem'])(
    'denies the permission %s',
    (permission) => {
      expect(session.ask(permission)).toBe(false);
    },
  );

  it('answers every permission check and device request with no', () => {
    expect(session.permissionCheck?.()).toBe(false);
    expect(session.devicePermission?.()).toBe(false);
  });
});

describe('web contents', () => {
  it('prevents navigation, redirects and <webview>, and denies window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = fakeEvent();
      contents.emit(event, e);
      expect(e.defaultPrevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://amip/index.html' })).toEqual({ action: 'deny' });
  });

  it('hardens every web contents the app creates', () => {
    const app = new FakeEmitter();
    guardAllWebContents(app);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.count('will-navigate')).toBe(1);
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});

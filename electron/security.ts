/**
 * The security policy of the desktop shell, in one place (Electron's security checklist):
 * isolated, sandboxed renderer without Node; a strict CSP on every response; no remote
 * requests; no navigation, no new windows, no <webview>; every permission request denied.
 */
import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './appProtocol';

/** The webPreferences of every window the app opens. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/**
 * Whether the renderer may load `url` at all. Only the app's own files, in-memory data and
 * the developer tools: no http(s), no ws, no file://, nothing remote.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
    case 'blob:':
    case 'data:':
    case 'devtools:':
      return true;
    default:
      return false;
  }
}

type Headers = Record<string, string[] | string>;

/** Response headers with our CSP, replacing any the response brought. */
export function withContentSecurityPolicy(headers: Headers | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** The parts of Electron's Session this module uses (a fake in tests). */
export interface SecuredSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Headers },
        callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
      ) => void,
    ): void;
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
}

/** Applies CSP, request blocking and permission denial to a session (the default one). */
export function applySessionSecurity(session: SecuredSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  // Camera, notifications, geolocation, clipboard-read, …: the planner needs none of them.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** The parts of Electron's WebContents this module uses. */
export interface GuardedWebContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Blocks everything that would take the page elsewhere: links, form posts, redirects, new
 * windows, <webview>. Applied to every web contents the app creates.
 */
export function hardenWebContents(contents: GuardedWebContents): void {
  const deny = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Hardens every web contents as soon as it exists (app.on('web-contents-created')). */
export function guardAllWebContents(app: {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardedWebContents) => void,
  ): unknown;
}): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

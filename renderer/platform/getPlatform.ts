/** Chooses the platform once: the desktop bridge when the preload provided it, the browser otherwise. */
import { DESKTOP_API_KEY, type DesktopApi } from '../../shared/ipc/ipcContract';
import { createBrowserPlatform, createDomHost } from './browserPlatform';
import { createDesktopPlatform } from './desktopPlatform';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in the browser. */
    readonly [DESKTOP_API_KEY]?: DesktopApi;
  }
}

/** Picks the implementation for `win`; exported for tests, the app uses {@link getPlatform}. */
export function choosePlatform(win: Window): Platform {
  const bridge = win[DESKTOP_API_KEY];
  return bridge ? createDesktopPlatform(bridge) : createBrowserPlatform(createDomHost(win));
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= choosePlatform(window);
  return current;
}

export type { OpenOutcome, Platform, PickedFile, SaveOutcome } from './platform';

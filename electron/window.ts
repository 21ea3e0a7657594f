/** The main window: secure webPreferences, remembered bounds, the app loaded from its own files. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../shared/ipc/windowTitle';
import { APP_ENTRY_URL } from './appProtocol';
import { secureWebPreferences } from './security';
import type { WindowState } from './settingsStore';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 560;

export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The parts of BrowserWindow used here. */
export interface MainWindowPort {
  maximize(): void;
  show(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
}

export function createMainWindow<W extends MainWindowPort>(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => W,
  { state, preloadPath }: { state: WindowState; preloadPath: string },
): W {
  const window = new BrowserWindowClass(mainWindowOptions(state, preloadPath));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('AMIP-Planer: Oberfläche konnte nicht geladen werden', error);
  });
  return window;
}

/** Brings the window to the front, restoring it when minimised (second start, file opened). */
export function focusWindow(window: {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * App lifecycle: one instance only (a second start hands its file to the running window), the
 * window's size and position remembered, files opened by the OS queued for the page, and a
 * German "Neu laden" dialog when the renderer crashes.
 */
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { OPENABLE_KINDS, fileKindOfName } from '../shared/ipc/fileKinds';
import type { OpenedFile } from '../shared/ipc/ipcContract';
import { readCheckedFile, type FileSystemPort } from './fileAccess';
import type { WindowState } from './settingsStore';
import { MIN_HEIGHT, MIN_WIDTH } from './window';

// ---------------------------------------------------------------- single instance

export interface SingleInstanceAppPort {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
}

/** False when another instance runs: this one quits, the other gets 'second-instance'. */
export function setupSingleInstance(
  app: SingleInstanceAppPort,
  onSecondInstance: (argv: string[], workingDirectory: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  return true;
}

/** The plan or workbook named on a command line (double-click, "Öffnen mit"), as an absolute path. */
export function findFileArgument(
  argv: readonly string[],
  workingDirectory: string,
  platform: NodeJS.Platform,
): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && fileKindOfName(arg, OPENABLE_KINDS));
  const last = candidates[candidates.length - 1];
  if (last === undefined) return null;
  return (platform === 'win32' ? path.win32 : path.posix).resolve(workingDirectory, last);
}

// ---------------------------------------------------------------- files opened by the OS

export interface OsFileOpener {
  /** Reads the file at `filePath` and queues it for the page; a German message on failure. */
  open(filePath: string): Promise<void>;
  /** The queued files, emptying the queue. */
  take(): OpenedFile[];
}

export function createOsFileOpener(deps: {
  fs: FileSystemPort;
  platform: NodeJS.Platform;
  /** Tells the page that files wait ('file/opened-waiting'). */
  notify: () => void;
  showError: (message: string) => void;
  remember: (filePath: string, file: OpenedFile) => void;
}): OsFileOpener {
  const waiting: OpenedFile[] = [];
  return {
    async open(filePath) {
      const read = await readCheckedFile(deps.fs, filePath, OPENABLE_KINDS, {
        platform: deps.platform,
        origin: 'user',
      });
      if (!read.ok) {
        deps.showError(read.error);
        return;
      }
      const { name, kind, bytes } = read.value;
      waiting.push({ name, kind, bytes });
      deps.remember(read.value.path, { name, kind, bytes });
      deps.notify();
    },
    take: () => waiting.splice(0),
  };
}

// ---------------------------------------------------------------- window state

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved state if it still fits one of today's screens; a saved position whose title bar
 * would be off every screen (monitor unplugged) is dropped, so the window opens centred.
 */
export function restoreWindowState(saved: WindowState | undefined, workAreas: readonly Area[]): WindowState {
  if (!saved) return DEFAULT_WINDOW_STATE;
  const maxWidth = Math.max(MIN_WIDTH, ...workAreas.map((area) => area.width));
  const maxHeight = Math.max(MIN_HEIGHT, ...workAreas.map((area) => area.height));
  const width = Math.min(Math.max(saved.width, MIN_WIDTH), maxWidth);
  const height = Math.min(Math.max(saved.height, MIN_HEIGHT), maxHeight);
  const { x, y } = saved;
  const titleBarVisible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some(
      (area) =>
        y >= area.y &&
        y < area.y + area.height - 40 &&
        Math.min(x + width, area.x + area.width) - Math.max(x, area.x) >= 100,
    );
  return titleBarVisible
    ? { x, y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized };
}

export interface TrackedWindowPort {
  getNormalBounds(): Area;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

export function captureWindowState(window: TrackedWindowPort): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

/** Saves the window's normal bounds and maximised flag when it closes. */
export function trackWindowState(window: TrackedWindowPort, save: (state: WindowState) => void): void {
  window.on('close', () => save(captureWindowState(window)));
}

// ---------------------------------------------------------------- renderer crash

export const CRASH_DIALOG: MessageBoxOptions = {
  type: 'error',
  title: 'AMIP-Planer',
  message: 'Die Planansicht wurde unerwartet beendet.',
  detail:
    'Was bereits gespeichert war, ist nicht verloren. Mit „Neu laden“ wird der AMIP-Planer mit dem zuletzt gespeicherten Stand wieder geöffnet.',
  buttons: ['Neu laden', 'Beenden'],
  defaultId: 0,
  cancelId: 1,
  noLink: true,
};

export interface CrashWindowPort {
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
    reload(): void;
  };
}

/** On a renderer crash: one German dialog; "Neu laden" reloads the page, "Beenden" quits. */
export function watchRendererCrash<W extends CrashWindowPort>(
  window: W,
  showMessageBox: (window: W, options: MessageBoxOptions) => Promise<{ response: number }>,
  quit: () => void,
): void {
  let asking = false;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || asking) return;
    asking = true;
    const options = {
      ...CRASH_DIALOG,
      detail: `${CRASH_DIALOG.detail}\n\n(Ursache: ${details.reason}, Code ${details.exitCode})`,
    };
    void showMessageBox(window, options)
      .then(({ response }) => (response === 0 ? window.webContents.reload() : quit()))
      .finally(() => {
        asking = false;
      });
  });
}

/**
 * The one interface through which the renderer reaches the platform. The desktop app
 * implements it with the preload bridge, `npm run web` with browser fallbacks (download, file
 * input). Nothing else in renderer/ knows which one it runs on: call {@link getPlatform}.
 */
import type { FileKind, OpenableKind } from '../../shared/ipc/fileKinds';
import type { AppInfo, Unsubscribe } from '../../shared/ipc/ipcContract';
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import type { WindowTitle } from '../../shared/ipc/windowTitle';

export interface PickedFile {
  name: string;
  kind: FileKind;
  bytes: Uint8Array;
}

/** null: the user cancelled. An error is German and can be shown as it is. */
export type OpenOutcome = ({ ok: true } & PickedFile) | { ok: false; error: string } | null;
export type SaveOutcome = { ok: true; name: string } | { ok: false; error: string } | null;

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Lets the user choose a plan or workbook and reads it. */
  openFile(kinds: readonly OpenableKind[]): Promise<OpenOutcome>;
  /** Lets the user save `bytes` (a save dialog on the desktop, a download in the browser). */
  saveFile(suggestedName: string, bytes: Uint8Array, kind: FileKind): Promise<SaveOutcome>;
  /** Reads a file dropped on the window. */
  readDroppedFile(file: File): Promise<Exclude<OpenOutcome, null>>;
  /** Files the OS opened in the app (double-click, second start, Zuletzt geöffnet); never in the browser. */
  onFileOpened(listener: (file: PickedFile) => void): Unsubscribe;
  /** Commands from the native menu, and from {@link runMenuCommand}. */
  onMenuCommand(listener: (id: MenuCommandId) => void): Unsubscribe;
  /** Dispatches a command as the menu would (in-page menu, toolbar, shortcuts in the browser). */
  runMenuCommand(id: MenuCommandId): void;
  /** Title bar (desktop) or document title (browser): plan, year, saved or not. */
  setTitle(title: WindowTitle): void;
  /** Resolves when the print job is done (the caller then removes its print view); rejects with a German message. */
  print(): Promise<void>;
  /** The page as PDF (desktop: save dialog; browser: the print dialog, where "Als PDF speichern" is chosen). */
  exportPdf(suggestedName: string): Promise<SaveOutcome>;
  getAppInfo(): Promise<AppInfo>;
}

/** A tiny listener list, used for menu commands in both implementations. */
export function createEventBus<T>(): {
  emit(value: T): void;
  subscribe(listener: (value: T) => void): Unsubscribe;
} {
  const listeners = new Set<(value: T) => void>();
  return {
    emit: (value) => {
      for (const listener of [...listeners]) listener(value);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

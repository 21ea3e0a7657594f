/**
 * The main-process side of the IPC contract. Every request is checked for its sender (only
 * the app's own page) and parsed against its schema before a handler sees it; every answer is
 * an IpcResult with a German error.
 */
import { OPENABLE_KINDS } from '../shared/ipc/fileKinds';
import {
  IPC_CHANNELS,
  type AppInfo,
  type IpcChannel,
  type IpcEvent,
  type IpcEventPayload,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type OpenedFile,
} from '../shared/ipc/ipcContract';
import { parseIpcRequest } from '../shared/ipc/ipcSchemas';
import { formatWindowTitle } from '../shared/ipc/windowTitle';
import { APP_ORIGIN } from './appProtocol';
import { readCheckedFile, type FileSystemPort } from './fileAccess';
import type { FileDialogs } from './fileDialogs';

export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;
};

/** The parts of Electron's ipcMain used here. */
export interface IpcMainPort {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export const UNTRUSTED_SENDER_ERROR = 'Anfrage abgelehnt: Sie kommt nicht von der AMIP-Planer-Oberfläche.';

/** Only the app's own page may call main; not a frame or page from anywhere else. */
export function isTrustedSender(frame: { url: string } | null): boolean {
  return frame !== null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Checks sender and request, then runs the handler; never throws into Electron. */
export async function handleIpcRequest<C extends IpcChannel>(
  handlers: IpcHandlers,
  channel: C,
  frame: { url: string } | null,
  raw: unknown,
): Promise<IpcResult<IpcResponse<C>>> {
  if (!isTrustedSender(frame)) return { ok: false, error: UNTRUSTED_SENDER_ERROR };
  const request = parseIpcRequest(channel, raw);
  if (!request.ok) return request;
  try {
    return await handlers[channel](request.value);
  } catch (error) {
    console.error(`AMIP-Planer: Fehler in „${channel}“`, error);
    return { ok: false, error: 'Unerwarteter Fehler im AMIP-Planer. Bitte erneut versuchen.' };
  }
}

/** Registers one ipcMain handler per contract channel. */
export function registerIpcHandlers(ipcMain: IpcMainPort, handlers: IpcHandlers): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) =>
      handleIpcRequest(handlers, channel, event.senderFrame, args[0]),
    );
  }
}

/** The window the handlers act on. */
export interface HandlerWindowPort {
  setTitle(title: string): void;
  webContents: {
    print(
      options: { silent: boolean; printBackground: boolean },
      callback: (success: boolean, failureReason: string) => void,
    ): void;
    printToPDF(options: {
      printBackground: boolean;
      preferCSSPageSize: boolean;
      generateTaggedPDF: boolean;
      generateDocumentOutline: boolean;
    }): Promise<Uint8Array>;
  };
}

export interface HandlerDeps {
  dialogs: FileDialogs;
  fs: FileSystemPort;
  platform: NodeJS.Platform;
  window: () => HandlerWindowPort | null;
  /** Files the OS opened (double-click, second start, Zuletzt geöffnet) that wait for the page. */
  takeOpenedFiles: () => OpenedFile[];
  /** A plan was opened from `path` (for Zuletzt geöffnet). */
  rememberOpened: (path: string, file: OpenedFile) => void;
  appInfo: AppInfo;
}

const NO_WINDOW = 'Das Fenster des AMIP-Planers ist nicht mehr geöffnet.';

function withoutPath({ name, kind, bytes }: OpenedFile & { path: string }): OpenedFile {
  return { name, kind, bytes };
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const opened = (
    result: IpcResult<(OpenedFile & { path: string }) | null>,
  ): IpcResult<OpenedFile | null> => {
    if (!result.ok || result.value === null) return result;
    const file = withoutPath(result.value);
    deps.rememberOpened(result.value.path, file);
    return { ok: true, value: file };
  };

  return {
    'file/open-dialog': async ({ kinds }) => opened(await deps.dialogs.openFile(kinds)),
    'file/save-dialog': ({ kind, suggestedName, bytes }) =>
      deps.dialogs.saveFile(kind, suggestedName, async () => bytes),
    'file/export-pdf': async ({ suggestedName }) => {
      const window = deps.window();
      if (!window) return { ok: false, error: NO_WINDOW };
      return deps.dialogs.saveFile('pdf', suggestedName, () =>
        // Page sizes (A4 portrait, landscape for wide tables) and the footer come from the
        // print view's own CSS, so no size or orientation is forced here.
        window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
      );
    },
    'file/read-dropped': async ({ path }) => {
      const read = await readCheckedFile(deps.fs, path, OPENABLE_KINDS, {
        platform: deps.platform,
        origin: 'renderer',
      });
      if (!read.ok) return read;
      const file = withoutPath(read.value);
      deps.rememberOpened(read.value.path, file);
      return { ok: true, value: file };
    },
    'file/take-opened': async () => ({ ok: true, value: deps.takeOpenedFiles() }),
    'window/set-title': async (title) => {
      const window = deps.window();
      if (!window) return { ok: false, error: NO_WINDOW };
      window.setTitle(formatWindowTitle(title));
      return { ok: true, value: null };
    },
    'window/print': async () => {
      const window = deps.window();
      if (!window) return { ok: false, error: NO_WINDOW };
      // Answer only when the print job is done: the page removes its print view afterwards.
      return new Promise((resolve) =>
        window.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
          resolve(
            success || reason === 'cancelled'
              ? { ok: true, value: null }
              : { ok: false, error: `Drucken fehlgeschlagen: ${reason || 'unbekannter Grund'}.` },
          ),
        ),
      );
    },
    'app/get-info': async () => ({ ok: true, value: deps.appInfo }),
  };
}

/** Sends a contract event to the page; the payload type follows from the event name. */
export function sendToRenderer<E extends IpcEvent>(
  contents: { send(channel: string, ...args: unknown[]): void },
  event: E,
  ...payload: [IpcEventPayload<E>] extends [void] ? [] : [IpcEventPayload<E>]
): void {
  contents.send(event, ...payload);
}

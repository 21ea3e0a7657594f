/**
 * The one IPC contract between the desktop main process and the renderer, imported by main,
 * preload and the renderer's platform layer. Each channel is named for its domain, carries its
 * request and response types, and names the preload function that invokes it. The channel list
 * at run time is derived from this same map, so there is no second list to keep in step.
 *
 * Every answer is an {@link IpcResult}: `{ ok: true, value }` or `{ ok: false, error }` with a
 * German message the renderer can show as it is.
 */
import type { FileKind, OpenableKind } from './fileKinds';
import type { MenuCommandId } from './menuCommands';
import type { WindowTitle } from './windowTitle';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): IpcResult<T> => ({ ok: false, error });

export interface OpenFileRequest {
  kinds: OpenableKind[];
}
export interface OpenedFile {
  /** File name without folder (the renderer never learns paths). */
  name: string;
  kind: FileKind;
  bytes: Uint8Array;
}
export interface SaveFileRequest {
  /** A file name without folder; the extension of `kind` is added when missing. */
  suggestedName: string;
  kind: FileKind;
  bytes: Uint8Array;
}
export interface SavedFile {
  name: string;
}
export interface ExportPdfRequest {
  suggestedName: string;
}
export interface ReadDroppedRequest {
  /** Absolute path of a file dropped on the window, as the preload got it from Electron. */
  path: string;
}
export interface AppInfo {
  name: string;
  version: string | null;
  /** "Electron 45.5.0 (Chromium …, Node …)" or "Browser". */
  runtime: string;
}

/** Type carrier: a route holds the preload method name at run time and its types at compile time. */
interface Route<Req, Res, Arg, Method extends string> {
  readonly method: Method;
  readonly types?: (request: Req, argument: Arg) => Res;
}
/** `Arg` is what the preload function takes when it differs from the wire request. */
const route =
  <Req, Res, Arg = Req>() =>
  <Method extends string>(method: Method): Route<Req, Res, Arg, Method> => ({ method });

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const ipcContract = {
  'file/open-dialog': route<OpenFileRequest, OpenedFile | null>()('openFile'),
  'file/save-dialog': route<SaveFileRequest, SavedFile | null>()('saveFile'),
  'file/export-pdf': route<ExportPdfRequest, SavedFile | null>()('exportPdf'),
  'file/read-dropped': route<ReadDroppedRequest, OpenedFile, File>()('readDroppedFile'),
  'file/take-opened': route<void, OpenedFile[]>()('takeOpenedFiles'),
  'window/set-title': route<WindowTitle, null>()('setTitle'),
  'window/print': route<void, null>()('print'),
  'app/get-info': route<void, AppInfo>()('getAppInfo'),
} as const;

export type IpcChannel = keyof typeof ipcContract;
export const IPC_CHANNELS = Object.keys(ipcContract) as IpcChannel[];

type RouteTypes<C extends IpcChannel> = NonNullable<(typeof ipcContract)[C]['types']>;
export type IpcRequest<C extends IpcChannel> = Parameters<RouteTypes<C>>[0];
export type IpcResponse<C extends IpcChannel> = ReturnType<RouteTypes<C>>;
type PreloadArgument<C extends IpcChannel> = Parameters<RouteTypes<C>>[1];

/** Main → renderer events (webContents.send / ipcRenderer.on), payload and preload method. */
const event =
  <Payload>() =>
  <Method extends string>(method: Method): { readonly method: Method; readonly payload?: Payload } => ({
    method,
  });

export const ipcEvents = {
  'menu/command': event<MenuCommandId>()('onMenuCommand'),
  /** Files opened by the OS (double-click, second start, Zuletzt geöffnet) wait in main: take them. */
  'file/opened-waiting': event<void>()('onOpenedFilesWaiting'),
} as const;

export type IpcEvent = keyof typeof ipcEvents;
export const IPC_EVENTS = Object.keys(ipcEvents) as IpcEvent[];
export type IpcEventPayload<E extends IpcEvent> = Exclude<(typeof ipcEvents)[E]['payload'], undefined>;

export type Unsubscribe = () => void;

type InvokeFunctions = {
  [C in IpcChannel as (typeof ipcContract)[C]['method']]: [PreloadArgument<C>] extends [void]
    ? () => Promise<IpcResult<IpcResponse<C>>>
    : (argument: PreloadArgument<C>) => Promise<IpcResult<IpcResponse<C>>>;
};
type EventFunctions = {
  [E in IpcEvent as (typeof ipcEvents)[E]['method']]: [IpcEventPayload<E>] extends [void]
    ? (listener: () => void) => Unsubscribe
    : (listener: (payload: IpcEventPayload<E>) => void) => Unsubscribe;
};

/** What the preload exposes as `window.amipDesktop`: named functions only, never ipcRenderer. */
export type DesktopApi = InvokeFunctions & EventFunctions;

/** The global name of the preload bridge. */
export const DESKTOP_API_KEY = 'amipDesktop';

/** Every function name the preload must expose, derived from the two maps above. */
export const DESKTOP_API_METHODS: readonly (keyof DesktopApi)[] = [
  ...IPC_CHANNELS.map((channel) => ipcContract[channel].method),
  ...IPC_EVENTS.map((name) => ipcEvents[name].method),
];

/**
 * The bridge between the sandboxed page and the main process. It exposes named functions only,
 * never ipcRenderer itself, and never hands the page an IPC event object. The object is checked
 * against the contract's DesktopApi type. Bundled as CommonJS: sandboxed preloads cannot load ESM.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_KEY,
  type DesktopApi,
  type IpcChannel,
  type IpcEvent,
  type IpcEventPayload,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type Unsubscribe,
} from '../shared/ipc/ipcContract';
import { isMenuCommandId } from '../shared/ipc/menuCommands';

function invoke<C extends IpcChannel>(
  channel: C,
  ...request: IpcRequest<C> extends void ? [] : [IpcRequest<C>]
) {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcResult<IpcResponse<C>>>;
}

function subscribe<E extends IpcEvent>(
  event: E,
  accept: (payload: unknown) => payload is IpcEventPayload<E>,
  listener: (payload: IpcEventPayload<E>) => void,
): Unsubscribe {
  const forward = (_event: IpcRendererEvent, payload: unknown) => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(event, forward);
  return () => ipcRenderer.removeListener(event, forward);
}

const noPayload = (_payload: unknown): _payload is void => true;

const desktopApi = {
  openFile: (request) => invoke('file/open-dialog', request),
  saveFile: (request) => invoke('file/save-dialog', request),
  exportPdf: (request) => invoke('file/export-pdf', request),
  readDroppedFile: (file) => {
    let path: string;
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      path = '';
    }
    if (path === '') {
      return Promise.resolve({
        ok: false,
        error: 'Diese Datei hat keinen Speicherort auf dem Computer und kann nicht geöffnet werden.',
      });
    }
    return invoke('file/read-dropped', { path });
  },
  takeOpenedFiles: () => invoke('file/take-opened'),
  setTitle: (title) => invoke('window/set-title', title),
  print: () => invoke('window/print'),
  getAppInfo: () => invoke('app/get-info'),
  onMenuCommand: (listener) => subscribe('menu/command', isMenuCommandId, listener),
  onOpenedFilesWaiting: (listener) => subscribe('file/opened-waiting', noPayload, () => listener()),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, desktopApi);

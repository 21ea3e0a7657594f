/** The platform in the desktop app: everything goes through the preload bridge `window.amipDesktop`. */
import type { DesktopApi, IpcResult, OpenedFile } from '../../shared/ipc/ipcContract';
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import { PRODUCT_NAME } from '../../shared/ipc/windowTitle';
import {
  createEventBus,
  type OpenOutcome,
  type Platform,
  type PickedFile,
  type SaveOutcome,
} from './platform';

function toOpenOutcome(result: IpcResult<OpenedFile | null>): OpenOutcome {
  if (!result.ok) return result;
  return result.value === null ? null : { ok: true, ...result.value };
}

function toSaveOutcome(result: IpcResult<{ name: string } | null>): SaveOutcome {
  if (!result.ok) return result;
  return result.value === null ? null : { ok: true, name: result.value.name };
}

/** A bridge call that answers nothing the user must see (title): logged when it fails. */
function logFailure(what: string) {
  return (result: IpcResult<unknown>) => {
    if (!result.ok) console.warn(`AMIP-Planer: ${what}: ${result.error}`);
  };
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  const localCommands = createEventBus<MenuCommandId>();
  return {
    kind: 'desktop',
    openFile: async (kinds) => toOpenOutcome(await api.openFile({ kinds: [...kinds] })),
    saveFile: async (suggestedName, bytes, kind) =>
      toSaveOutcome(await api.saveFile({ suggestedName, kind, bytes })),
    readDroppedFile: async (file) => {
      const result = await api.readDroppedFile(file);
      return result.ok ? { ok: true, ...result.value } : result;
    },
    onFileOpened(listener: (file: PickedFile) => void) {
      // Files wait in main until taken, so none is lost before the page subscribes.
      const take = () =>
        void api.takeOpenedFiles().then((result) => {
          if (result.ok) result.value.forEach(listener);
          else console.warn(`AMIP-Planer: geöffnete Dateien: ${result.error}`);
        });
      const unsubscribe = api.onOpenedFilesWaiting(take);
      take();
      return unsubscribe;
    },
    onMenuCommand(listener) {
      const fromMenu = api.onMenuCommand(listener);
      const fromPage = localCommands.subscribe(listener);
      return () => {
        fromMenu();
        fromPage();
      };
    },
    runMenuCommand: (id) => localCommands.emit(id),
    setTitle: (title) => void api.setTitle(title).then(logFailure('Fenstertitel')),
    print: async () => {
      const result = await api.print();
      if (!result.ok) throw new Error(result.error);
    },
    exportPdf: async (suggestedName) => toSaveOutcome(await api.exportPdf({ suggestedName })),
    getAppInfo: async () => {
      const result = await api.getAppInfo();
      return result.ok ? result.value : { name: PRODUCT_NAME, version: null, runtime: 'Desktop' };
    },
  };
}

/**
 * Native open and save dialogs for plans (.amip.json), Excel workbooks (.xlsx) and PDFs. The
 * dialog options are built by pure functions; the last folder is remembered in the settings.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { FILE_KIND_INFO, withExtension, type FileKind, type OpenableKind } from '../shared/ipc/fileKinds';
import type { IpcResult, OpenedFile, SavedFile } from '../shared/ipc/ipcContract';
import { readCheckedFile, writeCheckedFile, type FileSystemPort } from './fileAccess';
import type { SettingsStore } from './settingsStore';

type Filter = { name: string; extensions: string[] };

function filterFor(kind: FileKind): Filter {
  const { label, extension } = FILE_KIND_INFO[kind];
  return { name: `${label} (*${extension})`, extensions: [extension.slice(1)] };
}

/** Options for the open dialog; with several kinds, a combined filter comes first. */
export function openDialogOptions(
  kinds: readonly OpenableKind[],
  lastFolder: string | undefined,
): OpenDialogOptions {
  const filters = kinds.map(filterFor);
  const combined: Filter[] =
    kinds.length > 1
      ? [{ name: 'Alle unterstützten Dateien', extensions: filters.flatMap((filter) => filter.extensions) }]
      : [];
  return {
    title: 'Datei öffnen',
    buttonLabel: 'Öffnen',
    ...(lastFolder ? { defaultPath: lastFolder } : {}),
    filters: [...combined, ...filters],
    properties: ['openFile'],
  };
}

/** Options for the save dialog: the suggested name with its extension, in the last folder. */
export function saveDialogOptions(
  kind: FileKind,
  suggestedName: string,
  lastFolder: string | undefined,
  platform: NodeJS.Platform,
): SaveDialogOptions {
  const fileName = withExtension(suggestedName, kind);
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return {
    title: kind === 'plan' ? 'Speichern unter' : `Exportieren als ${FILE_KIND_INFO[kind].label}`,
    buttonLabel: 'Speichern',
    defaultPath: lastFolder ? join(lastFolder, fileName) : fileName,
    filters: [filterFor(kind)],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** The parts of Electron's dialog module used here. */
export interface DialogPort {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileDialogs {
  openFile(kinds: readonly OpenableKind[]): Promise<IpcResult<(OpenedFile & { path: string }) | null>>;
  saveFile(
    kind: FileKind,
    suggestedName: string,
    bytes: () => Promise<Uint8Array>,
  ): Promise<IpcResult<SavedFile | null>>;
}

export function createFileDialogs(deps: {
  dialog: DialogPort;
  fs: FileSystemPort;
  settings: SettingsStore;
  platform: NodeJS.Platform;
}): FileDialogs {
  const { dialog, fs, settings, platform } = deps;
  const dirname = platform === 'win32' ? path.win32.dirname : path.posix.dirname;
  const remember = (filePath: string) => settings.update({ lastFolder: dirname(filePath) });

  return {
    async openFile(kinds) {
      const answer = await dialog.showOpenDialog(openDialogOptions(kinds, settings.get().lastFolder));
      const chosen = answer.filePaths[0];
      if (answer.canceled || chosen === undefined) return { ok: true, value: null };
      remember(chosen);
      return readCheckedFile(fs, chosen, kinds, { platform, origin: 'user' });
    },
    async saveFile(kind, suggestedName, bytes) {
      const options = saveDialogOptions(kind, suggestedName, settings.get().lastFolder, platform);
      const answer = await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return { ok: true, value: null };
      // GTK and some Windows setups do not append a multi-part extension such as .amip.json.
      const target = withExtension(answer.filePath, kind);
      remember(target);
      const written = await writeCheckedFile(fs, target, kind, await bytes(), platform);
      return written.ok ? { ok: true, value: { name: written.value.name } } : written;
    },
  };
}

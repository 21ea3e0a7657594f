/**
 * The platform in the browser (`npm run web`): saving is a download through an `<a download>`
 * blob URL, opening a hidden `<input type="file">`, and menu commands come from the app's own
 * in-page menu through a local event bus. The DOM work sits behind {@link BrowserHost}, so the
 * rules (names, kinds, sizes, messages) are tested in Node and the DOM part in Chromium.
 */
import {
  FILE_KIND_INFO,
  MAX_FILE_BYTES,
  fileKindOfName,
  fileTooLargeMessage,
  wrongKindMessage,
  type OpenableKind,
} from '../../shared/ipc/fileKinds';
import { safeFileName } from '../../shared/ipc/fileNames';
import type { MenuCommandId } from '../../shared/ipc/menuCommands';
import { PRODUCT_NAME, formatWindowTitle } from '../../shared/ipc/windowTitle';
import { createEventBus, type OpenOutcome, type Platform } from './platform';

/** The few DOM operations the browser platform needs. */
export interface BrowserHost {
  /** Shows the file chooser; null when the user cancels. */
  pickFile(accept: string): Promise<File | null>;
  /** Starts a download of `blob` named `fileName`. */
  download(fileName: string, blob: Blob): void;
  setDocumentTitle(title: string): void;
  print(): void;
}

/** The `accept` attribute for the file input: extensions and MIME types of `kinds`. */
export function acceptAttribute(kinds: readonly OpenableKind[]): string {
  return kinds.flatMap((kind) => [FILE_KIND_INFO[kind].extension, FILE_KIND_INFO[kind].mimeType]).join(',');
}

/** Checks kind and size of a chosen or dropped file, then reads it. */
export async function readChosenFile(
  file: File,
  kinds: readonly OpenableKind[],
): Promise<Exclude<OpenOutcome, null>> {
  const kind = fileKindOfName(file.name, kinds);
  if (!kind) return { ok: false, error: wrongKindMessage(file.name, kinds) };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: fileTooLargeMessage(file.name, file.size) };
  try {
    return { ok: true, name: file.name, kind, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, error: `Die Datei „${file.name}“ konnte nicht gelesen werden.` };
  }
}

export function createBrowserPlatform(host: BrowserHost): Platform {
  const commands = createEventBus<MenuCommandId>();
  return {
    kind: 'browser',
    openFile: async (kinds) => {
      const file = await host.pickFile(acceptAttribute(kinds));
      return file ? readChosenFile(file, kinds) : null;
    },
    saveFile: async (suggestedName, bytes, kind) => {
      if (bytes.byteLength > MAX_FILE_BYTES) {
        return { ok: false, error: fileTooLargeMessage(suggestedName, bytes.byteLength) };
      }
      const name = safeFileName(suggestedName, kind);
      try {
        host.download(
          name,
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: FILE_KIND_INFO[kind].mimeType }),
        );
        return { ok: true, name };
      } catch {
        return { ok: false, error: `Der Download von „${name}“ konnte nicht gestartet werden.` };
      }
    },
    readDroppedFile: (file) => readChosenFile(file, ['plan', 'excel']),
    onFileOpened: () => () => undefined,
    onMenuCommand: (listener) => commands.subscribe(listener),
    runMenuCommand: (id) => commands.emit(id),
    setTitle: (title) => host.setDocumentTitle(formatWindowTitle(title)),
    print: async () => host.print(),
    exportPdf: async () => {
      host.print();
      return null;
    },
    getAppInfo: async () => ({ name: PRODUCT_NAME, version: null, runtime: 'Browser' }),
  };
}

/** The real DOM behind {@link BrowserHost}. Exercised by the Playwright browser tests. */
export function createDomHost(win: Window): BrowserHost {
  const doc = win.document;
  return {
    pickFile: (accept) =>
      new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.style.display = 'none';
        const finish = (file: File | null) => {
          input.remove();
          resolve(file);
        };
        input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
        input.addEventListener('cancel', () => finish(null), { once: true });
        doc.body.append(input);
        input.click();
      }),
    download: (fileName, blob) => {
      const url = URL.createObjectURL(blob);
      const anchor = doc.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      anchor.style.display = 'none';
      doc.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoke later: Chromium starts the download asynchronously.
      win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    setDocumentTitle: (title) => {
      doc.title = title;
    },
    print: () => win.print(),
  };
}

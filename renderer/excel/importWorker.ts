/**
 * Module Web Worker: reads an .xlsx off the UI thread (importWorkbook checks the archive with
 * zipGuard.ts and parses only the checked entries). One request per worker; importInWorker.ts
 * terminates it.
 */
import type { ImportOptions, ImportResult } from '../../shared/excel/importWorkbook';
import { importWorkbook } from '../../shared/excel/importWorkbook';

export interface ImportRequest {
  bytes: ArrayBuffer;
  options: ImportOptions;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResult): void;
};

scope.onmessage = (e) => {
  const { bytes, options } = e.data;
  importWorkbook(new Uint8Array(bytes), options).then(
    (result) => scope.postMessage(result),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        message: `Die Arbeitsmappe ließ sich nicht einlesen (${err instanceof Error ? err.message : String(err)}).`,
      }),
  );
};

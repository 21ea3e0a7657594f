/**
 * Module Web Worker: reads a Jobcenter's own workbook for Datei → Aus Excel übernehmen… off the
 * UI thread (readLegacyWorkbook checks the archive with zipGuard.ts, then ExcelJS parses only
 * the checked entries). One request per worker; takeoverInWorker.ts terminates it.
 */
import type { ReadLegacyResult } from '../../shared/excel/takeover/readLegacyWorkbook';
import { readLegacyWorkbook } from '../../shared/excel/takeover/readLegacyWorkbook';

export interface TakeoverRequest {
  bytes: ArrayBuffer;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<TakeoverRequest>) => void) | null;
  postMessage(message: ReadLegacyResult): void;
};

scope.onmessage = (e) => {
  readLegacyWorkbook(new Uint8Array(e.data.bytes)).then(
    (result) => scope.postMessage(result),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        message: `Die Arbeitsmappe ließ sich nicht einlesen (${err instanceof Error ? err.message : String(err)}).`,
      }),
  );
};

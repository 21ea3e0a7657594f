/**
 * Reads an exported workbook in a module Web Worker with a time limit, so a slow or hostile
 * file never blocks the grid. On timeout the worker is terminated and a German message returned.
 */
import type { ImportOptions, ImportResult } from '../../shared/excel/importWorkbook';
import type { ImportRequest } from './importWorker';

/** The part of a Worker this helper uses (tests pass a fake). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<ImportResult>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/**
 * Ends only a worker that hangs; the UI stays responsive meanwhile. The 60.000-row workbook takes
 * 13–31 s on two busy cores (`npm run bench:hostile`), so 30 s was too close.
 */
export const DEFAULT_IMPORT_TIMEOUT_MS = 60_000;

export function createImportWorker(): WorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export function importInWorker(
  bytes: Uint8Array,
  options: ImportOptions = {},
  timeoutMs: number = DEFAULT_IMPORT_TIMEOUT_MS,
  createWorker: () => WorkerLike = createImportWorker,
): Promise<ImportResult> {
  return new Promise((resolve) => {
    const worker = createWorker();
    let settled = false;
    const finish = (result: ImportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          message: `Das Einlesen der Arbeitsmappe wurde nach ${Math.round(timeoutMs / 1000)} Sekunden abgebrochen; die Datei ist zu groß oder beschädigt.`,
        }),
      timeoutMs,
    );
    worker.onmessage = (e) => finish(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      finish({
        ok: false,
        message: `Die Arbeitsmappe ließ sich nicht einlesen (${e.message || 'Fehler im Hintergrundprozess'}).`,
      });
    };
    // A copy is transferred, so the caller's bytes stay usable.
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy, options }, [copy]);
  });
}

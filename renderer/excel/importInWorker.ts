/**
 * Reads an exported workbook in a module Web Worker with a time limit (workerCall.ts), so a
 * slow or hostile file never blocks the grid.
 */
import type { ImportOptions, ImportResult } from '../../shared/excel/importWorkbook';
import type { ImportRequest } from './importWorker';
import type { WorkerLike as AnyWorkerLike } from './workerCall';
import { callWorkbookWorker } from './workerCall';

export type WorkerLike = AnyWorkerLike<ImportRequest, ImportResult>;

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
  return callWorkbookWorker(createWorker, bytes, (buffer) => ({ bytes: buffer, options }), timeoutMs);
}

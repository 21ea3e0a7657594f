/**
 * Reads an exported workbook in a module Web Worker with a time limit (workerCall.ts), so a
 * slow or hostile file never blocks the grid.
 */
import type { ImportOptions, ImportResult } from '../../shared/excel/importWorkbook';
import type { ImportRequest } from './importWorker';
import type { WorkerLike as AnyWorkerLike } from './workerCall';
import { DEFAULT_WORKER_TIMEOUT_MS, callWorkbookWorker } from './workerCall';

export type WorkerLike = AnyWorkerLike<ImportRequest, ImportResult>;

export const DEFAULT_IMPORT_TIMEOUT_MS = DEFAULT_WORKER_TIMEOUT_MS;

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

/** Reads a workbook for the takeover in a module Web Worker with a time limit (workerCall.ts). */
import type { ReadLegacyResult } from '../../shared/excel/takeover/readLegacyWorkbook';
import type { TakeoverRequest } from './takeoverWorker';
import type { WorkerLike } from './workerCall';
import { DEFAULT_WORKER_TIMEOUT_MS, callWorkbookWorker } from './workerCall';

export type TakeoverWorker = WorkerLike<TakeoverRequest, ReadLegacyResult>;

function createTakeoverWorker(): TakeoverWorker {
  return new Worker(new URL('./takeoverWorker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as TakeoverWorker;
}

export function readWorkbookInWorker(
  bytes: Uint8Array,
  timeoutMs: number = DEFAULT_WORKER_TIMEOUT_MS,
  createWorker: () => TakeoverWorker = createTakeoverWorker,
): Promise<ReadLegacyResult> {
  return callWorkbookWorker(createWorker, bytes, (buffer) => ({ bytes: buffer }), timeoutMs);
}

/**
 * Plan files of the Land view read and checked in a pool of Web Workers (planFileWorker.ts):
 * a Land's 400 files take several seconds on one thread, and the check (zod without its JIT,
 * the CSP forbids eval) runs as well on every core. Each worker takes the next file when it
 * answers, so large and small files even out. The answers are the same as on the UI thread:
 * where a worker cannot be made or breaks down, its files are read here.
 */
import type { LandRead } from '../../../shared/consolidate/landInput';
import { landPlanFromText } from '../../../shared/consolidate/landInput';
import type { PlanFileAnswer, PlanFileRequest } from './planFileWorker';

/** The part of a Worker the pool uses (tests pass a fake). */
export interface PlanWorkerLike {
  onmessage: ((e: MessageEvent<PlanFileAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: PlanFileRequest): void;
  terminate(): void;
}

export function createPlanFileWorker(): PlanWorkerLike {
  return new Worker(new URL('./planFileWorker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PlanWorkerLike;
}

/** Workers for `files` files: one per core, at most 4 (more only contend for memory). */
export function poolSize(
  files: number,
  cores: number = globalThis.navigator?.hardwareConcurrency ?? 2,
): number {
  return Math.max(1, Math.min(files, 4, cores || 2));
}

export async function readPlanFiles(
  files: readonly File[],
  createWorker: () => PlanWorkerLike = createPlanFileWorker,
): Promise<LandRead[]> {
  if (files.length === 0) return [];
  const workers: PlanWorkerLike[] = [];
  try {
    for (let i = 0; i < poolSize(files.length); i++) workers.push(createWorker());
  } catch {
    workers.forEach((w) => w.terminate());
    return readHere(files);
  }
  const results = new Array<LandRead | undefined>(files.length);
  let next = 0;
  let dead = 0;
  return new Promise((resolve) => {
    let open = files.length;
    const settle = (index: number, read: LandRead) => {
      if (results[index]) return;
      results[index] = read;
      if (--open === 0) {
        workers.forEach((w) => w.terminate());
        resolve(results as LandRead[]);
      }
    };
    const settleHere = (from: number, to: number) =>
      void readHere(files.slice(from, to)).then((reads) => reads.forEach((r, i) => settle(from + i, r)));
    for (const worker of workers) {
      let current = -1;
      const feed = () => {
        current = -1;
        if (next >= files.length) return;
        current = next++;
        worker.postMessage({ index: current, file: files[current]! });
      };
      worker.onmessage = (e) => {
        settle(e.data.index, e.data.read);
        feed();
      };
      // A worker that cannot start or breaks down: its file is read here, the others go on; when
      // no worker is left, the files nobody took are read here too.
      worker.onerror = (e) => {
        e.preventDefault?.();
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        if (current >= 0) settleHere(current, current + 1);
        if (++dead === workers.length && next < files.length) {
          const from = next;
          next = files.length;
          settleHere(from, files.length);
        }
      };
      feed();
    }
  });
}

async function readHere(files: readonly File[]): Promise<LandRead[]> {
  const out: LandRead[] = [];
  for (const f of files) out.push(landPlanFromText(await f.text()));
  return out;
}

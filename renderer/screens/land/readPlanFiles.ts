/**
 * Plan files of the Land view read, checked and reduced to their share of the consolidation in
 * a pool of Web Workers (planFileWorker.ts): a Land's 400 files take seconds on one thread, and
 * the check (zod without its JIT, the CSP forbids eval) and the plan's figures run as well on
 * every core. Only the shares come back (a few KB each; cloning 400 whole plans to the UI
 * thread cost more than reading them). Each worker holds several files (FILES_PER_WORKER), so
 * it reads the next ones while it checks one, and takes another when it answers: large and
 * small files even out. The answers
 * are the same as on the UI thread: where a worker cannot be made or breaks down, its files
 * are read here.
 */
import type { ShareRead } from '../../../shared/consolidate/planShare';
import type { PlanFileAnswer, PlanFileRequest } from './planFileAnswer';
import { answerPlanFile } from './planFileAnswer';

/** The part of a Worker the pool uses (tests pass a fake). */
export interface PlanWorkerLike {
  onmessage: ((e: MessageEvent<PlanFileAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: PlanFileRequest): void;
  terminate(): void;
}

/**
 * Files a worker holds at once: their reads from disk overlap (one after the other, a Land's
 * 400 reads took longer than checking them) while the worker checks the first to arrive.
 */
export const FILES_PER_WORKER = 16;

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

/**
 * Workers started before the files are chosen (the Land view opens them): loading the checker
 * takes a good part of a second; the first read takes them, later ones start their own.
 */
const warm: PlanWorkerLike[] = [];

export function warmPlanFileWorkers(): void {
  try {
    while (warm.length < poolSize(Infinity)) {
      const w = createPlanFileWorker();
      // One that breaks down before it is used is not handed out.
      w.onerror = () => {
        const i = warm.indexOf(w);
        if (i >= 0) warm.splice(i, 1);
        w.terminate();
      };
      warm.push(w);
    }
  } catch {
    // No workers here: readPlanFiles reads on this thread.
  }
}

export function releasePlanFileWorkers(): void {
  warm.splice(0).forEach((w) => w.terminate());
}

const takePlanFileWorker = (): PlanWorkerLike => warm.pop() ?? createPlanFileWorker();

export async function readPlanFiles(
  files: readonly File[],
  createWorker: () => PlanWorkerLike = takePlanFileWorker,
): Promise<ShareRead[]> {
  if (files.length === 0) return [];
  const workers: PlanWorkerLike[] = [];
  try {
    for (let i = 0; i < poolSize(files.length); i++) workers.push(createWorker());
  } catch {
    workers.forEach((w) => w.terminate());
    return readHere(files);
  }
  // A few files are shared out evenly, not all held by the first worker.
  const perWorker = Math.min(FILES_PER_WORKER, Math.ceil(files.length / workers.length));
  const results = new Array<ShareRead | undefined>(files.length);
  let next = 0;
  let dead = 0;
  return new Promise((resolve) => {
    let open = files.length;
    const settle = (index: number, read: ShareRead) => {
      if (results[index]) return;
      results[index] = read;
      if (--open === 0) {
        workers.forEach((w) => w.terminate());
        resolve(results as ShareRead[]);
      }
    };
    const settleHere = (indices: readonly number[]) =>
      void readHere(indices.map((i) => files[i]!)).then((reads) =>
        reads.forEach((r, k) => settle(indices[k]!, r)),
      );
    for (const worker of workers) {
      const held = new Set<number>();
      const feed = () => {
        while (held.size < perWorker && next < files.length) {
          const index = next++;
          held.add(index);
          worker.postMessage({ index, file: files[index]! });
        }
      };
      worker.onmessage = (e) => {
        held.delete(e.data.index);
        settle(e.data.index, e.data.read);
        feed();
      };
      // A worker that cannot start or breaks down: its files are read here, the others go on;
      // when no worker is left, the files nobody took are read here too.
      worker.onerror = (e) => {
        e.preventDefault?.();
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        settleHere([...held]);
        held.clear();
        if (++dead === workers.length && next < files.length) {
          const from = next;
          next = files.length;
          settleHere(Array.from({ length: files.length - from }, (_, k) => from + k));
        }
      };
      feed();
    }
  });
}

async function readHere(files: readonly File[]): Promise<ShareRead[]> {
  const out: ShareRead[] = [];
  for (const [index, file] of files.entries()) out.push((await answerPlanFile({ index, file })).read);
  return out;
}

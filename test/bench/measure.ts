/** Timing and memory helpers for the benchmark (Node and browser figures use the same stats). */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
}

/** Nearest-rank percentiles of samples in milliseconds. */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs `fn` `warmup` times unmeasured, then `iterations` times, each timed on its own.
 * `fn(i)` gets the iteration number so each run can edit a different cell.
 */
export async function time(
  iterations: number,
  fn: (i: number) => unknown,
  { warmup = Math.min(3, iterations), setup }: { warmup?: number; setup?: (i: number) => unknown } = {},
): Promise<Stats> {
  const samples: number[] = [];
  for (let i = -warmup; i < iterations; i++) {
    if (setup) await setup(i);
    const t0 = performance.now();
    await fn(i);
    const dt = performance.now() - t0;
    if (i >= 0) samples.push(dt);
  }
  return stats(samples);
}

/**
 * Two operations timed in turns (each iteration both, the order alternating), so a ratio of
 * the two does not depend on which ran first: the heap, the collector and the JIT are in the
 * same state for both.
 */
export async function timePair(
  iterations: number,
  a: () => unknown,
  b: () => unknown,
  warmup = Math.min(3, iterations),
): Promise<[Stats, Stats]> {
  const samples: [number[], number[]] = [[], []];
  const fns = [a, b] as const;
  for (let i = -warmup; i < iterations; i++) {
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      await fns[k]!();
      const dt = performance.now() - t0;
      if (i >= 0) samples[k]!.push(dt);
    }
  }
  return [stats(samples[0]), stats(samples[1])];
}

let gcFn: (() => void) | undefined;
/** A full garbage collection, so heap figures count live objects only (`npm run bench` has no --expose-gc). */
export function gc(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

/** Live JS heap in MB after a full collection. */
export function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Deterministic pseudo-random numbers (LCG): the same edits on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * How fast this machine is right now: the same fixed work timed at the start and at the end of
 * a bench run, so runs on a virtual machine with busy and quiet periods can be told apart (on
 * this bench's machine the same code measured up to twice as slow in a busy hour). Two parts:
 * JSON.parse of a fixed plan file (memory-bound, like most of what the bench times) and an
 * integer loop (CPU only). Lower is faster; only runs on the same machine compare.
 */
import { serializePlanFile } from '../../shared/file/planFile';
import { generatePlan } from '../support/generatePlan';

export interface ProbeFigures {
  /** JSON.parse of a 5.000-row plan file, median of 9, ms. */
  parseMs: number;
  /** 30 million steps of an integer loop, median of 9, ms. */
  loopMs: number;
}

let text: string | null = null;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function machineProbe(): ProbeFigures {
  text ??= serializePlanFile(generatePlan({ rows: 5000, seed: 7 }), new Date('2026-12-01T00:00:00Z'));
  const parse: number[] = [];
  const loop: number[] = [];
  let sink = 0;
  for (let i = 0; i < 9; i++) {
    let t = performance.now();
    sink += (JSON.parse(text) as { schemaVersion: number }).schemaVersion;
    parse.push(performance.now() - t);
    t = performance.now();
    let s = i;
    for (let k = 0; k < 30_000_000; k++) s = (s * 31 + k) | 0;
    sink += s & 1;
    loop.push(performance.now() - t);
  }
  // Read, so neither loop can be dropped as dead code.
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
  return { parseMs: median(parse), loopMs: median(loop) };
}

export function probeText(start: ProbeFigures, end: ProbeFigures): string {
  const f = (x: number) => x.toFixed(1).replace('.', ',');
  return (
    `Machine probe (fixed work, lower = faster; compare runs on one machine): JSON.parse of a ` +
    `5.000-row plan file ${f(start.parseMs)} ms at the start, ${f(end.parseMs)} ms at the end; ` +
    `integer loop ${f(start.loopMs)} / ${f(end.loopMs)} ms.`
  );
}

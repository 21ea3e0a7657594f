import { describe, expect, it } from 'vitest';
import { consolidate, mergeShares } from '../../../../../shared/consolidate/consolidate';
import type { ShareRead } from '../../../../../shared/consolidate/planShare';
import { shareFromText } from '../../../../../shared/consolidate/planShare';
import { serializePlanFile } from '../../../../../shared/file/planFile';
import { MAX_FILE_BYTES } from '../../../../../shared/ipc/fileKinds';
import type { PlanFileAnswer, PlanFileRequest } from '../../../../../renderer/screens/land/planFileAnswer';
import { answerPlanFile, UNREADABLE } from '../../../../../renderer/screens/land/planFileAnswer';
import type { PlanWorkerLike } from '../../../../../renderer/screens/land/readPlanFiles';
import {
  FILES_PER_WORKER,
  poolSize,
  readPlanFiles,
} from '../../../../../renderer/screens/land/readPlanFiles';
import { sourceKey, sourcesFromFiles } from '../../../../../renderer/screens/land/landSources';
import { generateLand } from '../../../../support/generateLand';

const land = generateLand({ count: 7, meanRows: 20, seed: 5 });
/** Plans, and among them a broken, a hostile and a foreign file. */
const files = [
  ...land.map((p) => new File([serializePlanFile(p)], `${p.id}.amip.json`)),
  new File(['{"format": "amip-planer-plan", "schemaVersion": 2, "plan": {'], 'abgebrochen.amip.json'),
  new File([`${'['.repeat(100_000)}${']'.repeat(100_000)}`], 'tief.amip.json'),
  new File(['{"format": "anderes"}'], 'fremd.amip.json'),
];

/**
 * Workers as the real one answers (answerPlanFile, the answer cloned as postMessage does),
 * recording their work and how many files each held at once.
 */
function pool(behaviour: (n: number) => 'answer' | 'break' = () => 'answer') {
  const log = { made: 0, answered: [] as number[][], terminated: 0, mostHeld: 0 };
  const create = (): PlanWorkerLike => {
    const n = log.made++;
    log.answered[n] = [];
    let held = 0;
    const worker: PlanWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(request: PlanFileRequest) {
        log.mostHeld = Math.max(log.mostHeld, ++held);
        if (behaviour(n) === 'break') {
          setTimeout(() => worker.onerror?.({ message: 'kaputt' } as ErrorEvent), 1);
          return;
        }
        void answerPlanFile(request).then((answer) => {
          log.answered[n]!.push(request.index);
          const data = structuredClone(answer);
          setTimeout(() => {
            held--;
            worker.onmessage?.({ data } as MessageEvent<PlanFileAnswer>);
          }, 1);
        });
      },
      terminate() {
        log.terminated++;
      },
    };
    return worker;
  };
  return { create, log };
}

async function readHere(): Promise<ShareRead[]> {
  return Promise.all(files.map(async (f) => shareFromText(await f.text(), f.name)));
}

describe('plan files of the Land view read in a pool of workers', () => {
  it('answers what reading each file here answers, in the files’ order, the work spread over the pool', async () => {
    const { create, log } = pool();
    const reads = await readPlanFiles(files, create);
    expect(reads).toEqual(await readHere());
    expect(reads.filter((r) => r.ok)).toHaveLength(7);
    expect(reads.slice(7).map((r) => !r.ok && r.message.slice(0, 18))).toEqual([
      'kein gültiger Plan',
      'kein gültiger Plan',
      'kein gültiger Plan',
    ]);
    expect(log.made).toBe(poolSize(files.length));
    expect(log.answered.every((a) => a.length > 0)).toBe(true);
    expect(log.answered.flat().sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(log.terminated).toBe(log.made);
    expect(log.mostHeld).toBe(Math.min(FILES_PER_WORKER, Math.ceil(files.length / log.made)));
  });

  it('the shares sent back, merged, are the consolidation of the plans', async () => {
    const { create } = pool();
    const g = await sourcesFromFiles(files, (f) => readPlanFiles(f, create));
    expect(mergeShares(g.shares)).toEqual(
      consolidate(land.map((plan) => ({ source: `${plan.id}.amip.json`, plan }))),
    );
  });

  it('a worker that breaks down leaves its files to the others or to this thread, nothing refused for it', async () => {
    const oneBroken = pool((n) => (n === 0 ? 'break' : 'answer'));
    expect(await readPlanFiles(files, oneBroken.create)).toEqual(await readHere());
    expect(oneBroken.log.answered[0]).toEqual([]);
    const allBroken = pool(() => 'break');
    expect(await readPlanFiles(files, allBroken.create)).toEqual(await readHere());
    const noWorker = () => {
      throw new Error('Worker gibt es hier nicht');
    };
    expect(await readPlanFiles(files, noWorker)).toEqual(await readHere());
  });

  it('one worker per core, at most 4 and never more than files', () => {
    expect([poolSize(400, 2), poolSize(400, 16), poolSize(1, 8), poolSize(3, 0)]).toEqual([2, 4, 1, 2]);
  });

  it('the Land view’s sources keep the files’ order; other formats are refused with the reason', async () => {
    const { create } = pool();
    // A file over the limit is refused by its size (asked in the worker), its text never read.
    const big = new File(['{}'], 'gross.amip.json');
    Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
    big.text = () => Promise.reject(new Error('nicht lesen'));
    // A file gone since it was chosen: its read fails.
    const gone = new File(['{}'], 'weg.amip.json');
    gone.stream = () =>
      new ReadableStream({
        start: (c) => c.error(new Error('NotReadableError')),
      }) as ReturnType<File['stream']>;
    const chosen = [files[8]!, new File(['x'], 'notizen.txt'), big, gone, ...files.slice(0, 3)];
    const g = await sourcesFromFiles(chosen, (f) => readPlanFiles(f, create));
    expect(g.shares.map((s) => s.entry.source)).toEqual(files.slice(0, 3).map((f) => f.name));
    expect(g.shares.map((s) => s.entry.planId)).toEqual(land.slice(0, 3).map((p) => p.id));
    // a taken plan is read again from its file to be shown
    expect(await g.reopen.get(sourceKey(g.shares[1]!.entry))!()).toEqual({ ok: true, plan: land[1] });
    expect(g.refused.map((r) => r.source)).toEqual([
      'tief.amip.json',
      'notizen.txt',
      'gross.amip.json',
      'weg.amip.json',
    ]);
    expect(g.refused[2]!.message).toBe(`zu groß (höchstens ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
    expect(g.refused[3]!.message).toBe(UNREADABLE);
    expect(g.refused[0]!.message).toContain('zu tief verschachtelt (höchstens 64 Ebenen)');
    expect(g.refused[1]!.message).toMatch(/^Format nicht unterstützt/);
  });
});

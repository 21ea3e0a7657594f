import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../shared/excel/importWorkbook';
import type { WorkerLike } from '../../../../renderer/excel/importInWorker';
import { importInWorker } from '../../../../renderer/excel/importInWorker';
import type { ImportRequest } from '../../../../renderer/excel/importWorker';

/** A worker that answers (or hangs) as told and records what happened to it. */
function fakeWorker(answer: ((req: ImportRequest) => ImportResult) | 'hang') {
  const log = { terminated: 0, posted: [] as ImportRequest[], transferred: 0 };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      log.posted.push(message);
      log.transferred = transfer.length;
      if (answer !== 'hang') {
        const result = answer(message);
        setTimeout(() => worker.onmessage?.({ data: result } as MessageEvent<ImportResult>), 5);
      }
    },
    terminate() {
      log.terminated += 1;
    },
  };
  return { worker, log };
}

describe('importInWorker', () => {
  it('hands the bytes to the worker, returns its answer and ends the worker', async () => {
    const { worker, log } = fakeWorker((req) => ({
      ok: false,
      message: `${req.bytes.byteLength} Bytes gelesen`,
    }));
    const bytes = new Uint8Array([1, 2, 3]);
    const result = await importInWorker(bytes, {}, 1_000, () => worker);
    expect(result).toEqual({ ok: false, message: '3 Bytes gelesen' });
    expect(log.terminated).toBe(1);
    expect(log.transferred).toBe(1);
    expect(bytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('terminates a worker that takes too long and says so in German', async () => {
    const { worker, log } = fakeWorker('hang');
    const result = await importInWorker(new Uint8Array(10), {}, 50, () => worker);
    expect(result).toEqual({
      ok: false,
      message:
        'Das Einlesen der Arbeitsmappe wurde nach 0 Sekunden abgebrochen; die Datei ist zu groß oder beschädigt.',
    });
    expect(log.terminated).toBe(1);
  });

  it('reports a crashed worker', async () => {
    const { worker, log } = fakeWorker('hang');
    const pending = importInWorker(new Uint8Array(10), {}, 5_000, () => worker);
    worker.onerror?.({ message: 'Speicher erschöpft', preventDefault: () => undefined } as ErrorEvent);
    expect(await pending).toEqual({
      ok: false,
      message: 'Die Arbeitsmappe ließ sich nicht einlesen (Speicher erschöpft).',
    });
    expect(log.terminated).toBe(1);
  });
});

/**
 * One request to a module Web Worker with a time limit: the workbook workers (import and
 * takeover) read hostile files, so a slow or hostile file never blocks the grid. On timeout the
 * worker is terminated and a German message returned; a crashed worker is reported the same way.
 */

/** The part of a Worker these helpers use (tests pass a fake). */
export interface WorkerLike<Request, Response> {
  onmessage: ((e: MessageEvent<Response>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: Request, transfer: Transferable[]): void;
  terminate(): void;
}

export const DEFAULT_WORKER_TIMEOUT_MS = 30_000;

export type Refusal = { ok: false; message: string };

/** Sends `bytes` (a copy, transferred) with `request`; resolves with the answer or a German refusal. */
export function callWorkbookWorker<Request, Response>(
  createWorker: () => WorkerLike<Request, Response>,
  bytes: Uint8Array,
  request: (buffer: ArrayBuffer) => Request,
  timeoutMs: number,
): Promise<Response | Refusal> {
  return new Promise((resolve) => {
    const worker = createWorker();
    let settled = false;
    const finish = (result: Response | Refusal) => {
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
    worker.postMessage(request(copy), [copy]);
  });
}

/**
 * Inflates one ZIP entry in a stream and hands each piece to the caller, never producing more
 * than `budget` bytes, whatever the headers claim: the count is taken while inflating, so a
 * deflate bomb is stopped at the limit with the output so far already dropped. Pure:
 * DecompressionStream('deflate-raw') exists in browsers, workers and Node ≥ 20.
 */

export type InflateOutcome = 'ok' | 'tooBig' | 'corrupt' | 'stopped';

/** Input is fed in slices this big, so one write cannot inflate to more than about 16 MB. */
const SLICE = 16 * 1024;

/** `onChunk` returns false to stop early (the caller found enough to refuse the file). */
export async function inflateBounded(
  data: Uint8Array,
  method: number,
  budget: number,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<InflateOutcome> {
  if (method === 0) {
    if (data.length > budget) return 'tooBig';
    for (let i = 0; i < data.length; i += SLICE) if (!onChunk(data.subarray(i, i + SLICE))) return 'stopped';
    return 'ok';
  }
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += SLICE)
      await writer.write(data.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined);
  let total = 0;
  let outcome: InflateOutcome = 'ok';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > budget) {
        outcome = 'tooBig';
        break;
      }
      if (!onChunk(value)) {
        outcome = 'stopped';
        break;
      }
    }
  } catch {
    outcome = 'corrupt';
  }
  if (outcome !== 'ok') {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
  }
  await feeding;
  return outcome;
}

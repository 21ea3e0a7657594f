/**
 * Bytes a Land view worker reads at once (planFileWorker.ts). Several files are read side by
 * side, since one read at a time leaves the worker waiting on the disk; but 30 MB plans must
 * not all be held at once. A job larger than the budget runs alone; the others wait in order.
 */
export interface ByteBudget {
  run<T>(bytes: number, job: () => Promise<T>): Promise<T>;
}

export function byteBudget(limit: number): ByteBudget {
  let used = 0;
  const waiting: { bytes: number; start: () => void }[] = [];
  const fits = (bytes: number) => used === 0 || used + bytes <= limit;
  const next = () => {
    while (waiting.length > 0 && fits(waiting[0]!.bytes)) {
      const w = waiting.shift()!;
      used += w.bytes;
      w.start();
    }
  };
  return {
    async run(bytes, job) {
      if (waiting.length === 0 && fits(bytes)) used += bytes;
      else await new Promise<void>((start) => waiting.push({ bytes, start }));
      try {
        return await job();
      } finally {
        used -= bytes;
        next();
      }
    },
  };
}

import { describe, expect, it } from 'vitest';
import { byteBudget } from '../../../../../renderer/screens/land/byteBudget';

/** A job that records when it runs and ends when the test lets it. */
function jobs() {
  const running = new Set<string>();
  const log: string[] = [];
  const ends = new Map<string, () => void>();
  const job = (name: string) => () =>
    new Promise<string>((resolve) => {
      running.add(name);
      log.push(`${name}+${[...running].sort().join('')}`);
      ends.set(name, () => {
        running.delete(name);
        resolve(name);
      });
    });
  const end = async (name: string) => {
    ends.get(name)!();
    // the budget hands over in its own microtasks
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { job, end, log, running };
}

describe('bytes a Land worker reads at once', () => {
  it('runs jobs side by side while they fit, the next in order when one ends', async () => {
    const b = byteBudget(10);
    const { job, end, log, running } = jobs();
    const done = ['a', 'b', 'c', 'd'].map((n, i) => b.run([4, 4, 4, 1][i]!, job(n)));
    await Promise.resolve();
    // c (4) does not fit beside a and b (8 of 10); d, though small, waits behind it in order
    expect(log).toEqual(['a+a', 'b+ab']);
    await end('a');
    expect(log).toEqual(['a+a', 'b+ab', 'c+bc', 'd+bcd']);
    await end('b');
    await end('c');
    await end('d');
    expect(await Promise.all(done)).toEqual(['a', 'b', 'c', 'd']);
    expect(running.size).toBe(0);
  });

  it('a job larger than the budget runs alone, and a failing job gives its bytes back', async () => {
    const b = byteBudget(10);
    const { job, end, log } = jobs();
    const big = b.run(50, job('g'));
    const small = b.run(1, job('s'));
    await Promise.resolve();
    expect(log).toEqual(['g+g']);
    await end('g');
    expect(log).toEqual(['g+g', 's+s']);
    await end('s');
    await Promise.all([big, small]);
    const failing = b.run(10, () => Promise.reject(new Error('kaputt')));
    await expect(failing).rejects.toThrow('kaputt');
    const after = b.run(10, job('n'));
    await Promise.resolve();
    expect(log.at(-1)).toBe('n+n');
    await end('n');
    await after;
  });
});

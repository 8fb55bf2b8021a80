import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './concurrency';

describe('mapWithConcurrency', () => {
  it('keeps the order of the results and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const pending: Array<() => void> = [];
    const promise = mapWithConcurrency([1, 2, 3, 4, 5], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => pending.push(resolve));
      running--;
      return n * 10;
    });
    // Release the calls one by one, last started first, so that they finish out of order.
    while (pending.length > 0 || running > 0) {
      await Promise.resolve();
      pending.pop()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await promise).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it('rejects when a call fails', async () => {
    await expect(
      mapWithConcurrency([1, 2], 2, async () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
  });
});

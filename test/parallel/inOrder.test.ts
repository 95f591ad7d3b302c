import { describe, expect, it } from 'vitest';
import { batchesOf, mapInOrder } from '../../src/parallel/inOrder.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('mapInOrder', () => {
  it('yields results in input order although later items finish first, with at most inFlight under way', async () => {
    let running = 0;
    let most = 0;
    const work = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await delay((10 - n) * 2); // the first items take longest
      running--;
      return n * n;
    };
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(await collect(mapInOrder(items, work, 3))).toEqual(items.map((n) => n * n));
    expect(most).toBe(3);
  });

  it('works one at a time with inFlight 1', async () => {
    let running = 0;
    let most = 0;
    const work = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await delay(1);
      running--;
      return -n;
    };
    expect(await collect(mapInOrder([1, 2, 3], work, 1))).toEqual([-1, -2, -3]);
    expect(most).toBe(1);
  });

  it('raises a failure in its turn, after the results before it, and never as an unhandled rejection', async () => {
    const seen: number[] = [];
    const work = async (n: number) => {
      if (n === 2) throw new Error('item 2 failed');
      await delay(5);
      return n;
    };
    await expect(
      (async () => {
        for await (const r of mapInOrder([0, 1, 2, 3], work, 4)) seen.push(r);
      })(),
    ).rejects.toThrow('item 2 failed');
    expect(seen).toEqual([0, 1]);
  });

  it('refuses an inFlight below 1', async () => {
    await expect(collect(mapInOrder([1], async (n) => n, 0))).rejects.toThrow(RangeError);
  });
});

describe('batchesOf', () => {
  it('groups a stream into arrays of the given size, the last one shorter', async () => {
    async function* numbers() {
      for (let i = 0; i < 7; i++) yield i;
    }
    expect(await collect(batchesOf(numbers(), 3))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(await collect(batchesOf([], 3))).toEqual([]);
    expect(await collect(batchesOf([1, 2], 2))).toEqual([[1, 2]]);
  });
});

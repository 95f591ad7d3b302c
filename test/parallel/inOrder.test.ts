import { describe, expect, it } from 'vitest';
import { batchesOf, mapInOrder, readAhead } from '../../src/parallel/inOrder.js';

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

describe('readAhead', () => {
  async function* numbers(log: string[], count: number, failAt = -1): AsyncGenerator<number> {
    try {
      for (let n = 0; n < count; n++) {
        log.push(`read ${n}`);
        await delay(1);
        if (n === failAt) throw new Error(`bad item ${n}`);
        yield n;
      }
    } finally {
      log.push('source closed');
    }
  }

  it('reads the next item while the consumer works on the previous one, in order', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const n of readAhead(numbers(log, 3))) {
      log.push(`use ${n}`);
      await delay(5);
      log.push(`used ${n}`);
      seen.push(n);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(log.indexOf('read 1')).toBeLessThan(log.indexOf('used 0'));
    expect(log.indexOf('read 2')).toBeLessThan(log.indexOf('used 1'));
    expect(log.at(-1)).toBe('used 2');
  });

  it("surfaces the source's failure after the items before it", async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const n of readAhead(numbers([], 5, 2))) {
        await delay(3);
        seen.push(n);
      }
    };
    await expect(run()).rejects.toThrow('bad item 2');
    expect(seen).toEqual([0, 1]);
  });

  it('closes the source when the consumer stops early, also when the item read ahead failed', async () => {
    const log: string[] = [];
    for await (const n of readAhead(numbers(log, 5))) if (n === 1) break;
    expect(log.at(-1)).toBe('source closed');
    expect(log).not.toContain('read 3');

    const failing: string[] = [];
    const consume = async () => {
      for await (const n of readAhead(numbers(failing, 5, 1)))
        if (n === 0) throw new Error('consumer failed');
    };
    await expect(consume()).rejects.toThrow('consumer failed');
    expect(failing).toEqual(['read 0', 'read 1', 'source closed']);
  });
});

// The producer never runs more than `ahead` items ahead of the consumer, and resumes when it caught up half.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LeadLimit, leadMemory, LeadTaker } from '../../src/parallel/leadLimit.js';

describe('the lead of a producer over its consumer', () => {
  it('waits at `ahead` items not taken and goes on once half of them are taken', async () => {
    const memory = leadMemory();
    const limit = new LeadLimit(memory, 4);
    const taker = new LeadTaker(memory);
    const posted: number[] = [];
    let taken = 0;
    const producing = (async () => {
      for (let i = 0; i < 10; i++) {
        await limit.next();
        posted.push(i);
      }
    })();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(posted).toHaveLength(4);
    taker.took();
    taken++;
    await settle();
    expect(posted).toHaveLength(4); // one taken: still 3 ahead, above the half
    taker.took();
    taken++;
    await settle();
    expect(posted).toHaveLength(6); // two taken: caught up to half, the producer fills up to 4 ahead again
    while (taken < 10) {
      taker.took();
      taken++;
      await settle();
      expect(posted.length - taken).toBeLessThanOrEqual(4);
    }
    await producing;
    expect(posted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('works across threads: the memory travels in a message', async () => {
    const { port1, port2 } = new MessageChannel();
    const memory = leadMemory();
    port1.postMessage(memory);
    const received = await new Promise<SharedArrayBuffer>((resolve) =>
      port2.once('message', (m: SharedArrayBuffer) => resolve(m)),
    );
    port1.close();
    const limit = new LeadLimit(received, 2);
    const taker = new LeadTaker(memory);
    await limit.next();
    await limit.next();
    let third = false;
    const waiting = limit.next().then(() => (third = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    taker.took();
    await waiting;
    expect(third).toBe(true);
  });

  it('rejects a lead that is not a positive integer', () => {
    expect(() => new LeadLimit(leadMemory(), 0)).toThrow('ahead must be a positive integer: 0');
  });
});

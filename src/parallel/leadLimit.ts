// How far a producing thread may run ahead of the consuming one, kept in shared memory: no message per item.
//
// The consumer counts the items it has taken; the producer, before posting one more, waits (asynchronously,
// its event loop stays free) while `ahead` items are posted and not taken, and then until the consumer has
// caught up to half of that, so that a slow consumer wakes it once per `ahead / 2` items, not for each one.
// The consumer wakes it only when it waits for exactly that.

const TAKEN = 0;
/** The count of taken items the waiting producer waits for; -1 while it does not wait. */
const WAKE_AT = 1;

/** Atomics.waitAsync (Node.js 16 and later; the ES2024 library types it, this project's target does not). */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      cells: Int32Array,
      index: number,
      value: number,
    ): { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;

/** The shared memory of one producer–consumer pair. */
export function leadMemory(): SharedArrayBuffer {
  const memory = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  new Int32Array(memory)[WAKE_AT] = -1;
  return memory;
}

/** The producer's side. */
export class LeadLimit {
  private readonly cells: Int32Array;
  private posted = 0;

  constructor(
    memory: SharedArrayBuffer,
    private readonly ahead: number,
  ) {
    if (!Number.isInteger(ahead) || ahead < 1)
      throw new RangeError(`ahead must be a positive integer: ${ahead}`);
    this.cells = new Int32Array(memory);
  }

  /** Resolves when one more item may be posted (counted as posted). */
  async next(): Promise<void> {
    if (this.posted - Atomics.load(this.cells, TAKEN) >= this.ahead) {
      const wakeAt = this.posted - Math.floor(this.ahead / 2);
      for (;;) {
        const taken = Atomics.load(this.cells, TAKEN);
        if (taken >= wakeAt) break;
        Atomics.store(this.cells, WAKE_AT, wakeAt);
        // Returns at once when the count changed since it was read (no wake-up is missed).
        const wait = waitAsync(this.cells, TAKEN, taken);
        if (wait.async) await wait.value;
        Atomics.store(this.cells, WAKE_AT, -1);
      }
    }
    this.posted++;
  }
}

/** The consumer's side: `took()` for each item taken. */
export class LeadTaker {
  private readonly cells: Int32Array;

  constructor(memory: SharedArrayBuffer) {
    this.cells = new Int32Array(memory);
  }

  took(): void {
    const taken = Atomics.add(this.cells, TAKEN, 1) + 1;
    const wakeAt = Atomics.load(this.cells, WAKE_AT);
    if (wakeAt >= 0 && taken >= wakeAt) Atomics.notify(this.cells, TAKEN);
  }
}

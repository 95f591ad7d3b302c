// Per-origin politeness: at most N requests in flight to one origin and a minimum gap between requests.

interface OriginSlot {
  inFlight: number;
  /** Earliest time (ms, monotonic clock) the next request to this origin may start. */
  nextAllowed: number;
  waiters: (() => void)[];
  timer: NodeJS.Timeout | undefined;
}

export interface GateOptions {
  /** Requests in flight per origin (default 1). */
  connectionsPerOrigin: number;
  /** Monotonic clock in ms; injectable for tests. */
  now?: () => number;
}

/**
 * The ready-queue of every origin with its next-allowed time. `acquire(origin)` resolves when a request may
 * start; `release(origin, delayMs, fromMs)` ends it and keeps the origin closed until `fromMs + delayMs`.
 * Idle origins are forgotten, so memory follows the origins in use, not all origins ever seen.
 */
export class OriginGate {
  readonly #slots = new Map<string, OriginSlot>();
  readonly #limit: number;
  readonly #now: () => number;

  constructor(options: GateOptions) {
    this.#limit = Math.max(1, options.connectionsPerOrigin);
    this.#now = options.now ?? (() => performance.now());
  }

  acquire(origin: string): Promise<void> {
    const slot = this.#slot(origin);
    return new Promise((resolve) => {
      slot.waiters.push(resolve);
      this.#pump(origin, slot);
    });
  }

  /**
   * Ends a request. The next one may start `delayMs` after `fromMs` (default: now), the moment the server had
   * surely received this request: the arrival of the response headers, so that the server sees requests at
   * least `delayMs` apart while the download of a body does not slow the rate down.
   */
  release(origin: string, delayMs: number, fromMs: number = this.#now()): void {
    const slot = this.#slots.get(origin);
    if (!slot) return;
    slot.inFlight = Math.max(0, slot.inFlight - 1);
    slot.nextAllowed = Math.max(slot.nextAllowed, fromMs + delayMs);
    this.#pump(origin, slot);
  }

  /** Keeps an origin closed for `ms` from now (429/503 back-off); requests in flight are not affected. */
  pause(origin: string, ms: number): void {
    this.pauseUntil(origin, this.#now() + ms);
  }

  /** Keeps an origin closed until the (monotonic) time `atMs`, if it is not closed longer already. */
  pauseUntil(origin: string, atMs: number): void {
    const slot = this.#slot(origin);
    slot.nextAllowed = Math.max(slot.nextAllowed, atMs);
  }

  /** Origins currently known (in use or waiting). */
  get size(): number {
    return this.#slots.size;
  }

  #slot(origin: string): OriginSlot {
    let slot = this.#slots.get(origin);
    if (!slot) {
      slot = { inFlight: 0, nextAllowed: 0, waiters: [], timer: undefined };
      this.#slots.set(origin, slot);
    }
    return slot;
  }

  #pump(origin: string, slot: OriginSlot): void {
    if (slot.timer !== undefined) return;
    while (slot.waiters.length > 0 && slot.inFlight < this.#limit) {
      const wait = slot.nextAllowed - this.#now();
      if (wait > 0) {
        slot.timer = setTimeout(() => {
          slot.timer = undefined;
          this.#pump(origin, slot);
        }, Math.ceil(wait));
        return;
      }
      slot.inFlight++;
      slot.waiters.shift()!();
    }
    // Forget an idle origin once its delay has passed; a later request starts a fresh slot.
    if (slot.inFlight === 0 && slot.waiters.length === 0 && slot.nextAllowed <= this.#now()) {
      this.#slots.delete(origin);
    }
  }
}

// Pipelines asynchronous work over a stream while keeping its order: a few items in flight, results in input order.

/**
 * Applies `work` to each item of `source` with up to `inFlight` items under way at once and yields the results
 * in the order of the items. A failure surfaces when its turn comes (never as an unhandled rejection).
 */
export async function* mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<R>,
  inFlight: number,
): AsyncGenerator<R> {
  if (!(inFlight >= 1)) throw new RangeError(`inFlight must be at least 1, not ${inFlight}`);
  const queue: Promise<R>[] = [];
  for await (const item of source) {
    const result = work(item);
    result.catch(() => undefined); // awaited below, in its turn
    queue.push(result);
    if (queue.length >= inFlight) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}

/** Groups a stream into arrays of `size` items (the last one shorter). */
export async function* batchesOf<T>(
  source: AsyncIterable<T> | Iterable<T>,
  size: number,
): AsyncGenerator<T[]> {
  if (!(size >= 1)) throw new RangeError(`size must be at least 1, not ${size}`);
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The items of `source`, each next one requested as soon as the previous one is handed out: the source's
 * work (reading a file) goes on while the consumer awaits its own (a database query). A failure of the
 * source surfaces in its turn; ending early closes the source once the item under way has arrived.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let done = false;
  try {
    for (;;) {
      const item = await next;
      if (item.done) {
        done = true;
        return;
      }
      next = iterator.next();
      next.catch(() => undefined); // awaited in its turn, or dropped when the consumer stops early
      yield item.value;
    }
  } catch (error) {
    done = true;
    throw error;
  } finally {
    if (!done)
      await next.then(
        () => iterator.return?.(),
        () => undefined,
      );
  }
}

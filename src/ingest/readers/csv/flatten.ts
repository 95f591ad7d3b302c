// Turns a stream of batches into a stream of items without an async generator step per item (much cheaper).
export function flatten<T>(batches: AsyncIterable<T[]>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const source = batches[Symbol.asyncIterator]();
      let batch: T[] = [];
      let index = 0;
      return {
        async next(): Promise<IteratorResult<T>> {
          while (index >= batch.length) {
            const next = await source.next();
            if (next.done) return { done: true, value: undefined };
            batch = next.value;
            index = 0;
          }
          return { done: false, value: batch[index++]! };
        },
        async return(): Promise<IteratorResult<T>> {
          await source.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

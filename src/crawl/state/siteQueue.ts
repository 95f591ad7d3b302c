// The in-memory ready-queue of one site: queued frontier URLs ordered by priority, then by discovery order.

export interface QueuedUrl {
  url: string;
  depth: number;
  priority: number;
  /** Discovery order (the frontier row id, or a counter for URLs found in this run). */
  order: number;
  attempts: number;
}

/** A binary min-heap on (priority, order). */
export class SiteQueue {
  readonly #heap: QueuedUrl[] = [];

  get size(): number {
    return this.#heap.length;
  }

  push(item: QueuedUrl): void {
    const heap = this.#heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  pop(): QueuedUrl | undefined {
    const heap = this.#heap;
    if (heap.length === 0) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(a: QueuedUrl, b: QueuedUrl): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.order < b.order);
}

// Counts what a reader or a mapping left out, by reason, keeping the first few examples of each.
export interface SkipExample {
  line: number;
  column: string | null;
  text: string;
}

export interface SkipCount {
  reason: string;
  count: number;
  examples: SkipExample[];
}

const EXAMPLES = 3;

export class SkipTally {
  private readonly counts = new Map<string, SkipCount>();

  add(reason: string, example?: SkipExample, times = 1): void {
    const entry = this.counts.get(reason) ?? { reason, count: 0, examples: [] };
    entry.count += times;
    if (example !== undefined && entry.examples.length < EXAMPLES) entry.examples.push(example);
    this.counts.set(reason, entry);
  }

  /** Adds everything another tally counted. */
  merge(other: SkipTally): void {
    for (const entry of other.list()) {
      for (const [i, example] of entry.examples.entries())
        this.add(entry.reason, example, i === 0 ? entry.count : 0);
      if (entry.examples.length === 0) this.add(entry.reason, undefined, entry.count);
    }
  }

  count(reason: string): number {
    return this.counts.get(reason)?.count ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const entry of this.counts.values()) sum += entry.count;
    return sum;
  }

  /** Reasons by count, largest first. */
  list(): SkipCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
}

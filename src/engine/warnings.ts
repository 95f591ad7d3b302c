/** Warnings of one computation, counted per kind rather than repeated. */
export class Warnings {
  private readonly counts = new Map<string, { count: number; example: string }>();

  add(kind: string, example: string): void {
    const entry = this.counts.get(kind);
    if (entry) entry.count++;
    else this.counts.set(kind, { count: 1, example });
  }

  list(): { kind: string; count: number; example: string }[] {
    return [...this.counts].map(([kind, { count, example }]) => ({ kind, count, example }));
  }
}

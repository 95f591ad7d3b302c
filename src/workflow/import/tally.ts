// Counts what an import finds as it streams: per variable, skipped rows by reason, the first examples and conflicts.
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import type { ChangeKind, SkippedRow, SkipReason, ValueChange, VariableCounts } from './types.js';

const EXAMPLES = 20;
const SKIP_EXAMPLES = 3;

export class ImportTally {
  observations = 0;
  readonly counts = { new: 0, changed: 0, unchanged: 0, skipped: 0 };
  private readonly variables = new Map<string, VariableCounts>();
  private readonly reasons = new Map<string, SkipReason>();
  readonly examples: ValueChange[] = [];
  readonly conflicts: ValueChange[] = [];
  conflictCount = 0;

  /** Counts one value; `describe` makes its record only when it becomes an example or a kept conflict. */
  addChange(kind: ChangeKind, variable: string, conflict: boolean, describe: () => ValueChange): void {
    this.counts[kind]++;
    let v = this.variables.get(variable);
    if (!v) {
      v = { variable, new: 0, changed: 0, unchanged: 0 };
      this.variables.set(variable, v);
    }
    v[kind]++;
    const example = kind !== 'unchanged' && this.examples.length < EXAMPLES;
    const kept = conflict && this.conflicts.length < EXAMPLES;
    if (example || kept) {
      const change = describe();
      if (example) this.examples.push(change);
      if (kept) this.conflicts.push(change);
    }
    if (conflict) this.conflictCount++;
  }

  addSkipped(row: SkippedRow): void {
    this.counts.skipped++;
    let r = this.reasons.get(row.reason);
    if (!r) {
      r = { reason: row.reason, count: 0, examples: [] };
      this.reasons.set(row.reason, r);
    }
    r.count++;
    if (r.examples.length < SKIP_EXAMPLES)
      r.examples.push({ line: row.line, column: row.column, detail: row.detail });
  }

  /** Adds what a reader or the mapping left out, already counted by reason. */
  addSkipCounts(list: readonly SkipCount[]): void {
    for (const entry of list) {
      this.counts.skipped += entry.count;
      let r = this.reasons.get(entry.reason);
      if (!r) {
        r = { reason: entry.reason, count: 0, examples: [] };
        this.reasons.set(entry.reason, r);
      }
      r.count += entry.count;
      for (const e of entry.examples) {
        if (r.examples.length < SKIP_EXAMPLES)
          r.examples.push({ line: e.line, column: e.column, detail: e.text });
      }
    }
  }

  get values(): number {
    return this.counts.new + this.counts.changed + this.counts.unchanged;
  }

  variableCounts(): VariableCounts[] {
    return [...this.variables.values()].sort((a, b) => a.variable.localeCompare(b.variable));
  }

  skipReasons(): SkipReason[] {
    return [...this.reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
}

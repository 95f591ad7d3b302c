// Compares the mapped values, batch by batch, with the stored ones: what is new, what changed (a conflict unless replacing).
import { IngestError } from '../../ingest/errors.js';
import type { MissingReason } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import {
  differingValuesOf,
  hasStoredValues,
  storedValuesOf,
  valueKeyText,
  type StoredState,
} from '../../store/valueChanges.js';
import { change, classify } from './classify.js';
import type { ImportTally } from './tally.js';
import type { ChangeKind, ImportValue } from './types.js';

export interface PlanOptions {
  file: string;
  edition: number;
  replace: boolean;
  /** The unit set and the variables the mapping feeds (to learn once whether anything is stored at all). */
  unitSet: string;
  variables: readonly string[];
  /** Two entries of the mapping feed the same target (a value may then come twice). */
  targetsRepeat: boolean;
}

export interface ChangePlan {
  /** Values with no stored value yet. */
  fresh: ImportValue[];
  /** Changed values to write over the stored ones (only with `replace`). */
  replacing: ImportValue[];
  /**
   * Whether the import looks stored values up or deletes them by key (false only when the edition holds
   * nothing of the unit set and variables and nothing is replaced): the writer may otherwise load without
   * the primary key (see `beginValueLoad`). The same for every plan of an import.
   */
  keyed: boolean;
}

/** What is kept of a value to recognise its repetition by another mapping entry. */
interface Seen {
  line: number;
  value: number | null;
  missingReason: MissingReason | null;
  referenceDate: string;
}

/**
 * Classifies each mapped value (new, changed, unchanged; counted in the tally) against the stored values,
 * one batch at a time: the stored values of a batch's keys are read through the primary key, and not at all
 * when the edition holds nothing of the unit set and variables yet (learned once, before the first write).
 * Memory stays with the batch. A second value for the same unit and variable (only possible when two mapping
 * entries feed one target; the mapping itself rejects repetitions within an entry) is an error, unless it
 * repeats the first exactly.
 */
export class ChangePlanner {
  private anyStored: boolean | undefined;
  private readonly seen: Map<string, Seen> | null;

  constructor(
    private readonly tally: ImportTally,
    private readonly options: PlanOptions,
  ) {
    this.seen = options.targetsRepeat ? new Map() : null;
  }

  async plan(store: Store, values: readonly ImportValue[]): Promise<ChangePlan> {
    const { edition, unitSet, variables, replace } = this.options;
    this.anyStored ??= await hasStoredValues(store.db, edition, unitSet, variables);
    // PostgreSQL compares in the database and sends back only what is new or differs (absent: equal).
    const differing =
      this.anyStored && store.dialect === 'postgres'
        ? await differingValuesOf(store.db, edition, values)
        : null;
    const stored: ReadonlyMap<string, StoredState> =
      this.anyStored && !differing ? await storedValuesOf(store, edition, values) : new Map();
    const plan: ChangePlan = { fresh: [], replacing: [], keyed: this.anyStored || replace };
    for (let i = 0; i < values.length; i++) {
      const item = values[i]!;
      const key = this.seen || stored.size > 0 ? valueKeyText(item) : '';
      if (this.seen && this.repeats(key, item)) continue;
      let kind: ChangeKind;
      let before: StoredState | undefined;
      if (differing) {
        const found = differing.get(i);
        before = found ?? undefined;
        kind = found === undefined ? 'unchanged' : classify(item, before);
      } else {
        before = stored.size > 0 ? stored.get(key) : undefined;
        kind = classify(item, before);
      }
      this.tally.addChange(kind, item.variable, kind === 'changed' && !replace, () =>
        change(kind, item, before),
      );
      if (kind === 'new') plan.fresh.push(item);
      else if (kind === 'changed' && replace) plan.replacing.push(item);
    }
    return plan;
  }

  /** Whether `item` repeats an earlier value of its key (skipped); an error when it contradicts it. */
  private repeats(key: string, item: ImportValue): boolean {
    const first = this.seen!.get(key);
    if (first === undefined) {
      this.seen!.set(key, {
        line: item.line,
        value: item.value,
        missingReason: item.missingReason,
        referenceDate: item.referenceDate,
      });
      return false;
    }
    const same =
      first.value === item.value &&
      first.missingReason === item.missingReason &&
      first.referenceDate === item.referenceDate;
    if (!same) {
      throw new IngestError(
        this.options.file,
        item.line,
        item.column,
        `"${item.text}" is a second value for ${item.unitCode} ${item.variable} (first on line ${first.line})`,
      );
    }
    this.tally.addSkipped({
      kind: 'skipped',
      line: item.line,
      column: item.column,
      variable: item.variable,
      reason: 'repeats an earlier row with the same value',
      detail: `${item.unitCode} ${item.variable} as on line ${first.line}`,
    });
    return true;
  }
}

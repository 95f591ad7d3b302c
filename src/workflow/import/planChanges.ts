// Compares the mapped values with the stored ones: what is new, what changed (a conflict unless replacing).
import { IngestError } from '../../ingest/errors.js';
import type { Store } from '../../store/index.js';
import { storedValues, valueKeyText, type StoredCell } from '../../store/valueChanges.js';
import { change, classify } from './classify.js';
import type { ImportTally } from './tally.js';
import type { ImportValue } from './types.js';

export interface PlanOptions {
  file: string;
  edition: number;
  replace: boolean;
  /** Two entries of the mapping feed the same target (a value may then come twice). */
  targetsRepeat: boolean;
}

export interface ChangePlan {
  /** Values with no stored value yet. */
  fresh: ImportValue[];
  /** Changed values to write over the stored ones (only with `replace`). */
  replacing: ImportValue[];
}

/**
 * Reads the stored values of the edition for the variables being imported (one query per unit set),
 * classifies each mapped value (new, changed, unchanged; counted in `tally`) and returns what to write.
 * A second value for the same unit and variable is an error, unless it repeats the first exactly.
 */
export async function planChanges(
  store: Store,
  values: readonly ImportValue[],
  tally: ImportTally,
  options: PlanOptions,
): Promise<ChangePlan> {
  const stored = new Map<string, StoredCell>();
  const variablesBySet = new Map<string, Set<string>>();
  for (const v of values) {
    const set = variablesBySet.get(v.unitSet) ?? new Set<string>();
    set.add(v.variable);
    variablesBySet.set(v.unitSet, set);
  }
  for (const [unitSet, variables] of variablesBySet) {
    for (const [key, cell] of await storedValues(store.db, options.edition, unitSet, [...variables])) {
      stored.set(key, cell);
    }
  }
  // The mapping gives one value per unit and mapped entry; only two entries feeding one target can repeat a key.
  const seen = options.targetsRepeat ? new Map<string, ImportValue>() : null;
  const plan: ChangePlan = { fresh: [], replacing: [] };
  for (const item of values) {
    const key = valueKeyText(item);
    if (seen) {
      const first = seen.get(key);
      if (first !== undefined) {
        repeated(options.file, item, first, tally);
        continue;
      }
      seen.set(key, item);
    }
    const before = stored.get(key);
    const kind = classify(item, before);
    tally.addChange(change(kind, item, before), kind === 'changed' && !options.replace);
    if (kind === 'new') plan.fresh.push(item);
    else if (kind === 'changed' && options.replace) plan.replacing.push(item);
  }
  return plan;
}

/** A repeated unit and variable: skipped when it says the same, an error when it contradicts the first. */
function repeated(file: string, item: ImportValue, first: ImportValue, tally: ImportTally): void {
  const same =
    first.value === item.value &&
    first.missingReason === item.missingReason &&
    first.referenceDate === item.referenceDate;
  if (!same) {
    throw new IngestError(
      file,
      item.line,
      item.column,
      `"${item.text}" is a second value for ${item.unitCode} ${item.variable} (first on line ${first.line})`,
    );
  }
  tally.addSkipped({
    kind: 'skipped',
    line: item.line,
    column: item.column,
    variable: item.variable,
    reason: 'repeats an earlier row with the same value',
    detail: `${item.unitCode} ${item.variable} as on line ${first.line}`,
  });
}

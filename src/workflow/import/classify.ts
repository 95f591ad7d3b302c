// Compares a value about to be imported with the stored one: new, unchanged or changed.
import type { StoredState } from '../../store/valueChanges.js';
import type { ChangeKind, ImportValue, ValueChange } from './types.js';

/**
 * `new` when nothing is stored; `unchanged` when value, missing reason, confidentiality and reference date
 * are the same (the stored provenance is kept: the first file that delivered a value stays its source);
 * `changed` otherwise.
 */
export function classify(item: ImportValue, stored: StoredState | undefined): ChangeKind {
  if (stored === undefined) return 'new';
  const same =
    sameNumber(item.value, stored.value) &&
    (item.missingReason ?? null) === (stored.missingReason ?? null) &&
    item.confidential === stored.confidential &&
    item.referenceDate === stored.referenceDate;
  return same ? 'unchanged' : 'changed';
}

export function change(kind: ChangeKind, item: ImportValue, stored: StoredState | undefined): ValueChange {
  return {
    kind,
    unitSet: item.unitSet,
    unitCode: item.unitCode,
    variable: item.variable,
    line: item.line,
    column: item.column,
    before: stored?.value ?? null,
    beforeReason: stored?.missingReason ?? null,
    after: item.value,
    afterReason: item.missingReason,
    confidential: item.confidential || Boolean(stored?.confidential),
  };
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

// Allocates district-level values to the municipalities of each district, by a key column or as they are.
import type { MissingReason } from '../../model/index.js';

/**
 * How a municipality's value was obtained from a district value: `as-is` (every municipality gets the district
 * value: right for rates and shares), or in proportion to a key column such as `population` or `employees`
 * (value_m = value_d × key_m / Σ key over the district's municipalities: right for counts). Null: the source
 * had the value for the municipality itself.
 */
export type Allocation = 'as-is' | AllocationKey;

/** The key columns a district value can be split by. */
export type AllocationKey = 'population' | 'employees';

export interface DistrictValue {
  /** 5-digit district key (Kreis, or the independent city itself). */
  district: string;
  value: number | null;
  missingReason: MissingReason | null;
}

export interface AllocationTarget {
  ags: string;
  /** The key of the municipality (its population, employees, …); not needed for `as-is`. */
  key: number | null;
}

export interface AllocatedValue<T extends DistrictValue> {
  ags: string;
  value: number | null;
  missingReason: MissingReason | null;
  allocation: Allocation;
  /** Share of the district value given to this municipality (1 for as-is). */
  share: number;
  from: T;
}

export type AllocationProblem =
  | { kind: 'no-municipality'; district: string }
  | { kind: 'missing-key'; district: string; ags: string }
  | { kind: 'zero-key'; district: string };

export interface AllocationResult<T extends DistrictValue> {
  values: AllocatedValue<T>[];
  problems: AllocationProblem[];
}

/** The district (Kreis) an AGS lies in: its first five digits. */
export function districtOf(ags: string): string {
  return ags.slice(0, 5);
}

/**
 * `method` is `as-is` or the name of the key (`population`, `employees`). `districtTotals` gives Σ key of a
 * whole district when the unit set holds only part of it; otherwise the sum over the given municipalities.
 * Districts with no municipality in `targets`, with a municipality lacking a key or with a zero key sum are
 * reported as problems; their municipalities get no value.
 */
export function allocateDistrictValues<T extends DistrictValue>(
  values: readonly T[],
  targets: readonly AllocationTarget[],
  method: Allocation,
  districtTotals?: ReadonlyMap<string, number>,
): AllocationResult<T> {
  const byDistrict = new Map<string, AllocationTarget[]>();
  for (const target of targets) {
    const district = districtOf(target.ags);
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), target]);
  }
  const out: AllocatedValue<T>[] = [];
  const problems: AllocationProblem[] = [];
  for (const item of values) {
    const members = byDistrict.get(item.district);
    if (members === undefined) {
      problems.push({ kind: 'no-municipality', district: item.district });
      continue;
    }
    if (method === 'as-is') {
      for (const m of members) out.push(allocated(m.ags, item, item.value, 1, method));
      continue;
    }
    const lacking = members.find((m) => m.key === null || !Number.isFinite(m.key) || m.key < 0);
    if (lacking !== undefined) {
      problems.push({ kind: 'missing-key', district: item.district, ags: lacking.ags });
      continue;
    }
    const total = districtTotals?.get(item.district) ?? members.reduce((s, m) => s + m.key!, 0);
    if (!(total > 0)) {
      problems.push({ kind: 'zero-key', district: item.district });
      continue;
    }
    for (const m of members) {
      const share = m.key! / total;
      out.push(
        allocated(m.ags, item, item.value === null ? null : (item.value * m.key!) / total, share, method),
      );
    }
  }
  return { values: out, problems };
}

function allocated<T extends DistrictValue>(
  ags: string,
  from: T,
  value: number | null,
  share: number,
  allocation: Allocation,
): AllocatedValue<T> {
  return {
    ags,
    value,
    missingReason: value === null ? (from.missingReason ?? 'absent') : null,
    allocation,
    share,
    from,
  };
}

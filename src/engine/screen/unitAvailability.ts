// Per unit: how many indicator values are missing or zero, and the shares COINr screens on (get_data_avail).
import { EngineError } from '../errors.js';
import type { DataMatrix } from '../matrix.js';

export interface UnitAvailability {
  present: number;
  missing: number;
  zeros: number;
  /** 1 - missing / indicators (COINr's Dat_Avail); 1 when there are no indicators. */
  available: number;
  /** 1 - zeros / present values (COINr's Non_Zero); NaN when the unit has no value at all. */
  nonZero: number;
}

export function unitAvailability(data: DataMatrix, indicators: readonly string[]): UnitAvailability[] {
  const columns = indicators.map((code) => {
    const values = data.columns.get(code);
    if (!values) throw new EngineError(code, 'no data column for this indicator');
    return values;
  });
  const n = columns.length;
  return data.units.map((_, i) => {
    let missing = 0;
    let zeros = 0;
    for (const values of columns) {
      const x = values[i]!;
      if (Number.isNaN(x)) missing++;
      else if (x === 0) zeros++;
    }
    return {
      present: n - missing,
      missing,
      zeros,
      available: n === 0 ? 1 : 1 - missing / n,
      nonZero: 1 - zeros / (n - missing),
    };
  });
}

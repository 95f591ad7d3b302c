// Per indicator: the share of units with a value (COINr's Frc.Avail), for the audit and the report.
import { EngineError } from '../errors.js';
import type { DataMatrix } from '../matrix.js';

/** Share of units with a value, per indicator code; NaN when there are no units. */
export function indicatorCoverage(data: DataMatrix, indicators: readonly string[]): Map<string, number> {
  const coverage = new Map<string, number>();
  for (const code of indicators) {
    const values = data.columns.get(code);
    if (!values) throw new EngineError(code, 'no data column for this indicator');
    let present = 0;
    for (const x of values) if (!Number.isNaN(x)) present++;
    coverage.set(code, present / data.units.length);
  }
  return coverage;
}

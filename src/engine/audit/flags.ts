// Flags for pairs inside one aggregate that correlate too strongly (collinearity) or negatively, as COINr's get_corr_flags.
import type { AuditOptions, CorrelationFlag, CorrelationMatrix } from './types.js';

/**
 * Every pair of an aggregate's children (each pair once, in the children's order) whose correlation by
 * `flagMethod` is above `collinearity` or below `negative`; comparisons are strict and signed, as
 * get_corr_flags with thresh_type "high" and "low". The all-indicator matrix is not a group and is skipped.
 */
export function correlationFlags(
  matrices: readonly CorrelationMatrix[],
  options: AuditOptions,
): CorrelationFlag[] {
  const flags: CorrelationFlag[] = [];
  for (const m of matrices) {
    if (m.method !== options.flagMethod || m.scope === 'indicators') continue;
    for (let i = 0; i < m.codes.length; i++) {
      for (let j = i + 1; j < m.codes.length; j++) {
        const r = m.r[i]![j]!;
        const pair = { group: m.scope, level: m.level, a: m.codes[i]!, b: m.codes[j]!, method: m.method, r };
        if (r > options.collinearity)
          flags.push({ type: 'collinear', ...pair, threshold: options.collinearity });
        if (r < options.negative) flags.push({ type: 'negative', ...pair, threshold: options.negative });
      }
    }
  }
  return flags;
}

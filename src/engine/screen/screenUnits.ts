// Excludes units with too little data or too many zeros, with forced inclusions and exclusions (COINr's Screen()).
import { EngineError } from '../errors.js';
import type { DataMatrix } from '../matrix.js';
import type { ScreeningReport } from '../stages.js';
import { unitAvailability, type UnitAvailability } from './unitAvailability.js';

export type ScreenBy = 'NA' | 'zeros' | 'NAandZeros';

export interface ScreenOptions {
  by: ScreenBy;
  /** A unit is kept when its data availability is at least this share (COINr's dat_thresh). */
  minShare: number;
  /** Zero screening: a unit is kept when its share of non-zero values is at least this (COINr's nonzero_thresh)... */
  nonZeroShare: number;
  /** ...or, when given instead, when its share of zeros among its values is at most this. */
  zeroShare: number | null;
  forceIn: readonly string[];
  forceOut: readonly string[];
}

export function screenUnits(
  data: DataMatrix,
  indicators: readonly string[],
  options: ScreenOptions,
): ScreeningReport {
  const known = new Set(data.units);
  const unknown = [...options.forceIn, ...options.forceOut].filter((unit) => !known.has(unit));
  if (unknown.length > 0) {
    throw new EngineError('screening', `forced units not in the data: ${[...new Set(unknown)].join(', ')}`);
  }
  const forceIn = new Set(options.forceIn);
  const forceOut = new Set(options.forceOut);
  const availability = unitAvailability(data, indicators);
  const kept: boolean[] = [];
  const excluded: ScreeningReport['excluded'] = [];
  data.units.forEach((unit, i) => {
    const reasons = failedRules(availability[i]!, options);
    const keep = forceOut.has(unit) ? false : forceIn.has(unit) ? true : reasons.length === 0;
    kept.push(keep);
    if (!keep) excluded.push({ unit, reason: forceOut.has(unit) ? 'forced out' : reasons.join('; ') });
  });
  return { kept, coverage: availability.map((a) => a.available), excluded };
}

function failedRules(unit: UnitAvailability, options: ScreenOptions): string[] {
  const reasons: string[] = [];
  if (options.by !== 'zeros' && unit.available < options.minShare) {
    reasons.push(`coverage ${compared(unit.available, '<', options.minShare)}`);
  }
  if (options.by === 'NA') return reasons;
  if (unit.present === 0) {
    reasons.push('no values to check for zeros');
  } else if (options.zeroShare !== null) {
    const zeros = unit.zeros / unit.present;
    if (zeros > options.zeroShare) reasons.push(`zeros ${compared(zeros, '>', options.zeroShare)}`);
  } else if (unit.nonZero < options.nonZeroShare) {
    reasons.push(`non-zero values ${compared(unit.nonZero, '<', options.nonZeroShare)}`);
  }
  return reasons;
}

/** "42 % < 50 %", with as many decimals as it takes to tell the two shares apart (up to four). */
function compared(value: number, relation: string, threshold: number): string {
  for (let digits = 0; ; digits++) {
    const a = percent(value, digits);
    const b = percent(threshold, digits);
    if (a !== b || digits === 4) return `${a} ${relation} ${b}`;
  }
}

function percent(share: number, digits: number): string {
  return `${(share * 100).toFixed(digits)} %`;
}

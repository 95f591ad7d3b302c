// COINr's default Treat(): check skew/kurtosis; if it fails, winsorise; if still failing, log_CT the ORIGINAL values.
import { checkSkewKurt } from './checkSkewKurt.js';
import { logCT } from './logCT.js';
import { winsorise, type WinsoriseOptions } from './winsorise.js';

export type Outcome =
  | { kind: 'passed' }
  | { kind: 'winsorised'; nwin: number }
  | { kind: 'log'; nwin: number }
  /** The pass test or the winsorisation hit an undefined skewness/kurtosis: COINr returns the column as it was. */
  | { kind: 'undefined' };

export function winsoriseOrLog(
  values: Float64Array,
  options: WinsoriseOptions,
): { values: Float64Array; outcome: Outcome } {
  const untreated = { values, outcome: { kind: 'undefined' } as const };
  const pass0 = checkSkewKurt(values, options);
  if (pass0 === null) return untreated;
  if (pass0) return { values, outcome: { kind: 'passed' } };
  const win = winsorise(values, options);
  if (!win) return untreated;
  const pass1 = checkSkewKurt(win.values, options);
  if (pass1 === null) return untreated;
  if (pass1) return { values: win.values, outcome: { kind: 'winsorised', nwin: win.nwin } };
  const logged = logCT(values);
  if (checkSkewKurt(logged, options) === null) return untreated;
  return { values: logged, outcome: { kind: 'log', nwin: win.nwin } };
}

// The outlier-treatment strategies, selected by method name, each reporting per indicator what changed.
import { EngineError } from '../errors.js';
import { booleanParam } from '../normalise/params.js';
import { numberParam } from '../registry.js';
import type { Treater, TreatmentReport } from '../stages.js';
import type { IndicatorNode, MethodChoice } from '../structure.js';
import { cap } from './cap.js';
import { winsoriseOrLog, type Outcome } from './winsoriseOrLog.js';
import type { WinsoriseOptions } from './winsorise.js';

export const treaters: Record<string, Treater> = {
  none: (values, _choice, indicator) => ({
    values,
    report: { indicator: indicator.code, method: 'none', changed: [], note: '' },
  }),
  winsorise: (values, choice, indicator) => {
    const { values: treated, outcome } = winsoriseOrLog(values, winsoriseOptions(choice, indicator));
    const changed = changedIndices(values, treated);
    return {
      values: treated,
      report: report(indicator, choice, changed, winsoriseNote(outcome, values, treated)),
    };
  },
  cap: (values, choice, indicator) => {
    const low = optionalNumber(choice, 'low');
    const high = optionalNumber(choice, 'high');
    if (low === undefined && high === undefined) {
      throw new EngineError(
        indicator.code,
        'cap needs a lower or an upper bound: parameters "low" and/or "high"',
      );
    }
    if (low !== undefined && high !== undefined && low > high) {
      throw new EngineError(indicator.code, `cap: the lower bound ${low} is above the upper bound ${high}`);
    }
    const treated = cap(values, low, high);
    const changed = changedIndices(values, treated);
    const note =
      changed.length === 0 ? 'within the caps, unchanged' : `capped ${sides(values, treated, changed)}`;
    return { values: treated, report: report(indicator, choice, changed, note) };
  },
};

function winsoriseOptions(choice: MethodChoice, indicator: IndicatorNode): WinsoriseOptions {
  const winmax = choice.params.winmax === 'none' ? Infinity : numberParam(choice, 'winmax', 5);
  if (!(winmax >= 0))
    throw new EngineError(indicator.code, `winsorise: "winmax" must be 0 or more, not ${winmax}`);
  return {
    winmax,
    skewThresh: numberParam(choice, 'skew_thresh', 2),
    kurtThresh: numberParam(choice, 'kurt_thresh', 3.5),
    forceWin: booleanParam(choice, 'force_win', false),
  };
}

function winsoriseNote(outcome: Outcome, before: Float64Array, after: Float64Array): string {
  switch (outcome.kind) {
    case 'passed':
      return 'passed, unchanged';
    case 'undefined':
      return 'not treated: skewness or kurtosis undefined (too few values or all equal)';
    case 'log':
      return `log transform (winsorisation did not pass after ${points(outcome.nwin)})`;
    case 'winsorised':
      return `winsorised ${sides(before, after, changedIndices(before, after))}`;
  }
}

function report(
  indicator: IndicatorNode,
  choice: MethodChoice,
  changed: number[],
  note: string,
): TreatmentReport {
  return { indicator: indicator.code, method: choice.method, changed, note };
}

function changedIndices(before: Float64Array, after: Float64Array): number[] {
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) changed.push(i);
  }
  return changed;
}

/** "2 high points", "1 low point", "2 high and 1 low points": high points were lowered, low points raised. */
function sides(before: Float64Array, after: Float64Array, changed: number[]): string {
  const low = changed.filter((i) => after[i]! > before[i]!).length;
  const high = changed.length - low;
  const parts = [high > 0 ? `${high} high` : '', low > 0 ? `${low} low` : ''].filter(Boolean).join(' and ');
  return `${parts} point${changed.length === 1 ? '' : 's'}`;
}

function points(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}

function optionalNumber(choice: MethodChoice, name: string): number | undefined {
  return choice.params[name] === undefined ? undefined : numberParam(choice, name, Number.NaN);
}

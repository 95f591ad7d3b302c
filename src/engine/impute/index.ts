// The imputation strategies, selected by method name.
import { EngineError } from '../errors.js';
import { numberParam } from '../registry.js';
import type { ImputeContext, Imputer } from '../stages.js';
import { mean } from '../stats/mean.js';
import type { MethodChoice } from '../structure.js';
import { fillByGroup } from './fillByGroup.js';
import { fillColumn } from './fillColumn.js';
import { fillRowMean } from './fillRowMean.js';
import { indicatorGroups } from './indicatorGroups.js';
import { imputeLatestYear, type PanelSlice } from './latestYear.js';
import { medianOfPresent } from './median.js';
import { booleanParam, stringParam } from './params.js';

/** Earlier editions of the same indicators (same stage, e.g. denominated), for imputation by the latest year. */
export interface ImputePanel {
  /** Time point (year) of the data being imputed. */
  time: number;
  slices: readonly PanelSlice[];
}

type Stat = (values: ArrayLike<number>) => number;
type Columns = ReadonlyMap<string, Float64Array>;

export const imputers: Record<string, Imputer> = {
  none: (columns) => new Map(columns),
  mean: (columns, context) => reported('mean', columns, context, columnwise(columns, mean)),
  median: (columns, context) => reported('median', columns, context, columnwise(columns, medianOfPresent)),
  'mean-group': (columns, context, choice) =>
    reported('mean-group', columns, context, groupwise(columns, context, choice, mean)),
  'median-group': (columns, context, choice) =>
    reported('median-group', columns, context, groupwise(columns, context, choice, medianOfPresent)),
  'row-mean': (columns, context, choice) =>
    reported('row-mean', columns, context, rowwise(columns, context, choice)),
  latest: (columns, context: ImputeContext & { panel?: ImputePanel }, choice) =>
    reported('latest', columns, context, latest(columns, context, choice)),
};

function columnwise(columns: Columns, stat: Stat): Map<string, Float64Array> {
  return new Map([...columns].map(([code, values]) => [code, fillColumn(values, stat)]));
}

function groupwise(
  columns: Columns,
  context: ImputeContext,
  choice: MethodChoice,
  stat: Stat,
): Map<string, Float64Array> {
  const name = stringParam(choice, 'group');
  if (name === undefined) {
    throw new EngineError(choice.method, 'parameter "group" (a group column) is required');
  }
  const groups = context.groups.get(name);
  if (!groups) {
    const known = [...context.groups.keys()];
    throw new EngineError(choice.method, `no group column "${name}" (known: ${known.join(', ') || 'none'})`);
  }
  return new Map([...columns].map(([code, values]) => [code, fillByGroup(values, groups, stat)]));
}

function rowwise(columns: Columns, context: ImputeContext, choice: MethodChoice): Map<string, Float64Array> {
  const groups = indicatorGroups(context.structure, numberParam(choice, 'level', 2));
  const normaliseFirst = booleanParam(choice, 'normaliseFirst', true);
  const indicators = context.structure.indicators;
  const inputs = indicators.map(({ code }) => {
    const values = columns.get(code);
    if (!values) throw new EngineError(code, 'no data column for this indicator');
    return values;
  });
  const filled = fillRowMean(
    inputs,
    indicators.map(({ code }) => groups.get(code)!),
    normaliseFirst ? indicators.map((i) => i.direction) : null,
  );
  const out = new Map(columns);
  indicators.forEach(({ code }, j) => out.set(code, filled[j]!));
  return out;
}

function latest(columns: Columns, context: ImputeContext & { panel?: ImputePanel }, choice: MethodChoice) {
  if (!context.panel) {
    throw new EngineError(choice.method, 'imputation by the latest year needs the data of earlier editions');
  }
  const target = { time: context.panel.time, units: context.units, columns };
  return imputeLatestYear(target, context.panel.slices, numberParam(choice, 'maxTime', Infinity)).columns;
}

/** Counts the values an imputation left missing, naming the first. */
function reported(method: string, before: Columns, context: ImputeContext, after: Map<string, Float64Array>) {
  for (const [code, values] of before) {
    const filled = after.get(code)!;
    values.forEach((x, i) => {
      if (Number.isNaN(x) && Number.isNaN(filled[i]!)) {
        context.warnings.add(
          `imputation (${method}) left a value missing`,
          `${code}, unit ${context.units[i]}`,
        );
      }
    });
  }
  return after;
}

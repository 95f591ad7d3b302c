// The normalisation strategies, selected by method name; each mirrors COINr's n_<method>.
import { EngineError } from '../errors.js';
import { numberParam } from '../registry.js';
import type { Normaliser } from '../stages.js';
import { borda } from './borda.js';
import { distToMax } from './distToMax.js';
import { distToRef } from './distToRef.js';
import { distToTarget } from './distToTarget.js';
import { fracMax } from './fracMax.js';
import { goalposts } from './goalposts.js';
import { minMax } from './minMax.js';
import { booleanParam, textParam } from './params.js';
import { percentRank } from './percentRank.js';
import { rankAscending } from './rank.js';
import { zScore } from './zScore.js';

// Values arrive multiplied by the indicator's direction (as in COINr's Normalise). Targets and goalposts are
// given in the indicator's own units, so they are turned onto the directed scale here, as COINr does with iMeta.
export const normalisers: Record<string, Normaliser> = {
  minmax: (x, choice, { indicator }) =>
    minMax(x, numberParam(choice, 'low', 0), numberParam(choice, 'high', 100), indicator.code),
  zscore: (x, choice, { indicator }) =>
    zScore(x, numberParam(choice, 'mean', 0), numberParam(choice, 'sd', 1), indicator.code),
  rank: (x) => rankAscending(x),
  prank: (x, _choice, { indicator }) => percentRank(x, indicator.code),
  borda: (x) => borda(x),
  dist2max: (x, _choice, { indicator }) => distToMax(x, indicator.code),
  dist2ref: (x, choice, { indicator, units }) => {
    const unit = textParam(choice, 'unit');
    if (unit === undefined)
      throw new EngineError(indicator.code, 'dist2ref needs the reference unit: parameter "unit"');
    const index = units.indexOf(unit);
    if (index < 0) throw new EngineError(indicator.code, `dist2ref: unknown reference unit "${unit}"`);
    return distToRef(x, index, booleanParam(choice, 'cap_max', false), indicator.code, `"${unit}"`);
  },
  dist2targ: (x, choice, { indicator }) => {
    if (indicator.target === null) {
      throw new EngineError(
        indicator.code,
        'dist2targ needs a target, but the indicator has none in the spec',
      );
    }
    return distToTarget(
      x,
      indicator.target * indicator.direction,
      booleanParam(choice, 'cap_max', false),
      indicator.code,
    );
  },
  fracmax: (x, _choice, { indicator }) => fracMax(x, indicator.code),
  goalposts: (x, choice, { indicator }) => {
    for (const name of ['low', 'high']) {
      if (choice.params[name] === undefined) {
        throw new EngineError(
          indicator.code,
          `goalposts needs parameters "low" and "high" (missing "${name}")`,
        );
      }
    }
    const posts = {
      low: numberParam(choice, 'low', Number.NaN),
      high: numberParam(choice, 'high', Number.NaN),
      scale: numberParam(choice, 'scale', 100),
      truncate: booleanParam(choice, 'trunc2posts', true),
    };
    return goalposts(x, posts, indicator.direction, indicator.code);
  },
};

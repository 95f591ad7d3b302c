// The screening strategies, selected by method name.
import type { Screener } from '../stages.js';
import { screenOptions } from './options.js';
import { screenUnits } from './screenUnits.js';
import { unitAvailability } from './unitAvailability.js';

export const screeners: Record<string, Screener> = {
  none: (data, indicators) => ({
    kept: data.units.map(() => true),
    coverage: unitAvailability(data, indicators).map((a) => a.available),
    excluded: [],
  }),
  coverage: (data, indicators, choice) => screenUnits(data, indicators, screenOptions(choice)),
};

export { indicatorCoverage } from './indicatorCoverage.js';

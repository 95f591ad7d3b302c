// The screening strategies, selected by method name.
import type { Screener } from '../stages.js';

export const screeners: Record<string, Screener> = {
  none: (data, indicators) => ({
    kept: data.units.map(() => true),
    coverage: data.units.map((_, i) => {
      const present = indicators.filter((code) => !Number.isNaN(data.columns.get(code)?.[i] ?? Number.NaN)).length;
      return indicators.length === 0 ? 1 : present / indicators.length;
    }),
    excluded: [],
  }),
};

// The outlier-treatment strategies, selected by method name.
import type { Treater } from '../stages.js';

export const treaters: Record<string, Treater> = {
  none: (values, _choice, indicator) => ({
    values,
    report: { indicator: indicator.code, method: 'none', changed: [], note: '' },
  }),
};

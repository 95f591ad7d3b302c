// The imputation strategies, selected by method name.
import type { Imputer } from '../stages.js';

export const imputers: Record<string, Imputer> = {
  none: (columns) => new Map(columns),
};

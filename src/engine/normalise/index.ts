// The normalisation strategies, selected by method name.
import { numberParam } from '../registry.js';
import type { Normaliser } from '../stages.js';
import { minMax } from './minMax.js';

export const normalisers: Record<string, Normaliser> = {
  minmax: (x, choice) => minMax(x, numberParam(choice, 'low', 0), numberParam(choice, 'high', 100)),
};

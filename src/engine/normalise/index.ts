// The normalisation strategies, selected by method name.
import { EngineError } from '../errors.js';
import type { NormaliseChoice } from '../structure.js';
import { minMax } from './minMax.js';

export type Normaliser = (values: Float64Array, params: Record<string, number | string>) => Float64Array;

const normalisers: Record<string, Normaliser> = {
  minmax: (x, p) => minMax(x, num(p.low, 0), num(p.high, 100)),
};

export function normaliserFor(choice: NormaliseChoice, node: string): Normaliser {
  const normaliser = normalisers[choice.method];
  if (!normaliser) {
    throw new EngineError(
      node,
      `unknown normalisation "${choice.method}" (known: ${Object.keys(normalisers).join(', ')})`,
    );
  }
  return normaliser;
}

function num(value: number | string | undefined, fallback: number): number {
  return value === undefined ? fallback : Number(value);
}

// Looks up the strategy for a method name in a stage's registry; an unknown name is an error listing the known ones.
import { EngineError } from './errors.js';
import type { MethodChoice } from './structure.js';

export function strategyFor<T>(
  registry: Readonly<Record<string, T>>,
  choice: MethodChoice,
  node: string,
  stage: string,
): T {
  const strategy = Object.hasOwn(registry, choice.method) ? registry[choice.method] : undefined;
  if (!strategy) {
    throw new EngineError(
      node,
      `unknown ${stage} method "${choice.method}" (known: ${Object.keys(registry).join(', ')})`,
    );
  }
  return strategy;
}

/** A numeric parameter, or the fallback when it is absent. */
export function numberParam(choice: MethodChoice, name: string, fallback: number): number {
  const value = choice.params[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value === 'boolean' || Array.isArray(value) || !Number.isFinite(n)) {
    throw new EngineError(
      choice.method,
      `parameter "${name}" must be a number, not ${JSON.stringify(value)}`,
    );
  }
  return n;
}

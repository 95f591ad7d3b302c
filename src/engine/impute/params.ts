// Reads the imputation methods' non-numeric parameters; an unfit value is an error naming the parameter.
import { EngineError } from '../errors.js';
import type { MethodChoice } from '../structure.js';

export function stringParam(choice: MethodChoice, name: string): string | undefined {
  const value = choice.params[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new EngineError(choice.method, `parameter "${name}" must be a text, not ${JSON.stringify(value)}`);
}

export function booleanParam(choice: MethodChoice, name: string, fallback: boolean): boolean {
  const value = choice.params[name];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new EngineError(
    choice.method,
    `parameter "${name}" must be true or false, not ${JSON.stringify(value)}`,
  );
}

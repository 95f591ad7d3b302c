// Reading boolean and text parameters of a method choice; numbers are read by registry.numberParam.
import { EngineError } from '../errors.js';
import type { MethodChoice } from '../structure.js';

/** A yes/no parameter: true/false, "true"/"false", 1/0; the fallback when absent. */
export function booleanParam(choice: MethodChoice, name: string, fallback: boolean): boolean {
  const value = choice.params[name];
  if (value === undefined) return fallback;
  if (value === true || value === 'true' || value === 1) return true;
  if (value === false || value === 'false' || value === 0) return false;
  throw new EngineError(
    choice.method,
    `parameter "${name}" must be true or false, not ${JSON.stringify(value)}`,
  );
}

/** A text parameter (a number is taken as its decimal text); undefined when absent. */
export function textParam(choice: MethodChoice, name: string): string | undefined {
  const value = choice.params[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new EngineError(choice.method, `parameter "${name}" must be a text, not ${JSON.stringify(value)}`);
}

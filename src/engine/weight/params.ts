// Reading the text, yes/no and list parameters of a weighting choice; numbers are read by registry.numberParam.
import { EngineError } from '../errors.js';
import type { MethodChoice } from '../structure.js';

export function textParam(choice: MethodChoice, name: string, fallback: string): string {
  const value = choice.params[name];
  if (value === undefined) return fallback;
  if (typeof value === 'string') return value;
  throw new EngineError(choice.method, `parameter "${name}" must be a text, not ${JSON.stringify(value)}`);
}

export function booleanParam(choice: MethodChoice, name: string, fallback: boolean): boolean {
  const value = choice.params[name];
  if (value === undefined) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new EngineError(
    choice.method,
    `parameter "${name}" must be true or false, not ${JSON.stringify(value)}`,
  );
}

/** A list of numbers: an array, one number, or a comma-separated text such as "2,3"; undefined when absent. */
export function numberListParam(choice: MethodChoice, name: string): number[] | undefined {
  const value = choice.params[name];
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const numbers = items.map((x) => (typeof x === 'string' && x.trim() === '' ? Number.NaN : Number(x)));
  if (typeof value === 'boolean' || numbers.length === 0 || numbers.some((x) => !Number.isFinite(x))) {
    throw new EngineError(
      choice.method,
      `parameter "${name}" must be a list of numbers, not ${JSON.stringify(value)}`,
    );
  }
  return numbers;
}

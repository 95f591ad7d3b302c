// Reads the coverage screener's parameters (as written in a spec or on the command line) into ScreenOptions.
import { EngineError } from '../errors.js';
import { numberParam } from '../registry.js';
import type { MethodChoice } from '../structure.js';
import type { ScreenBy, ScreenOptions } from './screenUnits.js';

const BY: Record<string, ScreenBy> = { na: 'NA', zeros: 'zeros', naandzeros: 'NAandZeros' };

export function screenOptions(choice: MethodChoice): ScreenOptions {
  if (choice.params.zeroShare !== undefined && choice.params.nonZeroShare !== undefined) {
    throw new EngineError('screening', 'give either "zeroShare" or "nonZeroShare", not both');
  }
  return {
    by: screenBy(choice.params.by),
    minShare: share(choice, 'minShare', 2 / 3),
    nonZeroShare: share(choice, 'nonZeroShare', 0.05),
    zeroShare: choice.params.zeroShare === undefined ? null : share(choice, 'zeroShare', 0),
    forceIn: unitList(choice, 'forceIn'),
    forceOut: unitList(choice, 'forceOut'),
  };
}

function screenBy(value: unknown): ScreenBy {
  if (value === undefined) return 'NA';
  const by = typeof value === 'string' ? BY[value.toLowerCase().replace(/^by/, '')] : undefined;
  if (!by)
    throw new EngineError(
      'screening',
      `parameter "by" must be NA, zeros or NAandZeros, not ${JSON.stringify(value)}`,
    );
  return by;
}

function share(choice: MethodChoice, name: string, fallback: number): number {
  const value = numberParam(choice, name, fallback);
  if (value < 0 || value > 1)
    throw new EngineError('screening', `parameter "${name}" must be between 0 and 1, not ${value}`);
  return value;
}

function unitList(choice: MethodChoice, name: string): string[] {
  const value = choice.params[name];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((unit) => typeof unit === 'string'))
    return [...(value as string[])];
  throw new EngineError(
    'screening',
    `parameter "${name}" must be a list of unit codes, not ${JSON.stringify(value)}`,
  );
}

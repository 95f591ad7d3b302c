// Parsers of option values shared by the command definitions: each returns the value or throws commander's
// InvalidArgumentError, which commander prints after the option's name (exit code 2).
import { InvalidArgumentError } from 'commander';

/** An edition or another year (a reference year): four digits. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('must be a year, e.g. 2025');
  return Number(value);
}

/** A parser of whole numbers of at least `min` (0 by default). */
export function wholeNumber(min = 0): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`needs a whole number of at least ${min}`);
    }
    return n;
  };
}

/** A whole number of 0 or more. */
export const parseCount = wholeNumber(0);

// Conversions at the database boundary: flags as 0/1, NaN as NULL, text columns back to their union types.
import { StoreError } from './errors.js';

export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value !== 0;
}

/** NaN is written as NULL: SQLite cannot hold NaN, and every dialect must read back the same thing. */
export function toNumber(value: number | null): number | null {
  return value === null || Number.isNaN(value) ? null : value;
}

/** Checks that a value read from `column` is one of `allowed` (the keys of a record listing every member). */
export function oneOf<T extends string | number>(
  allowed: Readonly<Record<T, true>>,
  value: string | number,
  column: string,
): T {
  if (Object.hasOwn(allowed, value)) return value as T;
  throw new StoreError(`${column}: unexpected value ${JSON.stringify(value)} in the database`);
}

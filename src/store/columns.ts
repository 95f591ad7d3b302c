// Conversions at the database boundary: flags as 0/1, NaN as NULL, -0 as 0, text back to union types.
import { StoreError } from './errors.js';

export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value !== 0;
}

/**
 * NaN is written as NULL and -0 as 0: SQLite holds neither (nor do pg's parameters keep the sign of zero),
 * and every dialect and path (insert, bulk insert) must read back the same thing.
 */
export function toNumber(value: number | null): number | null {
  if (value === null || Number.isNaN(value)) return null;
  return value === 0 ? 0 : value;
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

// Reads a store location (a path, `:memory:`, or a sqlite:/file:/postgres: URL) into a dialect and a target.
import { fileURLToPath } from 'node:url';
import { StoreError } from './errors.js';

/** The database systems the store knows; each has a folder (`sqlite/`, `postgres/`). */
export type DialectName = 'sqlite' | 'postgres';

export type StoreLocation = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/**
 * - `data/index.db`, `/abs/index.db`, `:memory:`: SQLite file (or in-memory database).
 * - `sqlite:` or `file:` followed by `:memory:`, a path (`file:data/index.db`, relative to the working
 *   directory) or `//` and an absolute file URL path (`file:///srv/index.db`); query and fragment are ignored.
 * - `postgres://…`, `postgresql://…`: PostgreSQL (libpq-style URL; `?options=-c%20search_path%3Dindex` picks the
 *   schema that holds the store).
 */
export function parseLocation(location: string): StoreLocation {
  if (location === '') throw new StoreError('empty store location');
  if (/^postgres(ql)?:/i.test(location)) return { dialect: 'postgres', url: location };
  const url = /^(sqlite|file):(.*)$/is.exec(location);
  if (url) return { dialect: 'sqlite', path: sqlitePath(location, url[2] ?? '') };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new StoreError(`${location}: unsupported store location (use a file path, sqlite: or postgres://)`);
  }
  return { dialect: 'sqlite', path: location };
}

function sqlitePath(location: string, rest: string): string {
  if (rest === ':memory:') return rest;
  try {
    if (rest.startsWith('//')) return fileURLToPath(new URL(`file:${rest}`));
    const path = decodeURIComponent(rest.replace(/[?#].*$/s, ''));
    if (path !== '') return path;
  } catch (error) {
    throw new StoreError(`${location}: not a usable SQLite location`, { cause: error });
  }
  throw new StoreError(`${location}: no file path after the scheme`);
}

/** The location without the password of a URL, for messages and logs. */
export function redactLocation(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*:).*?@(?=[^@/?#]*(?:[/?#]|$))/is, '$1***@');
}

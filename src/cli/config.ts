// Resolves options from flags and the environment once; everything below receives plain values.
import { resolve } from 'node:path';

export interface GlobalOptions {
  db?: string;
}

/** The database: --db, else DATABASE_URL, else digitalindex.db in the current directory. */
export function databaseLocation(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string {
  const given = options.db ?? env.DATABASE_URL;
  if (!given) return resolve('digitalindex.db');
  return /^[a-z]+:\/\//i.test(given) || given === ':memory:' ? given : resolve(given);
}

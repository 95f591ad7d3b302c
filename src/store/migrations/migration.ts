// The shape of one schema migration: Kysely's, plus the dialect for the few places where SQL differs.
import type { Kysely } from 'kysely';
import type { DialectName } from '../location.js';

export interface StoreMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

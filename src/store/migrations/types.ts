// Column types whose SQL differs between the dialects; every migration takes its text type from here.
import { sql, type Expression } from 'kysely';
import type { DialectName } from '../location.js';

/**
 * `text` that compares and sorts by bytes, as SQLite's default BINARY collation does: in PostgreSQL
 * `text collate "C"` (with a UTF-8 database, byte order is code point order), whatever the database's own
 * locale, so both dialects list `_`, capitals and umlauts in the same order. The SQLite DDL stays `text`.
 */
export function textType(dialect: DialectName): 'text' | Expression<unknown> {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

// Registered sources of values (one file or table each), with their provenance.
import type { Kysely, Selectable } from 'kysely';
import type { Source } from '../model/index.js';
import { fromFlag, toFlag } from './columns.js';
import type { Database, SourceTable } from './schema.js';

/** A source as stored: the model's `Source` plus its URL and whether its values are synthetic. */
export interface StoredSource extends Source {
  url: string | null;
  synthetic: boolean;
}

export async function upsertSource(
  db: Kysely<Database>,
  source: Source & { url?: string | null; synthetic: boolean },
): Promise<void> {
  const row: SourceTable = {
    id: source.id,
    publisher: source.publisher,
    table_code: source.table,
    title: source.title,
    licence: source.licence,
    url: source.url ?? null,
    retrieved: source.retrieved,
    file_name: source.fileName,
    file_hash: source.fileHash,
    synthetic: toFlag(source.synthetic),
  };
  const { id: _id, ...update } = row;
  await db
    .insertInto('sources')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(update))
    .execute();
}

export async function getSource(db: Kysely<Database>, id: string): Promise<StoredSource | undefined> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

/** Every source, ordered by id. */
export async function listSources(db: Kysely<Database>): Promise<StoredSource[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

function fromRow(r: Selectable<SourceTable>): StoredSource {
  return {
    id: r.id,
    publisher: r.publisher,
    table: r.table_code,
    title: r.title,
    licence: r.licence,
    url: r.url,
    retrieved: r.retrieved,
    fileName: r.file_name,
    fileHash: r.file_hash,
    synthetic: fromFlag(r.synthetic),
  };
}

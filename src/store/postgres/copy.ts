// COPY … FROM STDIN in text format: the request that travels through Kysely, the encoding of its rows, its run.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One field of a row to copy: text, a number (doubles and integers alike) or NULL. */
export type CopyField = string | number | null;

/**
 * The only parameter of a compiled `COPY table (columns) FROM STDIN`: the rows, each already encoded as
 * lines of COPY text (see `copyLines`). The pool client of `./pool.js` recognises it and streams the rows
 * on the connection Kysely chose, so the COPY joins the caller's transaction.
 */
export class CopyFromStdin {
  constructor(readonly chunks: AsyncIterable<string>) {}
}

export function copySql(table: string, columns: readonly string[]): string {
  return `copy ${quote(table)} (${columns.map(quote).join(', ')}) from stdin`;
}

/**
 * Rows as COPY text lines, each ending in a newline: tab-separated, `\N` for NULL, escapes for `\`, tab, CR, LF.
 * Built as one array joined once: a long chain of `+=` would leave a deep rope of small strings that the
 * garbage collector copies around while the COPY waits for the socket.
 */
export function copyLines(rows: readonly (readonly CopyField[])[]): string {
  const lines = new Array<string>(rows.length + 1);
  const fields: string[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    fields.length = row.length;
    for (let i = 0; i < row.length; i += 1) fields[i] = copyField(row[i] ?? null);
    lines[r] = fields.join('\t');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}

const SPECIAL = /[\\\t\n\r]/;

function copyField(field: CopyField): string {
  // String(number) is the shortest text that reads back as the same double (also `Infinity`, `-Infinity`).
  if (field === null) return '\\N';
  if (typeof field === 'number') return String(field);
  return SPECIAL.test(field) ? field.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : field;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Runs the COPY on `client`; resolves to the number of rows PostgreSQL reports, rejects with the first error. */
export async function runCopy(client: PoolClient, sql: string, request: CopyFromStdin): Promise<number> {
  const stream = client.query(copyFrom(sql));
  // A failing source destroys the stream, which sends CopyFail: PostgreSQL then rejects the whole COPY.
  await pipeline(Readable.from(request.chunks, { objectMode: false }), stream);
  return stream.rowCount;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

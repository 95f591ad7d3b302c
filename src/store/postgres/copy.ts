// COPY … FROM STDIN in text format: the request that travels through Kysely, the encoding of its rows, its run.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One field of a row to copy: text, a number (doubles and integers alike) or NULL. */
export type CopyField = string | number | null;

/**
 * The only parameter of a compiled `COPY table (columns) FROM STDIN`: the rows, each chunk already encoded as
 * lines of COPY text (see `copyLines`). The pool client of `./pool.js` recognises it and streams the rows
 * on the connection Kysely chose, so the COPY joins the caller's transaction.
 */
export class CopyFromStdin {
  constructor(readonly chunks: AsyncIterable<Uint8Array>) {}
}

export function copySql(table: string, columns: readonly string[]): string {
  return `copy ${quote(table)} (${columns.map(quote).join(', ')}) from stdin`;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const BACKSLASH = 0x5c;
/** The letter after a backslash for each byte COPY text escapes (`\\`, `\t`, `\n`, `\r`). */
const ESCAPED = new Map([
  [BACKSLASH, BACKSLASH],
  [TAB, 0x74],
  [NEWLINE, 0x6e],
  [RETURN, 0x72],
]);
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The buffer `copyLines` writes into, kept between calls (it grows to the largest batch). */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * Rows as COPY text lines in UTF-8, each ending in a newline: tab-separated, `\N` for NULL, escapes for `\`,
 * tab, CR, LF. Written byte by byte into one buffer (ASCII, the bulk of a load, without any string in
 * between; the rest of a field from its first other character through the UTF-8 encoder): building each
 * line as a string and the batch as one more cost three times the CPU and fed the garbage collector.
 */
export function copyLines(rows: readonly (readonly CopyField[])[]): Buffer {
  let buffer = scratch;
  let at = 0;
  const room = (bytes: number) => {
    if (at + bytes <= buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, at + bytes));
    buffer.copy(larger, 0, 0, at);
    buffer = larger;
  };
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    for (let i = 0; i < row.length; i += 1) {
      const field = row[i] ?? null;
      // String(number) is the shortest text that reads back as the same double (also `Infinity`).
      const text = field === null ? '\\N' : typeof field === 'number' ? String(field) : field;
      // Room for the text, each ASCII character escaped at worst, and the tab or newline after it.
      room(2 * text.length + 1);
      if (field === null) {
        buffer[at++] = BACKSLASH;
        buffer[at++] = 0x4e;
      } else {
        let k = 0;
        for (; k < text.length; k += 1) {
          const c = text.charCodeAt(k);
          if (c >= 0x80) break;
          const escaped = c === BACKSLASH || c < 0x20 ? ESCAPED.get(c) : undefined;
          if (escaped !== undefined) buffer[at++] = BACKSLASH;
          buffer[at++] = escaped ?? c;
        }
        if (k < text.length) {
          const rest = text.slice(k).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
          room(3 * rest.length + 1);
          at += buffer.write(rest, at, 'utf8');
        }
      }
      buffer[at++] = i === row.length - 1 ? NEWLINE : TAB;
    }
  }
  scratch = buffer;
  return Buffer.from(buffer.subarray(0, at));
}

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

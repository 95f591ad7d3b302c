// What provenance records about the file itself: its name, SHA-256 hash and retrieval date.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError, unreadableFile } from '../../ingest/errors.js';

export interface FileFacts {
  path: string;
  name: string;
  sha256: string;
  /** YYYY-MM-DD: given (--retrieved), else the file's modification date (UTC). */
  retrieved: string;
  bytes: number;
}

export async function fileFacts(path: string, retrieved?: string): Promise<FileFacts> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw unreadableFile(path, error);
  }
  if (!info.isFile()) throw new IngestError(path, null, null, 'not a file');
  return {
    path,
    name: basename(path),
    sha256: await sha256Of(path),
    retrieved: retrieved ?? info.mtime.toISOString().slice(0, 10),
    bytes: info.size,
  };
}

/**
 * The SHA-256 of the file, read once; on the way, a UTF-8 byte order mark after the first byte (two files
 * joined together, or a text pasted from another file) is an error naming its line.
 */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  let offset = 0;
  let tail: Buffer = Buffer.alloc(0);
  for await (const data of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const chunk = data as Buffer;
    hash.update(chunk);
    const window = tail.length === 0 ? chunk : Buffer.concat([tail, chunk]);
    const windowStart = offset - tail.length;
    for (let at = window.indexOf(BOM); at >= 0; at = window.indexOf(BOM, at + 1)) {
      if (windowStart + at === 0) continue;
      const byte = windowStart + at;
      throw new IngestError(
        path,
        await lineAt(path, byte),
        null,
        `a byte order mark (EF BB BF) at byte ${byte + 1}, inside the file: were two files joined? Remove it`,
      );
    }
    offset += chunk.length;
    tail = window.subarray(Math.max(0, window.length - 2));
  }
  return hash.digest('hex');
}

/** The 1-based line of a byte offset. */
async function lineAt(path: string, byte: number): Promise<number> {
  let line = 1;
  for await (const data of createReadStream(path, { end: Math.max(0, byte - 1) })) {
    const chunk = data as Buffer;
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) line++;
  }
  return line;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The id a file is registered under: the same bytes are the same source, whatever the file is called. */
export function sourceIdOf(sha256: string): string {
  return `sha256:${sha256.slice(0, 16)}`;
}

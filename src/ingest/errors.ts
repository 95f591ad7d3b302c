// Errors of input files: where (file, line, field) and what is wrong.
import { readFileSync } from 'node:fs';

/** A problem in an input file, located by file, line and field, with the offending text. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}${field ? `: field "${field}"` : ''}: ${problem}`);
    this.name = 'IngestError';
  }
}

/** The error for a file that cannot be opened or read, with the system's reason (ENOENT, EACCES, EISDIR, …). */
export function unreadableFile(file: string, error: unknown): IngestError {
  const e = error as NodeJS.ErrnoException;
  return new IngestError(file, null, null, `cannot read the file (${e.code ?? e.message ?? 'error'})`);
}

/** A whole file's text (UTF-8), or an IngestError naming the file and why it cannot be read. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw unreadableFile(file, error);
  }
}

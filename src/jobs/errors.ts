// Errors of the jobs layer: a rejected ad file (every problem with its line) and a failing job board.
import { IngestError } from '../ingest/errors.js';
import type { AdProblem } from './types.js';

/** How many problems the message lists; all are counted. */
const LISTED = 20;

/** A file with malformed ads: nothing of it is stored. The message lists the problems by line. */
export class AdFileError extends IngestError {
  constructor(
    file: string,
    readonly problems: readonly AdProblem[],
    readonly total: number,
  ) {
    const first = problems[0]!;
    super(file, first.line, first.field, first.reason);
    this.name = 'AdFileError';
    const lines = problems.slice(0, LISTED).map((p) => describeProblem(file, p));
    const more = total - Math.min(problems.length, LISTED);
    this.message =
      `${total} problem${total === 1 ? '' : 's'} in ${file}; nothing was imported:\n  ` +
      lines.join('\n  ') +
      (more > 0 ? `\n  … and ${more} more` : '');
  }
}

export function describeProblem(file: string, p: AdProblem): string {
  return `${file}:${p.line}${p.field ? `: field "${p.field}"` : ''}: ${p.reason}`;
}

/** The job board answered with an error or not in its format; carries the URL and status. */
export class JobBoardError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'JobBoardError';
  }
}

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

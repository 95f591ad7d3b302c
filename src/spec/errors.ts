/** A problem in an index specification, located by file, line and path inside the document. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problem: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${path || '(document)'}: ${problem}`);
    this.name = 'SpecError';
  }
}

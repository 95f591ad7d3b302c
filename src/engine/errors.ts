/** A computation that cannot go on with the given data or options, naming the indicator or node. */
export class EngineError extends Error {
  constructor(
    readonly node: string,
    readonly problem: string,
  ) {
    super(`${node}: ${problem}`);
    this.name = 'EngineError';
  }
}

/**
 * A column that a method cannot work with because its values do not vary (or there is only one). The pipeline
 * leaves such an indicator out (missing after normalisation, as COINr's NaN) and reports it as a warning.
 */
export class DegenerateColumnError extends EngineError {
  override readonly name = 'DegenerateColumnError';
}

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

/** A database that cannot be opened, migrated or written, or data that does not fit the schema. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

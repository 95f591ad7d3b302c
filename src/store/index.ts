// store: owns the database — schema, migrations and every typed read and write (SQLite and PostgreSQL).
export { openStore } from './open.js';
export type { Store } from './store.js';
export { StoreError } from './errors.js';
export { parseLocation, redactLocation, type DialectName, type StoreLocation } from './location.js';
export type { Database } from './schema.js';
export { migrateToLatest } from './migrations/index.js';
export { upsertUnitSet, listUnitSets, upsertUnits, listUnits, type UnitSet } from './units.js';
export { upsertSource, getSource, listSources, type StoredSource } from './sources.js';
export {
  upsertEdition,
  listEditions,
  getEdition,
  latestEdition,
  replaceIndicators,
  listIndicators,
  type Edition,
  type EditionInput,
  type IndicatorKind,
  type IndicatorRow,
} from './editions.js';
export { replaceEditionValues, listValues } from './values.js';
export { insertValues, INSERT_BATCH_ROWS, type ValueSource } from './insertValues.js';
export {
  saveComputation,
  latestComputation,
  latestResults,
  type Computation,
  type ComputationInput,
} from './results.js';

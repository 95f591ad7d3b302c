// Mapping files: which source column or variable feeds which indicator, and how its values are converted.
export { loadMappingFile, parseMapping, type LoadedMapping } from './load.js';
export {
  mappingSchema,
  type Mapping,
  type MappingEntry,
  type MappingSource,
  type TableOptions,
} from './schema.js';
export {
  applyMapping,
  applyMappingAsync,
  MappingApplier,
  streamMapping,
  type MappingStream,
  type ApplyOptions,
  type MappedValue,
  type MappingMasterData,
  type MappingResult,
} from './applyMapping.js';
export { conversionFactor, KNOWN_UNITS } from './units.js';
export { readMappedTable, TABLE_FORMATS } from './readMappedTable.js';

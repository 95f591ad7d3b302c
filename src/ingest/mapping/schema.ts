// The shape of a mapping file (YAML): which source column or variable feeds which indicator, and how.
import { z } from 'zod';

const code = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'must be letters, digits, _ and . starting with a letter');
const date = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be YYYY or YYYY-MM-DD');
const edition = z.number().int().min(1900).max(2200);
const missingReason = z.enum([
  'nothing',
  'unknown',
  'not-meaningful',
  'uncertain',
  'later',
  'suppressed',
  'absent',
]);

export const mappingSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  table: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  licence: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
});

/** Options handed to the table reader; which apply depends on the format. */
export const tableOptionsSchema = z.strictObject({
  /** Header of the region key column (default: a column named AGS, ARS, Regionalschlüssel, …). */
  keyColumn: z.string().min(1).optional(),
  labelColumn: z.string().min(1).optional(),
  timeColumn: z.string().min(1).optional(),
  /** Reference time of every value when the table has no time column (YYYY or YYYY-MM-DD). */
  time: date.optional(),
  /** Columns whose values are observations (wide tables); default every other column with a header. */
  valueColumns: z.array(z.string().min(1)).min(1).optional(),
  /** Columns that classify the values (they become attributes). */
  attributeColumns: z.array(z.string().min(1)).optional(),
  /** Long tables: the column naming the variable and the column holding the value. */
  variableColumn: z.string().min(1).optional(),
  valueColumn: z.string().min(1).optional(),
  unitColumn: z.string().min(1).optional(),
  /** 1-based line (row) of the last header row; default: the first row holding the key column's header. */
  headerRow: z.number().int().positive().optional(),
  /** How many rows the header spans (multi-row headers are joined with " | "). */
  headerRows: z.union([z.number().int().positive().max(10), z.literal('auto')]).optional(),
  delimiter: z.enum([';', ',', '\t', '|']).optional(),
  decimal: z.enum([',', '.']).optional(),
  thousands: z.enum(['.', ',', ' ', "'", '']).optional(),
  encoding: z.string().min(1).optional(),
  sheet: z.union([z.string().min(1), z.number().int().positive()]).optional(),
  /** Further texts that stand for a missing value, e.g. { "k.A.": unknown }. */
  missing: z.record(z.string().min(1), missingReason).optional(),
});

const levelSchema = z.enum(['municipality', 'district']);
const allocationSchema = z.enum(['population', 'employees', 'as-is']);
const measureSchema = z.enum(['count', 'rate']);

const unitsSchema = z.strictObject({ from: z.string().min(1), to: z.string().min(1) });

export const mappingEntrySchema = z.strictObject({
  /** Code of the indicator or denominator this value feeds. */
  target: code,
  kind: z.enum(['indicator', 'denominator']).optional(),
  /** The source's variable code or column header. */
  variable: z.string().min(1),
  /** Attribute filters; every attribute of an observation must be named ("*" = any value). */
  attributes: z.record(z.string().min(1), z.string()).default({}),
  /** Only observations with this reference time (YYYY or YYYY-MM-DD). */
  time: date.optional(),
  edition: edition.optional(),
  factor: z
    .number()
    .refine((x) => x !== 0 && Number.isFinite(x), 'must be a finite number other than 0')
    .optional(),
  units: unitsSchema.optional(),
  /** The unit of the stored value (after conversion), for the record. */
  unit: z.string().min(1).optional(),
  referenceDate: date.optional(),
  measure: measureSchema.optional(),
  level: levelSchema.optional(),
  allocation: allocationSchema.optional(),
  confidential: z.boolean().optional(),
});

export const mappingSchema = z.strictObject({
  /** Reader: csv, xlsx, ba, broadband, genesis, genesis-flat (default: from the file). */
  format: z.string().min(1).optional(),
  source: mappingSourceSchema,
  edition: edition.optional(),
  unitSet: code.default('municipalities'),
  referenceDate: date.optional(),
  table: tableOptionsSchema.default({}),
  level: levelSchema.default('municipality'),
  allocation: allocationSchema.optional(),
  measure: measureSchema.optional(),
  /** Territorial changes: a CSV file (from_ags,to_ags,weight,valid_from), relative to the mapping file. */
  crosswalk: z.string().min(1).optional(),
  confidential: z.boolean().default(false),
  values: z.array(mappingEntrySchema).min(1),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type MappingEntry = z.infer<typeof mappingEntrySchema>;
export type TableOptions = z.infer<typeof tableOptionsSchema>;
export type MappingSource = z.infer<typeof mappingSourceSchema>;

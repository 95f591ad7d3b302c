// The declarative shape of an index specification (YAML), validated with zod.
import { z } from 'zod';

const text = z.strictObject({ de: z.string().min(1), en: z.string().min(1) });
// Letters of either case, digits, _ and . as in COINr's iCodes (e.g. GDP_group, CO2), starting with a letter.
export const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_.]*$/;
const code = z.string().regex(CODE_PATTERN, 'must be letters, digits, _ and . starting with a letter');

export const sourceSchema = z.strictObject({
  publisher: z.string().min(1),
  table: z.string().optional(),
  title: z.string().optional(),
  licence: z.string().optional(),
  url: z.string().optional(),
  level: z.string().optional(),
  note: z.string().optional(),
  /** The source's value variable (GENESIS value_variable_code, e.g. BEVSTD): `import` maps it without a mapping file. */
  variable: z.string().min(1).optional(),
  /** Classifying attributes the value must have, e.g. { GES: total }; `total` (or unlisted) means the total row. */
  attributes: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** The unit set the source's values belong to (default: municipalities). */
  unitSet: code.optional(),
  /** Factor applied to every value of the source on import (e.g. 1000 for a table in thousands). */
  scaleFactor: z.number().positive().optional(),
});

const methodChoice = z
  .object({ method: z.string().min(1) })
  .catchall(z.union([z.number(), z.string(), z.array(z.string()), z.boolean()]));

export const unitSetSchema = z.strictObject({ code, name: text });

export const denominatorSchema = z.strictObject({
  code,
  name: text,
  unit: z.string().min(1),
  source: sourceSchema,
});

export const indicatorSchema = z.strictObject({
  code,
  name: text,
  unit: text,
  direction: z.union([z.literal(1), z.literal(-1)]),
  denominator: code.nullable().optional(),
  scale: z.number().positive().optional(),
  parent: code,
  weight: z.number().nonnegative().default(1),
  source: sourceSchema,
  target: z.number().optional(),
  normalise: methodChoice.optional(),
  treatment: methodChoice.optional(),
});

export const aggregateSchema = z.strictObject({
  code,
  name: text,
  parent: code.nullable().optional(),
  weight: z.number().nonnegative().default(1),
  aggregate: methodChoice.optional(),
});

export const pipelineSchema = z.strictObject({
  screening: methodChoice.default({ method: 'none' }),
  denominate: z.boolean().default(true),
  imputation: methodChoice.default({ method: 'none' }),
  treatment: methodChoice.default({ method: 'none' }),
  normalisation: methodChoice.default({ method: 'minmax', low: 0, high: 100 }),
  weights: methodChoice.default({ method: 'explicit' }),
  aggregation: methodChoice.default({ method: 'arithmetic' }),
  aggregationByLevel: z.record(z.string().regex(/^\d+$/, 'must be a level number'), methodChoice).default({}),
  minShareAvailable: z.number().min(0).max(1).default(0),
});

export const specSchema = z.strictObject({
  id: code,
  version: z.string().min(1),
  title: text,
  description: text.optional(),
  unitSets: z.array(unitSetSchema).min(1),
  denominators: z.array(denominatorSchema).default([]),
  indicators: z.array(indicatorSchema).min(1),
  aggregates: z.array(aggregateSchema).min(1),
  pipeline: pipelineSchema.prefault({}),
});

export type IndexSpec = z.infer<typeof specSchema>;
export type IndicatorSpec = z.infer<typeof indicatorSchema>;
export type AggregateSpec = z.infer<typeof aggregateSchema>;
export type SourceSpec = z.infer<typeof sourceSchema>;

// Runs the mapping over a table's observations and turns its values into import values with a provenance note.
import { basename } from 'node:path';
import type { AllocationKey } from '../../ingest/allocate/index.js';
import { readCrosswalk } from '../../ingest/keys/index.js';
import {
  streamMapping,
  conversionFactor,
  type MappedValue,
  type Mapping,
  type MappingMasterData,
} from '../../ingest/mapping/index.js';
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import type { RawObservation } from '../../ingest/readers/types.js';
import type { Unit } from '../../model/index.js';
import type { ImportValue } from './types.js';

export interface MapContext {
  edition: number;
  file: string;
  mappingFile: string | null;
  /** The crosswalk file of the mapping, resolved against the mapping's folder. */
  crosswalkFile: string | null;
  units: readonly Unit[];
  /** Stored allocation keys of the edition (population, employees), by AGS; population falls back to the units. */
  keys: Partial<Record<AllocationKey, ReadonlyMap<string, number>>>;
}

/** The import values as the table is read, in batches; `skipped()` is complete once they are through. */
export interface MappedTable {
  batches: AsyncIterable<ImportValue[]>;
  skipped(): SkipCount[];
}

/** Values per batch handed on (the unit of comparing with the store and of memory held). */
export const MAP_BATCH = 2000;

/**
 * Applies `mapping` to the streamed observations and gives each value its provenance note, batch by batch:
 * municipality values leave with their row, district and crosswalked values (which need every row) at the
 * end, so memory grows with neither the rows read nor the values imported.
 */
export function mapTable(
  batches: AsyncIterable<RawObservation[]>,
  mapping: Mapping,
  context: MapContext,
): MappedTable {
  const master: MappingMasterData = {
    units: context.units,
    keys: context.keys,
    ...(context.crosswalkFile ? { crosswalk: readCrosswalk(context.crosswalkFile) } : {}),
  };
  const stream = streamMapping(
    batches,
    mapping,
    master,
    {
      edition: context.edition,
      file: context.file,
      ...(context.mappingFile ? { mappingFile: context.mappingFile } : {}),
    },
    MAP_BATCH,
  );
  const factors = new Map(mapping.values.map((entry) => [entry.target, factorOf(mapping, entry.target)]));
  return {
    batches: (async function* () {
      for await (const batch of stream.batches) {
        yield batch.map((v) => importValue(v, factors.get(v.target) ?? 1, context));
      }
    })(),
    skipped: () => stream.skipped(),
  };
}

function importValue(v: MappedValue, factor: number, context: MapContext): ImportValue {
  return {
    kind: 'value',
    unitSet: v.unitSet,
    unitCode: v.unitCode,
    variable: v.target,
    value: v.value,
    missingReason: v.missingReason,
    referenceDate: v.referenceDate,
    line: v.line,
    column: v.column,
    text: v.text,
    regionKey: null,
    quality: v.quality,
    confidential: v.confidential,
    note:
      v.allocation === null && v.crosswalkedFrom.length === 0 && factor === 1
        ? null
        : provenanceNote(v, factor, context),
  };
}

/** How the value was derived from the cell: allocation, crosswalk, conversion; null when taken as it is. */
export function provenanceNote(
  v: MappedValue,
  factor: number,
  context: Pick<MapContext, 'crosswalkFile'>,
): string | null {
  const notes: string[] = [];
  const district = v.unitCode.slice(0, 5);
  if (v.allocation === 'as-is') notes.push(`district value of ${district} taken as it is (allocation as-is)`);
  else if (v.allocation !== null)
    notes.push(`allocated from the district value of ${district} by ${v.allocation}`);
  if (v.crosswalkedFrom.length > 0) {
    const file = context.crosswalkFile ? ` (${basename(context.crosswalkFile)})` : '';
    notes.push(`carried over the territorial change from ${v.crosswalkedFrom.join(', ')}${file}`);
  }
  if (factor !== 1) notes.push(`converted ×${factor}`);
  return notes.length > 0 ? notes.join('; ') : null;
}

function factorOf(mapping: Mapping, target: string): number {
  const entry = mapping.values.find((e) => e.target === target);
  if (!entry) return 1;
  if (entry.factor !== undefined) return entry.factor;
  if (entry.units === undefined) return 1;
  const conversion = conversionFactor(entry.units.from, entry.units.to);
  return 'factor' in conversion ? conversion.factor : 1;
}

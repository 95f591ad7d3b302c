// ingest: reads and validates input files; here, the bundle of spec, master data, sources and edition values.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ObservedValue, Unit } from '../model/index.js';
import { loadSpecFile, type LoadedSpec } from '../spec/load.js';
import { IngestError } from './errors.js';
import { readMunicipalities, readRegions } from './masterData.js';
import { readSourcesCsv, type SourceRecord } from './sourcesCsv.js';
import { readValuesCsv } from './valuesCsv.js';

const manifestSchema = z.object({
  spec: z.string(),
  municipalities: z.string(),
  regions: z.string(),
  sources: z.string(),
  editions: z.array(z.object({ year: z.number().int(), values: z.string() })).min(1),
});

export interface Bundle {
  spec: LoadedSpec;
  units: Unit[];
  sources: SourceRecord[];
  editions: { year: number; values: ObservedValue[] }[];
}

export const MASTER_DATA_SOURCE = 'destatis-gv-2021';

/** Reads every file of a bundle and checks them against each other, before anything is stored. */
export function readBundle(manifestFile: string): Bundle {
  const manifest = readManifest(manifestFile);
  const at = (path: string) => join(dirname(manifestFile), path);
  const spec = loadSpecFile(at(manifest.spec));
  const units = [
    ...readMunicipalities(at(manifest.municipalities), MASTER_DATA_SOURCE),
    ...readRegions(at(manifest.regions), MASTER_DATA_SOURCE),
  ];
  const sources = readSourcesCsv(at(manifest.sources));
  const context = {
    units: unitsBySet(units),
    variables: new Set([...spec.spec.indicators, ...spec.spec.denominators].map((v) => v.code)),
    sources: new Set(sources.map((s) => s.id)),
  };
  const editions = manifest.editions.map(({ year, values }) => ({
    year,
    values: readValuesCsv(at(values), { ...context, edition: year }),
  }));
  return { spec, units, sources, editions };
}

function readManifest(file: string): z.infer<typeof manifestSchema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IngestError(file, null, null, `not a readable JSON manifest: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(file, null, issue.path.join('.'), issue.message);
  }
  return parsed.data;
}

function unitsBySet(units: Unit[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const unit of units) {
    if (!sets.has(unit.unitSet)) sets.set(unit.unitSet, new Set());
    sets.get(unit.unitSet)!.add(unit.code);
  }
  return sets;
}

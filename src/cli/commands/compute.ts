// `digitalindex compute`: one computation of a project directory or of the database's index, as four CSV tables.
import { existsSync } from 'node:fs';
import { computeIndex, type PipelineInput } from '../../engine/pipeline.js';
import type { IndexStructure } from '../../engine/structure.js';
import { readProject } from '../../ingest/project/read.js';
import { editionInput, pickTime } from '../../ingest/project/table.js';
import { computeTables, writeComputeTables } from '../../publish/computeCsv.js';
import { applyOverrides, type PipelineOverrides } from '../../spec/overrides.js';
import { resolveStructure } from '../../spec/resolve.js';
import { databaseLocation, type GlobalOptions } from '../config.js';

export interface ComputeOptions extends GlobalOptions {
  out: string;
  edition?: number;
  unitSet?: string;
  json?: boolean;
  overrides: PipelineOverrides;
}

interface Source {
  structure: IndexStructure;
  input: PipelineInput;
  edition: number | null;
  from: string;
}

export async function computeCommand(dir: string | undefined, options: ComputeOptions): Promise<void> {
  const source =
    dir === undefined ? await databaseSource(options) : await projectSource(dir, options.edition);
  const structure = applyOverrides(source.structure, options.overrides);
  const result = computeIndex(structure, source.input);
  const files = writeComputeTables(options.out, computeTables(structure, result));
  const summary = {
    from: source.from,
    edition: source.edition,
    units: result.units.length,
    excluded: result.screening.excluded,
    indicators: structure.indicators.length,
    aggregates: structure.aggregates.length,
    files,
    warnings: result.warnings,
  };
  if (options.json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const lines = [
    `computed ${summary.units} units, ${summary.indicators} indicators, ${summary.aggregates} aggregates` +
      (summary.edition === null ? '' : ` (edition ${summary.edition})`) +
      ` from ${summary.from}`,
    ...summary.excluded.map((e) => `excluded ${e.unit}: ${e.reason}`),
    ...summary.warnings.map((w) => `warning: ${w.kind} (${w.count}×, e.g. ${w.example})`),
    `wrote ${files.join(', ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function projectSource(dir: string, edition: number | undefined): Promise<Source> {
  const { spec, table, dataFile } = await readProject(dir);
  const time = pickTime(table, edition, dataFile);
  return {
    structure: resolveStructure(spec.spec),
    input: editionInput(table, time),
    edition: time,
    from: dir,
  };
}

/** The database path is loaded only here, so that computing a project never loads the database driver. */
async function databaseSource(options: ComputeOptions): Promise<Source> {
  const [store, { toMatrix }, { specSchema }] = await Promise.all([
    import('../../store/index.js'),
    import('../../workflow/computeEdition.js'),
    import('../../spec/schema.js'),
  ]);
  const location = databaseLocation(options);
  const target = store.parseLocation(location);
  if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new store.StoreError(
      `no database at ${target.path} (run \`digitalindex run\` first, or give --db)`,
    );
  }
  const db = await store.openStore(location);
  try {
    const edition =
      options.edition === undefined
        ? await store.latestEdition(db.db)
        : await store.getEdition(db.db, options.edition);
    if (!edition) {
      throw new store.StoreError(
        options.edition === undefined
          ? `the database ${location} holds no edition (run \`digitalindex run\` first)`
          : `edition ${options.edition} is not in the database ${location}`,
      );
    }
    const unitSet = options.unitSet ?? 'municipalities';
    const units = await store.listUnits(db.db, unitSet);
    if (units.length === 0)
      throw new store.StoreError(`the database ${location} has no units in unit set "${unitSet}"`);
    const values = await store.listValues(db.db, { edition: edition.year, unitSet });
    const matrix = toMatrix(
      units.map((u) => u.code),
      values,
    );
    const groups = new Map([
      ['district', units.map((u) => u.district)],
      ['type', units.map((u) => u.type)],
    ]);
    const spec = specSchema.parse(JSON.parse(edition.specJson));
    return {
      structure: resolveStructure(spec),
      input: { ...matrix, groups },
      edition: edition.year,
      from: location,
    };
  } finally {
    await db.close();
  }
}

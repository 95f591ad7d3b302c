// `digitalindex import coinr`: COINr's iData and iMeta into a project directory (index.yaml, data.csv, README.md).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readCoinr, type CoinrImport } from '../../ingest/coinr/readCoinr.js';
import { IngestError } from '../../ingest/errors.js';
import { PROJECT_FILES } from '../../ingest/project/files.js';
import { timesOf } from '../../ingest/project/table.js';
import { writeProject } from '../../ingest/project/write.js';

export interface ImportCoinrOptions {
  data: string;
  meta: string;
  out: string;
  force?: boolean;
  json?: boolean;
}

export async function importCoinrCommand(options: ImportCoinrOptions): Promise<void> {
  const existing = Object.values(PROJECT_FILES)
    .map((f) => join(options.out, f))
    .find((f) => existsSync(f));
  if (existing && !options.force) {
    throw new IngestError(existing, null, null, 'a project is already there; --force replaces it');
  }
  const imported = readCoinr(options.data, options.meta, projectId(options.out));
  const files = writeProject(options.out, {
    spec: imported.spec,
    specComment: SPEC_COMMENT,
    table: imported.table,
    readme: readme(imported, options),
  });
  const summary = {
    files,
    units: new Set(imported.table.codes).size,
    times: timesOf(imported.table),
    indicators: imported.spec.indicators.length,
    aggregates: imported.spec.aggregates.length,
    denominators: imported.spec.denominators.length,
    groups: [...imported.table.groups.keys()],
    dropped: imported.dropped,
  };
  if (options.json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  process.stdout.write(
    `imported ${summary.units} units, ${summary.indicators} indicators, ${summary.aggregates} aggregates` +
      (summary.times.length > 0 ? ` (Time ${summary.times.join(', ')})` : '') +
      `\nwrote ${files.join(', ')}\n` +
      (summary.dropped.length > 0
        ? `left out the columns of Type Other: ${summary.dropped.join(', ')}\n`
        : ''),
  );
}

const SPEC_COMMENT = [
  " Imported from COINr's iData and iMeta by `digitalindex import coinr`.",
  " The pipeline is COINr's usual one: Treat (winsorise with COINr's defaults winmax 5, skew_thresh 2,",
  ' kurt_thresh 3.5), Normalise (minmax to 0-100), Aggregate (weighted arithmetic mean). Denominators are',
  ' declared (scale 1, plain division as in COINr) but used only with denominate: true or `compute --denominate`.',
].join('\n');

/** The spec's id, from the directory's name: letters, digits and _ starting with a letter. */
function projectId(dir: string): string {
  const name = basename(resolve(dir)).replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(name) ? name : `index_${name}`;
}

function readme(imported: CoinrImport, options: ImportCoinrOptions): string {
  const source = (file: string, details: string) =>
    `\`${basename(file)}\` (${details}; SHA-256 ${createHash('sha256').update(readFileSync(file)).digest('hex')})`;
  const times = timesOf(imported.table);
  const units = new Set(imported.table.codes).size;
  const levels = Math.max(...imported.meta.map((r) => (r.type === 'Aggregate' ? r.level! : 1)));
  const { indicators, aggregates } = imported.spec;
  return (
    `# ${imported.spec.title.en}\n\n` +
    'This project was imported by `digitalindex import coinr` from the COINr input tables ' +
    source(options.data, `iData: ${units} units${times.length > 0 ? `, Time ${times.join(', ')}` : ''}`) +
    ' and ' +
    source(
      options.meta,
      `iMeta: ${indicators.length} indicators, ${aggregates.length} aggregates, ${levels} levels`,
    ) +
    ". `index.yaml` holds the structure, weights, directions, targets and denominators from iMeta with COINr's " +
    'usual pipeline (winsorise, min-max 0-100, arithmetic mean); `data.csv` holds the data with the original codes' +
    (imported.dropped.length > 0
      ? ` (without the columns of Type Other: ${imported.dropped.join(', ')})`
      : '') +
    `. Compute it with \`digitalindex compute ${options.out} --out OUT\`.\n`
  );
}

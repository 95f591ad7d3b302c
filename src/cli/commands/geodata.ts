// `digitalindex geodata import FILE` and `geodata export --out FILE`: boundaries in and out of the database.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportBoundaries } from '../../geodata/boundaries.js';
import { importBoundaries, type ImportBoundariesReport } from '../../geodata/importBoundaries.js';
import type { Crs } from '../../geodata/types.js';
import { openStore, parseLocation, StoreError, type Store } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';

export interface GeodataImportOptions extends GlobalOptions {
  layer?: string;
  key: string;
  nameField?: string;
  unitSet: string;
  simplify?: number;
  crs?: Crs;
  encoding?: string;
  sourceId?: string;
  publisher?: string;
  licence?: string;
  dryRun?: boolean;
  json?: boolean;
}

export async function geodataImportCommand(file: string, options: GeodataImportOptions): Promise<void> {
  const report = await withStore(options, (store) =>
    importBoundaries(store, file, {
      layer: options.layer,
      crs: options.crs,
      encoding: options.encoding,
      unitSet: options.unitSet,
      keyField: options.key,
      nameField: options.nameField,
      simplifyToleranceM: options.simplify,
      sourceId: options.sourceId,
      publisher: options.publisher,
      licence: options.licence,
      dryRun: options.dryRun,
    }),
  );
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describe(report));
}

export interface GeodataExportOptions extends GlobalOptions {
  out: string;
  unitSet: string;
  json?: boolean;
}

export async function geodataExportCommand(options: GeodataExportOptions): Promise<void> {
  const doc = await withStore(options, (store) => exportBoundaries(store.db, options.unitSet));
  if (doc.features.length === 0) {
    throw new StoreError(
      `no boundaries stored for unit set "${options.unitSet}" (run \`digitalindex geodata import\`)`,
    );
  }
  const text = JSON.stringify(doc) + '\n';
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  const summary = {
    out: options.out,
    unitSet: options.unitSet,
    features: doc.features.length,
    bytes: Buffer.byteLength(text),
  };
  process.stdout.write(
    options.json
      ? JSON.stringify(summary, null, 2) + '\n'
      : `wrote ${summary.features} boundaries to ${summary.out} (${kilobytes(summary.bytes)})\n`,
  );
}

/** Opens the existing database (a missing SQLite file is an error, not a new empty database). */
async function withStore<T>(options: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const location = databaseLocation(options);
  const target = parseLocation(location);
  if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new StoreError(`no database at ${target.path} (run \`digitalindex run\` first, or give --db)`);
  }
  const store = await openStore(location);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function describe(r: ImportBoundariesReport): string {
  const lines = [
    `${r.dryRun ? 'would import' : 'imported'} ${r.matched} boundaries of ${r.unitSet} from ${r.file} (${r.format}${r.layer ? `, layer ${r.layer}` : ''})`,
    `  CRS ${r.crs} from ${r.crsFrom}${r.reprojected ? ', reprojected to WGS 84' : ''}`,
    `  ${r.features} features read` +
      (r.filteredGf ? `, ${r.filteredGf} not land areas (GF ≠ 4) left out` : '') +
      (r.skipped.features
        ? `, ${r.skipped.features} of ${r.skipped.keys} keys outside the master data skipped`
        : '') +
      (r.empty ? `, ${r.empty} without geometry` : ''),
    `  vertices ${r.vertices.before} → ${r.vertices.after} (simplified at ${r.simplifyToleranceM} m), ${kilobytes(r.bytes)} GeoJSON`,
    `  source ${r.source.id}: ${r.source.publisher}${r.source.licence ? `, ${r.source.licence}` : ''}`,
  ];
  if (r.missing.length > 0) {
    lines.push(
      `  no boundary for ${r.missing.length}: ${r.missing.map((m) => `${m.ags} ${m.name}`).join(', ')}`,
    );
  }
  for (const w of r.nameWarnings) {
    lines.push(`  warning: ${w.ags} is "${w.name}" in the master data but "${w.sourceName}" in the file`);
  }
  for (const c of r.centresOutside) {
    lines.push(`  warning: the centre of ${c.ags} ${c.name} (${c.lat}, ${c.lon}) is not inside its boundary`);
  }
  return lines.join('\n') + '\n';
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

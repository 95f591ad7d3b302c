// Declares `digitalindex geodata import|export`; the work is in ../commands/geodata.ts, loaded when a command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { crsByCode, KNOWN_CRS_CODES } from '../../geodata/crs.js';
import type { Crs } from '../../geodata/types.js';
import { EXIT } from '../errors.js';

export function defineGeodata(program: Command): void {
  const family = program
    .command('geodata')
    .description(
      'municipality boundaries: import them from GeoJSON or BKG VG250 (shapefile, GeoPackage), export them',
    )
    .exitOverride(exitWithUsageCode);

  family
    .command('import')
    .description(
      'import boundaries, matched to the master data by AGS, reprojected to WGS84 and simplified; replaces the ' +
        "unit set's boundaries in one transaction",
    )
    .argument('<file>', 'a .geojson/.json FeatureCollection, a .shp (with .dbf, .prj, .cpg) or a .gpkg')
    .option('--layer <name>', 'GeoPackage layer (default: vg250_gem)')
    .option('--key <attribute>', 'attribute holding the AGS (8 digits; a 12-digit ARS works too)', 'AGS')
    .option(
      '--name-field <attribute>',
      'attribute holding the name, compared with the master data (default: GEN)',
    )
    .option('--unit-set <code>', 'unit set whose master data the keys are matched against', 'municipalities')
    .option(
      '--simplify <metres>',
      'Douglas–Peucker tolerance in metres (0: keep every vertex; default 20)',
      parseTolerance,
    )
    .option(
      '--crs <code>',
      `coordinate reference system of the file, over what it says (${KNOWN_CRS_CODES.join(', ')}; ETRS89 is ` +
        'taken as WGS 84: under a metre apart)',
      parseCrs,
    )
    .option(
      '--encoding <name>',
      "text encoding of a shapefile's .dbf, over its .cpg (default: the .cpg, else UTF-8 if valid, else Windows-1252)",
    )
    .option('--source-id <id>', 'id of the source record (default: geodata-<file name>)')
    .option(
      '--publisher <text>',
      'attribution, e.g. "© GeoBasis-DE / BKG 2024" (default: what the file states)',
    )
    .option('--licence <text>', 'licence, e.g. dl-de/by-2-0 (default: what the file states)')
    .option('--dry-run', 'read and match, report, write nothing')
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (file: string, _options, command: Command) => {
      const { geodataImportCommand } = await import('../commands/geodata.js');
      await geodataImportCommand(file, command.optsWithGlobals());
    });

  family
    .command('export')
    .description('write the stored boundaries as a GeoJSON FeatureCollection (properties AGS and name)')
    .requiredOption('--out <file>', 'the GeoJSON file to write')
    .option('--unit-set <code>', 'unit set to export', 'municipalities')
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { geodataExportCommand } = await import('../commands/geodata.js');
      await geodataExportCommand(command.optsWithGlobals());
    });
}

function parseTolerance(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError('the tolerance is a number of metres, 0 or more');
  }
  return n;
}

function parseCrs(value: string): Crs {
  const crs = crsByCode(value);
  if (!crs) throw new InvalidArgumentError(`unknown CRS (known: ${KNOWN_CRS_CODES.join(', ')})`);
  return crs;
}

/** Wrong usage found by the argument parser exits with 2, as every usage error of digitalindex. */
function exitWithUsageCode(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
}

// Imports a firm list into crawl_firms in one transaction: read, check every row, upsert by firm_id; a bad list writes nothing.
import { join, resolve } from 'node:path';
import { IngestError } from '../../ingest/errors.js';
import { readMunicipalities } from '../../ingest/masterData.js';
import { bundledDataDir } from '../../paths.js';
import { StoreError } from '../../store/errors.js';
import type { Store } from '../../store/store.js';
import { listUnits } from '../../store/units.js';
import { indexColumns } from './columns.js';
import { upsertFirms } from './firmStore.js';
import { readPostcodeTable } from './postcodes.js';
import { readFirmTable } from './readFirmTable.js';
import { townIndex, type NamedUnit } from './townNames.js';
import type { ImportFirmListOptions, ImportFirmListReport, InvalidRow } from './types.js';
import { validateFirms } from './validateFirms.js';

/** The list has invalid rows and `skipInvalid` is off: nothing was stored. Lists every invalid row. */
export class FirmListError extends IngestError {
  constructor(
    file: string,
    readonly invalid: readonly InvalidRow[],
  ) {
    const first = invalid[0]!;
    super(
      file,
      first.line,
      first.field,
      `${first.reason}; ${invalid.length} problem${invalid.length === 1 ? '' : 's'} in all, nothing imported ` +
        `(--skip-invalid imports the valid rows):\n${describeInvalid(invalid)}`,
    );
    this.name = 'FirmListError';
  }
}

/** Problems listed in a message at most; the report (`--json`) has them all. */
export const LISTED_PROBLEMS = 100;

/** One line per problem (`  line 4: url: invalid URL: …`), the first LISTED_PROBLEMS of them. */
export function describeInvalid(invalid: readonly InvalidRow[]): string {
  const lines = invalid
    .slice(0, LISTED_PROBLEMS)
    .map((p) => `  line ${p.line}: ${p.field === null ? '' : `${p.field}: `}${p.reason}`);
  if (invalid.length > LISTED_PROBLEMS) lines.push(`  … and ${invalid.length - LISTED_PROBLEMS} more`);
  return lines.join('\n');
}

/**
 * Reads the firm list `file` (CSV or XLSX), checks it against the municipalities of the database (or, in a
 * database without them, the bundled master data) and upserts its firms by firm_id, all in one
 * transaction. Running it again with the same list changes nothing and keeps every crawl result.
 */
export async function importFirmList(
  store: Store,
  file: string,
  options: ImportFirmListOptions = {},
): Promise<ImportFirmListReport> {
  const unitSet = options.unitSet ?? 'municipalities';
  const table = await readFirmTable(file);
  const columns = indexColumns(file, table.headerLine, table.header);
  if (table.rows.length === 0)
    throw new IngestError(file, table.headerLine, null, 'the list has no firms below its header');
  const units = await unitsOf(store, unitSet);
  const postcodes =
    options.postcodesFile === undefined ? null : await readPostcodeTable(options.postcodesFile);
  const checked = validateFirms(table.rows, {
    columns,
    headerLength: table.header.length,
    knownAgs: new Set(units.map((u) => u.code)),
    unitSet,
    towns: townIndex(units),
    postcodes,
    onRows: (done) => options.onProgress?.('check', done, table.rows.length),
  });
  if (checked.invalid.length > 0 && !options.skipInvalid) throw new FirmListError(file, checked.invalid);
  const withWebsite = checked.firms.filter((f) => f.url !== null).length;
  const report: ImportFirmListReport = {
    file,
    format: table.format,
    encoding: table.encoding,
    rows: table.rows.length,
    firms: checked.firms.length,
    withWebsite,
    withoutWebsite: checked.firms.length - withWebsite,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    recrawl: 0,
    invalid: checked.invalid,
    duplicateSites: checked.duplicateSites,
    agsFrom: checked.agsFrom,
    dryRun: Boolean(options.dryRun),
  };
  if (options.dryRun || checked.firms.length === 0) return report;
  const counts = await store.transaction((tx) =>
    upsertFirms(tx, checked.firms, checked.duplicateOf, resolve(file), (done) =>
      options.onProgress?.('store', done, checked.firms.length),
    ),
  );
  return { ...report, ...counts };
}

/** The units of the unit set in the database; the bundled municipalities when the database has none yet. */
async function unitsOf(store: Store, unitSet: string): Promise<NamedUnit[]> {
  const stored = await listUnits(store.db, unitSet);
  if (stored.length > 0) return stored;
  if (unitSet === 'municipalities') {
    return readMunicipalities(join(bundledDataDir(), 'master', 'municipalities.csv'), 'bundled');
  }
  throw new StoreError(`unit set "${unitSet}" has no units in the database (run \`digitalindex run\` first)`);
}

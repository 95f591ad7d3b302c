// What assigning ads needs from the database: the unit set's names and centres, boundaries, the postcode table.
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { loadBoundaries } from '../../geodata/boundaries.js';
import { TownNameIndex } from '../../geodata/names.js';
import { readMunicipalities } from '../../ingest/masterData.js';
import type { Unit } from '../../model/index.js';
import { bundledDataDir } from '../../paths.js';
import type { Database } from '../../store/schema.js';
import { listUnits } from '../../store/units.js';
import type { AssignmentContext } from '../assign/assignAd.js';
import { postcodeMap, type PostcodeRow } from '../assign/postcodes.js';

export interface LoadedContext extends AssignmentContext {
  unitSet: string;
  /** Where the names came from: the database's unit set, or the bundled master data when it has none. */
  unitsFrom: 'database' | 'bundled master data';
  boundaries: number;
  postcodeRows: number;
}

/**
 * The unit set's units (the bundled municipalities when the database has none of that set), their stored
 * boundaries and the stored postcode table.
 */
export async function loadAssignmentContext(db: Kysely<Database>, unitSet: string): Promise<LoadedContext> {
  let units: Unit[] = await listUnits(db, unitSet);
  let unitsFrom: LoadedContext['unitsFrom'] = 'database';
  if (units.length === 0 && unitSet === 'municipalities') {
    units = readMunicipalities(join(bundledDataDir(), 'master', 'municipalities.csv'), 'master');
    unitsFrom = 'bundled master data';
  }
  const geometries = await loadBoundaries(db, unitSet);
  const postcodes = await listPostcodes(db);
  const centres = new Map<string, readonly [number, number]>();
  for (const u of units) {
    if (u.centerLat !== null && u.centerLon !== null) centres.set(u.code, [u.centerLat, u.centerLon]);
  }
  return {
    unitSet,
    unitsFrom,
    geometries,
    boundaries: geometries.length,
    postcodes: postcodeMap(postcodes),
    postcodeRows: postcodes.length,
    codes: new Set(units.map((u) => u.code)),
    towns: new TownNameIndex(units),
    centres,
  };
}

export async function listPostcodes(db: Kysely<Database>): Promise<PostcodeRow[]> {
  return db
    .selectFrom('job_postcodes')
    .select(['postcode', 'ags'])
    .orderBy('postcode')
    .orderBy('ags')
    .execute();
}

/** Replaces the stored postcode table (used by every later import, fetch and assignment). */
export async function replacePostcodes(
  db: Kysely<Database>,
  rows: readonly PostcodeRow[],
  fileName: string,
): Promise<void> {
  await db.deleteFrom('job_postcodes').execute();
  const unique = new Map(rows.map((r) => [`${r.postcode}|${r.ags}`, r]));
  const all = [...unique.values()];
  for (let i = 0; i < all.length; i += 500) {
    await db
      .insertInto('job_postcodes')
      .values(all.slice(i, i + 500).map((r) => ({ postcode: r.postcode, ags: r.ags, file_name: fileName })))
      .execute();
  }
}

// Boundaries of units (GeoJSON text in WGS84 with a bbox), replaced per unit set in one go.
import type { Kysely, Selectable } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { batches } from './batch.js';
import { StoreError } from './errors.js';
import type { Database } from './schema.js';
import { inTransaction } from './transaction.js';

/** The `geometries` table (migration 002). */
export interface GeometryTable {
  unit_set: string;
  code: string;
  geojson: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  vertices: number;
  source_name: string | null;
  source_id: string;
  reprojected_from: string | null;
  simplify_tolerance_m: number;
}

export interface StoredGeometry {
  unitSet: UnitSetCode;
  code: string;
  /** A GeoJSON Polygon or MultiPolygon (WGS84 lon/lat) as JSON text. */
  geojson: string;
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
  vertices: number;
  sourceName: string | null;
  sourceId: string;
  reprojectedFrom: string | null;
  simplifyToleranceM: number;
}

type WithGeometries = Kysely<Database & { geometries: GeometryTable }>;

function withGeometries(db: Kysely<Database>): WithGeometries {
  return db.withTables<{ geometries: GeometryTable }>();
}

/**
 * Deletes every geometry of `unitSet` and inserts `geometries`, all or nothing. Each must belong to `unitSet`;
 * their units and sources must exist.
 */
export async function replaceGeometries(
  db: Kysely<Database>,
  unitSet: UnitSetCode,
  geometries: readonly StoredGeometry[],
): Promise<void> {
  const stray = geometries.find((g) => g.unitSet !== unitSet);
  if (stray) throw new StoreError(`geometry ${stray.code} is of unit set ${stray.unitSet}, not ${unitSet}`);
  await inTransaction(db, async (trx) => {
    const g = withGeometries(trx);
    await g.deleteFrom('geometries').where('unit_set', '=', unitSet).execute();
    // Geometries are large texts; a smaller batch keeps each statement moderate.
    for (const batch of batches(geometries.map(toRow), 100)) {
      await g.insertInto('geometries').values(batch).execute();
    }
  });
}

/** The geometries of one unit set, ordered by code. */
export async function listGeometries(db: Kysely<Database>, unitSet: UnitSetCode): Promise<StoredGeometry[]> {
  const rows = await withGeometries(db)
    .selectFrom('geometries')
    .selectAll()
    .where('unit_set', '=', unitSet)
    .orderBy('code')
    .execute();
  return rows.map(fromRow);
}

function toRow(g: StoredGeometry): GeometryTable {
  return {
    unit_set: g.unitSet,
    code: g.code,
    geojson: g.geojson,
    min_lon: g.bbox[0],
    min_lat: g.bbox[1],
    max_lon: g.bbox[2],
    max_lat: g.bbox[3],
    vertices: g.vertices,
    source_name: g.sourceName,
    source_id: g.sourceId,
    reprojected_from: g.reprojectedFrom,
    simplify_tolerance_m: g.simplifyToleranceM,
  };
}

function fromRow(r: Selectable<GeometryTable>): StoredGeometry {
  return {
    unitSet: r.unit_set,
    code: r.code,
    geojson: r.geojson,
    bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
    vertices: r.vertices,
    sourceName: r.source_name,
    sourceId: r.source_id,
    reprojectedFrom: r.reprojected_from,
    simplifyToleranceM: r.simplify_tolerance_m,
  };
}

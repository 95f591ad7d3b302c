// geodata: reads a layer of boundaries from an OGC GeoPackage (SQLite; BKG VG250 layer `vg250_gem`).
import Sqlite from 'better-sqlite3';
import { IngestError } from '../../ingest/errors.js';
import { crsByCode, crsFromWkt, DEFAULT_CRS } from '../crs.js';
import type { BoundarySource, Crs, SourceFeature } from '../types.js';
import { GeometryProblem } from './geometryJson.js';
import { decodeGpkgGeometry } from './wkb.js';

/** The municipality layer of the BKG VG250 GeoPackage, read when no `--layer` is given. */
export const DEFAULT_LAYER = 'vg250_gem';

export interface GeoPackageOptions {
  layer?: string;
  crs?: Crs;
}

interface LayerRow {
  table_name: string;
  column_name: string;
  srs_id: number;
}

interface SrsRow {
  srs_name: string;
  organization: string;
  organization_coordsys_id: number;
  definition: string;
}

export function readGeoPackage(file: string, options: GeoPackageOptions = {}): BoundarySource {
  const db = openReadOnly(file);
  try {
    const layer = pickLayer(file, db, options.layer);
    const fromSrs = options.crs ? undefined : layerCrs(file, db, layer.srs_id);
    return {
      format: 'geopackage',
      file,
      files: [file],
      layer: layer.table_name,
      crs: options.crs ?? fromSrs ?? DEFAULT_CRS,
      crsFrom: options.crs ? '--crs' : fromSrs ? 'gpkg_spatial_ref_sys' : 'undefined SRS: assumed WGS 84',
      encoding: 'utf-8',
      attribution: { publisher: null, licence: null },
      features: rows(file, layer),
    };
  } finally {
    db.close();
  }
}

function openReadOnly(file: string): Sqlite.Database {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const found = db
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_geometry_columns'",
      )
      .get() as { n: number };
    if (found.n === 0)
      throw new IngestError(file, null, null, 'not a GeoPackage (no gpkg_geometry_columns table)');
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, null, null, `cannot open as a GeoPackage: ${(error as Error).message}`);
  }
}

function pickLayer(file: string, db: Sqlite.Database, wanted: string | undefined): LayerRow {
  const layers = db
    .prepare('SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name')
    .all() as LayerRow[];
  const name = (wanted ?? DEFAULT_LAYER).toLowerCase();
  const layer =
    layers.find((l) => l.table_name.toLowerCase() === name) ??
    (wanted === undefined && layers.length === 1 ? layers[0] : undefined);
  if (!layer) {
    const list = layers.map((l) => l.table_name).join(', ') || 'none';
    throw new IngestError(
      file,
      null,
      'gpkg_geometry_columns',
      `no layer "${wanted ?? DEFAULT_LAYER}" (layers: ${list}; choose one with --layer)`,
    );
  }
  return layer;
}

/** The layer's CRS from gpkg_spatial_ref_sys: by EPSG code, else by its WKT; srs_id 0/-1 mean undefined. */
function layerCrs(file: string, db: Sqlite.Database, srsId: number): Crs | undefined {
  if (srsId === 0 || srsId === -1) return undefined;
  const srs = db
    .prepare(
      'SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    )
    .get(srsId) as SrsRow | undefined;
  const crs =
    (srs && srs.organization.toUpperCase() === 'EPSG' && crsByCode(`EPSG:${srs.organization_coordsys_id}`)) ||
    (srs && crsFromWkt(srs.definition));
  if (!crs) {
    throw new IngestError(
      file,
      null,
      'gpkg_spatial_ref_sys',
      `unknown coordinate reference system ${srs ? `"${srs.srs_name}" (${srs.organization}:${srs.organization_coordsys_id})` : `srs_id ${srsId}`} (give --crs)`,
    );
  }
  return crs;
}

function* rows(file: string, layer: LayerRow): Generator<SourceFeature> {
  const db = openReadOnly(file);
  try {
    const table = quote(layer.table_name);
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; pk: number }[];
    const pk = columns.find((c) => c.pk === 1)?.name;
    const statement = db.prepare(`SELECT * FROM ${table}${pk ? ` ORDER BY ${quote(pk)}` : ''}`);
    let ordinal = 0;
    for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
      ordinal++;
      const id = pk && typeof row[pk] === 'number' ? row[pk] : ordinal;
      const { [layer.column_name]: blob, ...properties } = row;
      const field = `${layer.table_name}.${layer.column_name}`;
      let geometry = null;
      if (blob !== null && blob !== undefined) {
        if (!(blob instanceof Uint8Array)) throw new IngestError(file, id, field, 'geometry is not a blob');
        try {
          geometry = decodeGpkgGeometry(blob).geometry;
        } catch (error) {
          if (error instanceof GeometryProblem) {
            throw new IngestError(file, id, `${field}${error.path ? `.${error.path}` : ''}`, error.problem);
          }
          throw error;
        }
      }
      yield {
        location: { file, line: id, prefix: `${layer.table_name}.`, geometryField: field },
        properties,
        geometry,
      };
    }
  } finally {
    db.close();
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

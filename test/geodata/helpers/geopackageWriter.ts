// Test helper: builds a small OGC GeoPackage (the gpkg_* tables and one polygon layer) with better-sqlite3.
import Sqlite from 'better-sqlite3';

export type Ring = [number, number][];
export type Polygon = Ring[];

export interface GpkgFeature {
  polygons: Polygon[] | null;
  attributes: Record<string, string | number | null>;
  /** Write this feature's WKB big-endian (byte order 0). */
  bigEndian?: boolean;
  /** Write a MultiPolygon even for one polygon. */
  multi?: boolean;
  /** Raw blob instead of an encoded geometry (for malformed inputs). */
  blob?: Buffer;
}

export interface GpkgLayer {
  table: string;
  srsId: number;
  /** Row for gpkg_spatial_ref_sys (srs_id, organization, id, definition). */
  srs?: { organization: string; id: number; name: string; definition: string };
  columns: Record<string, 'TEXT' | 'INTEGER' | 'REAL'>;
  features: GpkgFeature[];
  geometryColumn?: string;
}

export function writeGeoPackage(file: string, layers: GpkgLayer[]): void {
  const db = new Sqlite(file);
  db.pragma('application_id = 1196444487'); // "GPKG"
  db.pragma('user_version = 10300');
  db.exec(`
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
      description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
      srs_id INTEGER);
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      PRIMARY KEY (table_name, column_name));
    INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
    INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
    INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]', NULL);
  `);
  for (const layer of layers) {
    const geom = layer.geometryColumn ?? 'geom';
    if (layer.srs) {
      db.prepare('INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, NULL)').run(
        layer.srs.name,
        layer.srsId,
        layer.srs.organization,
        layer.srs.id,
        layer.srs.definition,
      );
    }
    const columns = Object.entries(layer.columns)
      .map(([name, type]) => `"${name}" ${type}`)
      .join(', ');
    db.exec(
      `CREATE TABLE "${layer.table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, "${geom}" MULTIPOLYGON, ${columns})`,
    );
    db.prepare(
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)",
    ).run(layer.table, layer.table, layer.srsId);
    db.prepare("INSERT INTO gpkg_geometry_columns VALUES (?, ?, 'MULTIPOLYGON', ?, 0, 0)").run(
      layer.table,
      geom,
      layer.srsId,
    );
    const names = Object.keys(layer.columns);
    const insert = db.prepare(
      `INSERT INTO "${layer.table}" ("${geom}", ${names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
    );
    for (const f of layer.features) {
      const blob = f.blob ?? (f.polygons ? gpkgBlob(layer.srsId, f.polygons, f) : null);
      insert.run(blob, ...names.map((n) => f.attributes[n] ?? null));
    }
  }
  db.close();
}

/** GeoPackage header (little-endian, with an xy envelope) followed by WKB. */
export function gpkgBlob(
  srsId: number,
  polygons: Polygon[],
  options: { bigEndian?: boolean; multi?: boolean } = {},
): Buffer {
  const header = Buffer.alloc(8 + 32);
  header.write('GP', 0, 'ascii');
  header.writeUInt8(0, 2);
  header.writeUInt8(0b0000_0011, 3); // little-endian header, envelope [minx, maxx, miny, maxy]
  header.writeInt32LE(srsId, 4);
  const pts = polygons.flat(2);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].forEach((v, i) =>
    header.writeDoubleLE(v, 8 + i * 8),
  );
  return Buffer.concat([
    header,
    wkb(polygons, options.bigEndian ?? false, options.multi ?? polygons.length > 1),
  ]);
}

export function wkb(polygons: Polygon[], bigEndian: boolean, multi: boolean): Buffer {
  if (!multi) return wkbPolygon(polygons[0]!, bigEndian);
  const head = Buffer.alloc(9);
  head.writeUInt8(bigEndian ? 0 : 1, 0);
  write32(head, 6, 1, bigEndian);
  write32(head, polygons.length, 5, bigEndian);
  return Buffer.concat([head, ...polygons.map((p) => wkbPolygon(p, bigEndian))]);
}

function wkbPolygon(polygon: Polygon, bigEndian: boolean): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(9);
  head.writeUInt8(bigEndian ? 0 : 1, 0);
  write32(head, 3, 1, bigEndian);
  write32(head, polygon.length, 5, bigEndian);
  parts.push(head);
  for (const ring of polygon) {
    const buf = Buffer.alloc(4 + 16 * ring.length);
    write32(buf, ring.length, 0, bigEndian);
    ring.forEach(([x, y], i) => {
      if (bigEndian) {
        buf.writeDoubleBE(x, 4 + 16 * i);
        buf.writeDoubleBE(y, 12 + 16 * i);
      } else {
        buf.writeDoubleLE(x, 4 + 16 * i);
        buf.writeDoubleLE(y, 12 + 16 * i);
      }
    });
    parts.push(buf);
  }
  return Buffer.concat(parts);
}

function write32(buf: Buffer, value: number, at: number, bigEndian: boolean): void {
  if (bigEndian) buf.writeUInt32BE(value, at);
  else buf.writeUInt32LE(value, at);
}

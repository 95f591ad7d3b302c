// 002: municipality boundaries, one GeoJSON geometry (WGS84) per unit with its bbox and where it came from.
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

export const geometries: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('geometries')
      .addColumn('unit_set', text, (col) => col.notNull())
      .addColumn('code', text, (col) => col.notNull())
      // A GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude, as text (no spatial extension needed).
      .addColumn('geojson', text, (col) => col.notNull())
      .addColumn('min_lon', 'double precision', (col) => col.notNull())
      .addColumn('min_lat', 'double precision', (col) => col.notNull())
      .addColumn('max_lon', 'double precision', (col) => col.notNull())
      .addColumn('max_lat', 'double precision', (col) => col.notNull())
      .addColumn('vertices', 'integer', (col) => col.notNull())
      // The name the boundary file gives the unit (e.g. VG250 GEN), kept for checking against the master data.
      .addColumn('source_name', text)
      .addColumn('source_id', text, (col) => col.notNull().references('sources.id'))
      // The CRS the coordinates were reprojected from, e.g. "EPSG:25832 (ETRS89 / UTM zone 32N)"; null if WGS84.
      .addColumn('reprojected_from', text)
      // Douglas–Peucker tolerance in metres applied on import; 0 when not simplified.
      .addColumn('simplify_tolerance_m', 'double precision', (col) => col.notNull())
      .addPrimaryKeyConstraint('geometries_pk', ['unit_set', 'code'])
      .addForeignKeyConstraint('geometries_unit_fk', ['unit_set', 'code'], 'units', ['unit_set', 'code'])
      .execute();
  },

  async down(db) {
    await db.schema.dropTable('geometries').execute();
  },
};

// geodata: opens a boundary file with the reader its extension calls for.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { IngestError } from '../../ingest/errors.js';
import type { BoundarySource, Crs } from '../types.js';
import { readGeoJson } from './geojson.js';
import { readGeoPackage } from './geopackage.js';
import { readShapefile } from './shapefile.js';

export interface ReadOptions {
  layer?: string;
  crs?: Crs;
  encoding?: string;
}

/** `.geojson`/`.json` → GeoJSON, `.shp` → shapefile, `.gpkg` → GeoPackage. */
export function openBoundaryFile(file: string, options: ReadOptions = {}): BoundarySource {
  if (!existsSync(file)) throw new IngestError(file, null, null, 'no such file');
  const ext = extname(file).toLowerCase();
  if (options.layer !== undefined && ext !== '.gpkg') {
    throw new IngestError(file, null, null, '--layer applies to GeoPackage files only');
  }
  if (options.encoding !== undefined && ext !== '.shp') {
    throw new IngestError(file, null, null, '--encoding applies to shapefiles only');
  }
  switch (ext) {
    case '.geojson':
    case '.json':
      return readGeoJson(file, { crs: options.crs });
    case '.shp':
      return readShapefile(file, { crs: options.crs, encoding: options.encoding });
    case '.gpkg':
      return readGeoPackage(file, { layer: options.layer, crs: options.crs });
    default:
      throw new IngestError(
        file,
        null,
        null,
        `unknown boundary format "${ext}" (GeoJSON .geojson/.json, shapefile .shp, GeoPackage .gpkg)`,
      );
  }
}

// geodata: the shapes boundary data takes between the readers, the import and the spatial helpers.

/** [longitude, latitude] in WGS84 degrees (or [x, y] in the source CRS before reprojection). */
export type Position = [number, number];

/** A closed ring: at least four positions, the last equal to the first. */
export type Ring = Position[];

/** An outer ring followed by its holes. */
export type PolygonCoordinates = Ring[];

export type Geometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

/** [minLon, minLat, maxLon, maxLat]. */
export type BBox = [number, number, number, number];

/** Where a feature sits in its file, for error messages: `${file}:${line}: field "${prefix}${name}"`. */
export interface FeatureLocation {
  /** The file holding the feature's attributes (the .dbf of a shapefile). */
  file: string;
  /** Record number (shapefile), feature id (GeoPackage); null for GeoJSON, whose position is in `prefix`. */
  line: number | null;
  /** Prefix of attribute field names, e.g. `features[3].properties.` for GeoJSON; empty otherwise. */
  prefix: string;
  /** The file holding the geometry when it is not `file` (the .shp of a shapefile). */
  geometryFile?: string;
  /** How errors name the geometry: `features[3].geometry`, `geometry`, `vg250_gem.geom`. */
  geometryField: string;
}

/** One feature as a reader delivers it: attributes and a validated geometry in the source CRS. */
export interface SourceFeature {
  location: FeatureLocation;
  properties: Readonly<Record<string, unknown>>;
  /** null for a feature without geometry (GeoJSON `null`, shapefile null shape, empty WKB). */
  geometry: Geometry | null;
}

/** A coordinate reference system the import knows how to bring to WGS84. */
export interface Crs {
  /** e.g. `EPSG:25832`, `OGC:CRS84`. */
  code: string;
  name: string;
  /** proj4 definition; null when coordinates already are WGS84 longitude/latitude (or ETRS89, see crs.ts). */
  proj4: string | null;
}

/** A boundary file opened by a reader: what it says about itself, and its features as a stream. */
export interface BoundarySource {
  format: 'geojson' | 'shapefile' | 'geopackage';
  /** The file the user named. */
  file: string;
  /** Every file read (shapefile: .shp, .dbf, .prj, .cpg), for the source hash. */
  files: string[];
  layer: string | null;
  crs: Crs;
  /** How the CRS was determined, e.g. `.prj`, `crs member`, `gpkg_spatial_ref_sys`, `--crs`, `RFC 7946 default`. */
  crsFrom: string;
  encoding: string | null;
  /** Attribution and licence stated in the file itself (GeoJSON `source`/`license` members), if any. */
  attribution: { publisher: string | null; licence: string | null };
  features: Iterable<SourceFeature> | AsyncIterable<SourceFeature>;
}

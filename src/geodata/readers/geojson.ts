// geodata: reads a GeoJSON FeatureCollection of boundaries (RFC 7946 WGS84, or a legacy `crs` member).
import { readFileSync } from 'node:fs';
import { IngestError } from '../../ingest/errors.js';
import { crsByCode, DEFAULT_CRS, KNOWN_CRS_CODES } from '../crs.js';
import type { BoundarySource, Crs, SourceFeature } from '../types.js';
import { GeometryProblem, parseGeometryJson } from './geometryJson.js';

export interface GeoJsonOptions {
  /** Overrides whatever the file says (`--crs`). */
  crs?: Crs;
}

export function readGeoJson(file: string, options: GeoJsonOptions = {}): BoundarySource {
  const doc = parseJson(file);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new IngestError(file, null, null, 'not a GeoJSON object');
  }
  const root = doc as Record<string, unknown>;
  if (root.type !== 'FeatureCollection') {
    throw new IngestError(file, null, 'type', `${JSON.stringify(root.type)}: expected "FeatureCollection"`);
  }
  if (!Array.isArray(root.features)) throw new IngestError(file, null, 'features', 'must be an array');
  const declared = options.crs ? undefined : legacyCrs(file, root.crs);
  return {
    format: 'geojson',
    file,
    files: [file],
    layer: null,
    crs: options.crs ?? declared ?? DEFAULT_CRS,
    crsFrom: options.crs ? '--crs' : declared ? 'crs member' : 'RFC 7946 default',
    encoding: 'utf-8',
    attribution: {
      publisher: text(root.source) ?? text(root.attribution),
      licence: text(root.license) ?? text(root.licence),
    },
    features: features(file, root.features as unknown[]),
  };
}

function* features(file: string, list: unknown[]): Generator<SourceFeature> {
  for (const [i, item] of list.entries()) {
    const at = `features[${i}]`;
    if (typeof item !== 'object' || item === null || (item as { type?: unknown }).type !== 'Feature') {
      throw new IngestError(file, null, at, 'not a GeoJSON Feature');
    }
    const { properties, geometry } = item as { properties?: unknown; geometry?: unknown };
    if (
      properties !== null &&
      properties !== undefined &&
      (typeof properties !== 'object' || Array.isArray(properties))
    ) {
      throw new IngestError(file, null, `${at}.properties`, 'must be an object');
    }
    let parsed;
    try {
      parsed = parseGeometryJson(geometry);
    } catch (error) {
      if (error instanceof GeometryProblem) {
        throw new IngestError(
          file,
          null,
          `${at}.geometry${error.path ? `.${error.path}` : ''}`,
          error.problem,
        );
      }
      throw error;
    }
    yield {
      location: { file, line: null, prefix: `${at}.properties.`, geometryField: `${at}.geometry` },
      properties: (properties ?? {}) as Record<string, unknown>,
      geometry: parsed,
    };
  }
}

/** The 2008 GeoJSON `crs` member: `{type: "name", properties: {name: "urn:ogc:def:crs:EPSG::25832"}}`. */
function legacyCrs(file: string, crs: unknown): Crs | undefined {
  if (crs === undefined || crs === null) return undefined;
  const props = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  const name = props.name ?? (props.code === undefined ? undefined : `EPSG:${String(props.code)}`);
  const found = typeof name === 'string' ? crsByCode(name) : undefined;
  if (!found) {
    throw new IngestError(
      file,
      null,
      'crs',
      `unknown CRS ${JSON.stringify(name ?? crs)} (known: ${KNOWN_CRS_CODES.join(', ')}; or give --crs)`,
    );
  }
  return found;
}

function parseJson(file: string): unknown {
  const content = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(content);
  } catch (error) {
    // V8's message quotes the text around the error ("…atures": [}" is not valid JSON), but no line.
    throw new IngestError(file, null, null, `not valid JSON: ${(error as Error).message}`);
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

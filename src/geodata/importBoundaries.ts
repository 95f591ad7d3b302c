// geodata: `geodata import` as a use case: read, match, simplify, then replace the unit set's boundaries at once.
import { listUnits, StoreError, upsertSource, type Store } from '../store/index.js';
import { replaceGeometries, type StoredGeometry } from '../store/geometries.js';
import { collectBoundaries } from './collect.js';
import { describeCrs } from './crs.js';
import { unionBBox } from './geometry.js';
import { matchBoundaries, type MatchReport } from './match.js';
import { boundaryProvenance, type ProvenanceOptions } from './provenance.js';
import { openBoundaryFile, type ReadOptions } from './readers/index.js';
import type { BBox } from './types.js';

/** Douglas–Peucker tolerance in metres when none is given: invisible on a municipality map, much lighter. */
export const DEFAULT_SIMPLIFY_M = 20;

export interface ImportBoundariesOptions extends ReadOptions, ProvenanceOptions {
  unitSet?: string;
  keyField?: string;
  nameField?: string;
  simplifyToleranceM?: number;
  dryRun?: boolean;
}

export interface ImportBoundariesReport extends MatchReport {
  file: string;
  format: string;
  layer: string | null;
  crs: string;
  crsFrom: string;
  reprojected: boolean;
  encoding: string | null;
  unitSet: string;
  features: number;
  filteredGf: number;
  empty: number;
  skipped: { features: number; keys: number; examples: string[] };
  vertices: { before: number; after: number };
  simplifyToleranceM: number;
  /** Size of the stored GeoJSON geometries, in bytes. */
  bytes: number;
  bbox: BBox | null;
  source: { id: string; publisher: string; licence: string | null };
  dryRun: boolean;
  /** Boundaries written (0 in a dry run). */
  written: number;
}

/**
 * Imports the boundary file into `store`: every municipality of the unit set's master data is looked up by
 * AGS; features of other keys are counted and skipped. Unless `dryRun`, the unit set's boundaries are
 * replaced and the source registered in one transaction. Bad input throws IngestError before anything is
 * written.
 */
export async function importBoundaries(
  store: Store,
  file: string,
  options: ImportBoundariesOptions = {},
): Promise<ImportBoundariesReport> {
  const unitSet = options.unitSet ?? 'municipalities';
  const tolerance = options.simplifyToleranceM ?? DEFAULT_SIMPLIFY_M;
  const units = await listUnits(store.db, unitSet);
  if (units.length === 0) {
    throw new StoreError(
      `the database has no units in unit set "${unitSet}" (run \`digitalindex run\` first)`,
    );
  }
  const source = openBoundaryFile(file, options);
  const collected = await collectBoundaries(source, new Set(units.map((u) => u.code)), {
    keyField: options.keyField ?? 'AGS',
    nameField: options.nameField,
  });
  const { boundaries, report } = matchBoundaries(collected, units, tolerance);
  const provenance = await boundaryProvenance(source, options);
  const reprojectedFrom = source.crs.proj4 === null ? null : describeCrs(source.crs);
  const rows: StoredGeometry[] = boundaries.map((b) => ({
    unitSet,
    code: b.code,
    geojson: JSON.stringify(b.geometry),
    bbox: b.bbox,
    vertices: b.vertices,
    sourceName: b.sourceName,
    sourceId: provenance.id,
    reprojectedFrom,
    simplifyToleranceM: tolerance,
  }));
  if (!options.dryRun) {
    await store.transaction(async (trx) => {
      await upsertSource(trx.db, { ...provenance, synthetic: false });
      await replaceGeometries(trx.db, unitSet, rows);
    });
  }
  return {
    file,
    format: source.format,
    layer: source.layer,
    crs: describeCrs(source.crs),
    crsFrom: source.crsFrom,
    reprojected: reprojectedFrom !== null,
    encoding: source.encoding,
    unitSet,
    features: collected.features,
    filteredGf: collected.filteredGf,
    empty: collected.empty,
    skipped: {
      features: collected.skippedFeatures,
      keys: collected.skippedKeys.length,
      examples: collected.skippedKeys.slice(0, 5),
    },
    ...report,
    vertices: {
      before: boundaries.reduce((n, b) => n + b.verticesBefore, 0),
      after: boundaries.reduce((n, b) => n + b.vertices, 0),
    },
    simplifyToleranceM: tolerance,
    bytes: rows.reduce((n, r) => n + Buffer.byteLength(r.geojson), 0),
    bbox: unionBBox(boundaries.map((b) => b.bbox)),
    source: { id: provenance.id, publisher: provenance.publisher, licence: provenance.licence },
    dryRun: options.dryRun ?? false,
    written: options.dryRun ? 0 : rows.length,
  };
}

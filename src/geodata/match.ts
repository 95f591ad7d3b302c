// geodata: turns the collected polygons into one boundary per municipality and checks them against the master data.
import type { Unit } from '../model/index.js';
import type { Collected } from './collect.js';
import { bboxOf, fromPolygons, orientGeometry, polygonsOf, roundGeometry, vertexCount } from './geometry.js';
import { namesDiffer, nameSimilarity } from './names.js';
import { geometryContains } from './pointInMunicipality.js';
import { simplifyGeometry } from './simplify.js';
import type { BBox, Geometry } from './types.js';

/** Decimal places kept in stored coordinates: 1e-6° is about 0.1 m, far below VG250's accuracy. */
export const COORDINATE_DECIMALS = 6;

export interface Boundary {
  code: string;
  /** The master data's name. */
  name: string;
  /** The name the file gives (first one, if the parts disagree); null if it has none. */
  sourceName: string | null;
  geometry: Geometry;
  bbox: BBox;
  parts: number;
  verticesBefore: number;
  vertices: number;
}

export interface MatchReport {
  matched: number;
  missing: { ags: string; name: string }[];
  /** Municipalities whose file name differs strongly from the master data's. */
  nameWarnings: { ags: string; name: string; sourceName: string; similarity: number }[];
  /** Municipalities whose master-data centre coordinate is not inside the imported polygon. */
  centresOutside: { ags: string; name: string; lat: number; lon: number }[];
  /** Municipalities whose boundary is made of more than one polygon. */
  multiPolygons: number;
}

export function matchBoundaries(
  collected: Collected,
  units: readonly Unit[],
  simplifyToleranceM: number,
): { boundaries: Boundary[]; report: MatchReport } {
  const boundaries: Boundary[] = [];
  const report: MatchReport = {
    matched: 0,
    missing: [],
    nameWarnings: [],
    centresOutside: [],
    multiPolygons: 0,
  };
  for (const unit of units) {
    const found = collected.units.get(unit.code);
    if (!found) {
      report.missing.push({ ags: unit.code, name: unit.name });
      continue;
    }
    const original = orientGeometry(fromPolygons(found.polygons));
    const geometry = finalGeometry(original, simplifyToleranceM);
    const sourceName = found.names[0] ?? null;
    boundaries.push({
      code: unit.code,
      name: unit.name,
      sourceName,
      geometry,
      bbox: bboxOf(geometry),
      parts: found.parts,
      verticesBefore: vertexCount(original),
      vertices: vertexCount(geometry),
    });
    report.matched++;
    if (geometry.type === 'MultiPolygon') report.multiPolygons++;
    if (sourceName !== null && namesDiffer(unit.name, sourceName)) {
      const similarity = Math.round(nameSimilarity(unit.name, sourceName) * 100) / 100;
      report.nameWarnings.push({ ags: unit.code, name: unit.name, sourceName, similarity });
    }
    if (
      unit.centerLat !== null &&
      unit.centerLon !== null &&
      !geometryContains(geometry, unit.centerLon, unit.centerLat)
    ) {
      report.centresOutside.push({
        ags: unit.code,
        name: unit.name,
        lat: unit.centerLat,
        lon: unit.centerLon,
      });
    }
  }
  return { boundaries, report };
}

/** Simplified, then rounded to COORDINATE_DECIMALS; rounding is skipped where it would collapse a ring. */
function finalGeometry(geometry: Geometry, toleranceM: number): Geometry {
  const simplified = simplifyGeometry(geometry, toleranceM);
  const rounded = roundGeometry(simplified, COORDINATE_DECIMALS);
  const collapsed = polygonsOf(rounded).some((polygon) => polygon.some((ring) => ring.length < 4));
  return collapsed ? simplified : rounded;
}

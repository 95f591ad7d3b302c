// Which municipality an ad belongs to: its coordinates inside a boundary, else its postcode, else its town name.
import type { TownNameIndex } from '../../geodata/names.js';
import { pointInMunicipality, type MunicipalityGeometry } from '../../geodata/pointInMunicipality.js';
import type { AssignedBy, JobAd } from '../types.js';

/** Why an ad has no municipality. */
export type UnassignedReason =
  | 'coordinates outside every boundary'
  | 'postcode outside the unit set'
  | 'town not recognised'
  | 'no town, postcode or coordinates'
  | 'town too far from its coordinates';

export type Assignment = { ags: string; by: AssignedBy } | { ags: null; reason: UnassignedReason };

export interface AssignmentContext {
  /** Boundaries of the unit set (empty when none are imported). */
  geometries: readonly MunicipalityGeometry[];
  /** Postcode → unit codes, from the table the user supplied (codes outside the unit set included). */
  postcodes: ReadonlyMap<string, readonly string[]>;
  /** The codes of the unit set. */
  codes: ReadonlySet<string>;
  towns: TownNameIndex;
  /** Centre [lat, lon] of each unit, to reject a town name that the ad's coordinates contradict. */
  centres: ReadonlyMap<string, readonly [number, number]>;
}

/** A town name is not taken when the ad's coordinates lie farther than this from the municipality's centre. */
export const TOWN_DISTANCE_KM = 40;

/**
 * 1. Coordinates and boundaries: the boundary containing the point decides; a point outside all of them is
 *    outside the unit set (the coordinates are the most precise thing an ad says).
 * 2. Postcode in the user's table: one unit of the set → that unit; only units elsewhere → outside; a
 *    postcode shared by several units of the set, or missing from the table, falls through to the town.
 * 3. Town name against the municipalities' names and common spellings (see `TownNameIndex`), unless the
 *    ad's coordinates are far from that municipality.
 */
export function assignAd(
  ad: Pick<JobAd, 'lat' | 'lon' | 'postcode' | 'town'>,
  context: AssignmentContext,
): Assignment {
  const hasPoint = ad.lat !== null && ad.lon !== null;
  if (hasPoint && context.geometries.length > 0) {
    const code = pointInMunicipality(ad.lon!, ad.lat!, context.geometries);
    if (code !== null && context.codes.has(code)) return { ags: code, by: 'coordinates' };
    return { ags: null, reason: 'coordinates outside every boundary' };
  }
  if (ad.postcode !== null) {
    const codes = context.postcodes.get(ad.postcode);
    if (codes && codes.length > 0) {
      const inside = codes.filter((c) => context.codes.has(c));
      if (inside.length === 1) return { ags: inside[0]!, by: 'postcode' };
      if (inside.length === 0) return { ags: null, reason: 'postcode outside the unit set' };
    }
  }
  if (ad.town !== null && ad.town.trim() !== '') {
    const code = context.towns.match(ad.town);
    if (code === null) return { ags: null, reason: 'town not recognised' };
    const centre = context.centres.get(code);
    if (hasPoint && centre && distanceKm(ad.lat!, ad.lon!, centre[0], centre[1]) > TOWN_DISTANCE_KM) {
      return { ags: null, reason: 'town too far from its coordinates' };
    }
    return { ags: code, by: 'town' };
  }
  return {
    ags: null,
    reason: ad.postcode === null && !hasPoint ? 'no town, postcode or coordinates' : 'town not recognised',
  };
}

/** Great-circle distance (haversine, mean earth radius). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

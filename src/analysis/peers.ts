// The most comparable units of a unit (its peers): by population on a log scale, type and being kreisfrei.

export interface SimilarityUnit {
  code: string;
  type: string | null;
  /** "kreisfrei" or the name of the district. */
  district: string | null;
  population: number | null;
  /** Fallback when populations are missing: the index score. */
  score: number | null;
}

/**
 * Distance = |ln(population a) − ln(population b)| + 1 if the types differ + 1 if one is kreisfrei and the other
 * is not. Without populations (e.g. regions), the index scores' difference / 100 stands in for the first term.
 * Returns the positions of the `count` nearest other units with their distances, nearest first (ties by code).
 */
export function mostSimilar(
  units: readonly SimilarityUnit[],
  of: number,
  count = 5,
): { index: number; distance: number }[] {
  const a = units[of]!;
  const candidates = units.flatMap((b, index) => {
    if (index === of) return [];
    const size = sizeDistance(a, b);
    if (size === null) return [];
    const kind = (a.type !== b.type ? 1 : 0) + (isKreisfrei(a) !== isKreisfrei(b) ? 1 : 0);
    return [{ index, distance: size + kind }];
  });
  candidates.sort((x, y) => x.distance - y.distance || compare(units[x.index]!.code, units[y.index]!.code));
  return candidates.slice(0, count);
}

function sizeDistance(a: SimilarityUnit, b: SimilarityUnit): number | null {
  if (positive(a.population) && positive(b.population))
    return Math.abs(Math.log(a.population / b.population));
  if (a.score !== null && b.score !== null) return Math.abs(a.score - b.score) / 100;
  return null;
}

function positive(x: number | null): x is number {
  return x !== null && Number.isFinite(x) && x > 0;
}

function isKreisfrei(u: SimilarityUnit): boolean {
  return u.district === 'kreisfrei';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// What one unit's row may show: scores, ranks, values and flags, with confidential numbers removed.
//
// A confidential input (numerator or denominator) withholds the indicator's value, its normalised score and
// its rank (min-max scores would give the value back); the aggregates above it are published.
import type { ValueFlag } from './types.js';
import type { Snapshot } from './snapshot.js';

export interface PublishedUnit {
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
  raw: Record<string, number | null>;
  flags: Record<string, ValueFlag>;
}

/** Score columns: root, sub-indices (each level down), then indicators, as the analyses order nodes. */
export function columnsOf(snapshot: Snapshot): string[] {
  return snapshot.data.nodes.map((n) => n.code);
}

export function indicatorCodes(snapshot: Snapshot): string[] {
  return snapshot.data.structure.indicators.map((i) => i.code);
}

/** Indicators whose values are allocated from the district (source level "Kreis …"), directly or via the denominator. */
export function districtIndicators(snapshot: Snapshot): Set<string> {
  const atDistrict = (level: string | undefined) => level !== undefined && /^(kreis|district)/i.test(level);
  const denominators = new Map(snapshot.spec.denominators.map((d) => [d.code, atDistrict(d.source.level)]));
  return new Set(
    snapshot.spec.indicators
      .filter((i) => atDistrict(i.source.level) || (i.denominator ? denominators.get(i.denominator) : false))
      .map((i) => i.code),
  );
}

/** Per indicator, the positions of imputed cells. */
function imputedSets(snapshot: Snapshot): Map<string, Set<number>> {
  return new Map([...snapshot.data.result.imputedCells].map(([code, cells]) => [code, new Set(cells)]));
}

const cache = new WeakMap<Snapshot, PublishedUnit[]>();

/** The published form of every unit, in the engine's order (computed once per snapshot). */
export function publishedUnits(snapshot: Snapshot): PublishedUnit[] {
  const known = cache.get(snapshot);
  if (known) return known;
  const { result } = snapshot.data;
  const columns = columnsOf(snapshot);
  const indicators = indicatorCodes(snapshot);
  const isIndicator = new Set(indicators);
  const district = districtIndicators(snapshot);
  const imputed = imputedSets(snapshot);
  const rows = result.units.map((code, i): PublishedUnit => {
    const withheld = (indicator: string) => snapshot.withheld.has(`${code}\t${indicator}`);
    const scores: Record<string, number | null> = {};
    const ranks: Record<string, number | null> = {};
    for (const column of columns) {
      const hidden = isIndicator.has(column) && withheld(column);
      scores[column] = hidden ? null : finite(result.scores.get(column)?.[i]);
      ranks[column] = hidden ? null : finite(result.ranks.get(column)?.[i]);
    }
    const raw: Record<string, number | null> = {};
    const flags: Record<string, ValueFlag> = {};
    for (const indicator of indicators) {
      const wasImputed = imputed.get(indicator)?.has(i) ?? false;
      // An imputed cell shows the value it was filled with, flagged as such.
      const value = finite((wasImputed ? result.imputed : result.denominated).get(indicator)?.[i]);
      raw[indicator] = withheld(indicator) ? null : value;
      const flag: ValueFlag | null = withheld(indicator)
        ? 'confidential'
        : wasImputed
          ? 'imputed'
          : value === null
            ? 'missing'
            : district.has(indicator)
              ? 'district'
              : null;
      if (flag) flags[indicator] = flag;
    }
    return { scores, ranks, raw, flags };
  });
  cache.set(snapshot, rows);
  return rows;
}

export function finite(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? x : null;
}

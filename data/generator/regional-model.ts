// data/generator: the 12 metropolitan regions — the Ruhr aggregated from its municipalities, the others synthetic.
import type { IndexStructure } from '../../src/engine/structure.js';
import { areaWeightedMean } from './municipal-model.js';
import { indicatorRate, setIndicatorRate } from './scoring.js';
import {
  DENOMINATORS,
  INDICATORS,
  PERCENTAGES,
  round,
  uniform,
  type Indicator,
  type Municipality,
  type Random,
  type Region,
  type UnitValues,
} from './types.js';

export const RUHR = 'ruhr';

/**
 * The Ruhr as a region: numerators and denominators are the sums over the 53 municipalities, so its
 * ratios are the pooled ratios; fttbh and gigabit (shares of households) are population-weighted and
 * mobile_5g (share of area) area-weighted means of the municipal values.
 */
export function aggregateRuhr(
  municipalities: readonly Municipality[],
  values: Map<string, UnitValues>,
): UnitValues {
  const ruhr = {} as UnitValues;
  const of = (m: Municipality) => values.get(m.ags)!;
  for (const variable of [...INDICATORS, ...DENOMINATORS]) {
    if (PERCENTAGES.has(variable)) continue;
    ruhr[variable] = round(
      municipalities.reduce((sum, m) => sum + of(m)[variable], 0),
      1,
    );
  }
  const population = ruhr.population;
  ruhr.fttbh = round(municipalities.reduce((s, m) => s + m.population * of(m).fttbh, 0) / population, 1);
  ruhr.gigabit = round(municipalities.reduce((s, m) => s + m.population * of(m).gigabit, 0) / population, 1);
  ruhr.mobile_5g = round(
    areaWeightedMean(municipalities, (m) => of(m).mobile_5g),
    1,
  );
  return ruhr;
}

/**
 * Profile of each other region relative to the Ruhr: rate multipliers for the count indicators and
 * percentage-point differences for broadband; mobile_5g is absolute and below the Ruhr's 98.3 %.
 * The Ruhr comes out 10th of 12 on the index, 4th on IT graduates, 1st on 5G and 2nd on digital firms.
 */
interface RegionProfile {
  population: number;
  multipliers: Partial<Record<Indicator, number>>;
  fttbhDelta: number;
  gigabitDelta: number;
  mobile5g: number;
}

const PROFILES: Record<string, RegionProfile> = {
  berlin_brandenburg: {
    population: 6_250_000,
    multipliers: mult(1.3, 1.6, 1.2, 1.5, 1.25, 1.8, 0.93, 1.5, 2.2),
    fttbhDelta: 6,
    gigabitDelta: 8,
    mobile5g: 96.5,
  },
  bremen_oldenburg: {
    population: 2_800_000,
    multipliers: mult(0.8, 0.8, 0.9, 0.85, 0.7, 0.7, 0.85, 0.85, 0.8),
    fttbhDelta: 20,
    gigabitDelta: -4,
    mobile5g: 94.0,
  },
  frankfurt_rhein_main: {
    population: 5_900_000,
    multipliers: mult(1.1, 1.1, 1.5, 1.6, 0.9, 1.5, 0.97, 1.4, 1.3),
    fttbhDelta: 2,
    gigabitDelta: 12,
    mobile5g: 97.2,
  },
  hamburg: {
    population: 5_400_000,
    multipliers: mult(1.0, 1.2, 1.3, 1.5, 0.8, 1.6, 0.95, 1.3, 1.7),
    fttbhDelta: 14,
    gigabitDelta: 13,
    mobile5g: 97.8,
  },
  hannover_bs_goe_wob: {
    population: 3_800_000,
    multipliers: mult(1.3, 1.4, 1.7, 1.2, 0.92, 1.1, 0.92, 1.1, 1.0),
    fttbhDelta: 10,
    gigabitDelta: 2,
    mobile5g: 95.5,
  },
  mitteldeutschland: {
    population: 6_900_000,
    multipliers: mult(1.0, 1.1, 0.6, 0.9, 0.75, 0.7, 0.84, 0.8, 0.9),
    fttbhDelta: 4,
    gigabitDelta: -6,
    mobile5g: 95.0,
  },
  muenchen: {
    population: 6_200_000,
    multipliers: mult(1.5, 1.8, 3.0, 1.9, 1.45, 2.0, 1.04, 1.8, 1.8),
    fttbhDelta: 10,
    gigabitDelta: 6,
    mobile5g: 97.5,
  },
  nuernberg: {
    population: 3_600_000,
    multipliers: mult(1.0, 1.2, 2.2, 1.2, 0.95, 1.1, 0.92, 1.1, 1.0),
    fttbhDelta: 8,
    gigabitDelta: 0,
    mobile5g: 96.0,
  },
  rhein_neckar: {
    population: 2_400_000,
    multipliers: mult(1.4, 1.5, 1.9, 1.3, 1.3, 1.2, 0.95, 1.2, 1.1),
    fttbhDelta: 4,
    gigabitDelta: 4,
    mobile5g: 96.8,
  },
  rheinland: {
    population: 8_700_000,
    multipliers: mult(1.2, 1.3, 1.4, 1.3, 0.93, 1.3, 0.96, 1.2, 1.3),
    fttbhDelta: 5,
    gigabitDelta: 10,
    mobile5g: 98.1,
  },
  stuttgart: {
    population: 5_500_000,
    multipliers: mult(1.2, 1.4, 3.2, 1.4, 0.95, 1.4, 0.98, 1.3, 1.1),
    fttbhDelta: 12,
    gigabitDelta: 2,
    mobile5g: 96.2,
  },
};

/** Multipliers in the order of the spec's count indicators (research … digital_startups). */
function mult(...factors: number[]): Partial<Record<Indicator, number>> {
  const counts = INDICATORS.filter((code) => !PERCENTAGES.has(code));
  return Object.fromEntries(counts.map((code, i) => [code, factors[i]!]));
}

export function buildRegions(
  regions: readonly Region[],
  ruhr: UnitValues,
  structure: IndexStructure,
  rand: Random,
): Map<string, UnitValues> {
  const out = new Map<string, UnitValues>();
  for (const region of regions) {
    if (region.code === RUHR) {
      out.set(region.code, ruhr);
      continue;
    }
    const profile = PROFILES[region.code];
    if (!profile) throw new Error(`no synthetic profile for region ${region.code}`);
    out.set(region.code, syntheticRegion(profile, ruhr, structure, rand));
  }
  return out;
}

function syntheticRegion(
  profile: RegionProfile,
  ruhr: UnitValues,
  structure: IndexStructure,
  rand: Random,
): UnitValues {
  const v = {} as UnitValues;
  // Denominators: same structure as the Ruhr's, scaled to the region's population, with a little noise.
  v.population = Math.round(profile.population * uniform(rand, 0.98, 1.02));
  v.employees = Math.round(v.population * (ruhr.employees / ruhr.population) * uniform(rand, 1.0, 1.12));
  v.firms = Math.round(v.population * (ruhr.firms / ruhr.population) * uniform(rand, 0.95, 1.1));
  v.firms_classified = Math.round(v.firms * (ruhr.firms_classified / ruhr.firms) * uniform(rand, 0.97, 1.03));
  v.job_ads = Math.round(v.employees * (ruhr.job_ads / ruhr.employees) * uniform(rand, 0.95, 1.1));
  for (const code of INDICATORS) {
    if (PERCENTAGES.has(code)) continue;
    setIndicatorRate(v, structure, code, indicatorRate(ruhr, structure, code) * profile.multipliers[code]!);
  }
  v.fttbh = round(ruhr.fttbh + profile.fttbhDelta, 1);
  v.gigabit = round(Math.min(99, ruhr.gigabit + profile.gigabitDelta), 1);
  v.mobile_5g = profile.mobile5g;
  return v;
}

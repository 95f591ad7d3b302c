// data/generator: the shapes and constants shared by the modules of the synthetic demo-data generator.

/** A uniform random number in [0, 1), drawn from the seeded generator only. */
export type Random = () => number;

export type Edition = 2024 | 2025;

/** One of the 53 municipalities, as listed in data/master/municipalities.csv. */
export interface Municipality {
  ags: string;
  name: string;
  kreis: string;
  areaKm2: number;
  population: number;
  lat: number;
  lon: number;
}

/** One of the 12 metropolitan regions, as listed in data/master/regions.csv. */
export interface Region {
  code: string;
  name: string;
  isFocus: boolean;
}

export interface MasterData {
  municipalities: Municipality[];
  regions: Region[];
}

/** Numerators of the 12 indicators (percentages for fttbh, gigabit and mobile_5g). */
export const INDICATORS = [
  'research_institutions',
  'research_projects',
  'digital_patents',
  'it_employees',
  'it_graduates',
  'ai_job_ads',
  'digital_firms',
  'ai_firms',
  'digital_startups',
  'fttbh',
  'gigabit',
  'mobile_5g',
] as const;
export const DENOMINATORS = ['population', 'employees', 'firms', 'firms_classified', 'job_ads'] as const;
export const VARIABLES = [...INDICATORS, ...DENOMINATORS] as const;

export type Indicator = (typeof INDICATORS)[number];
export type Variable = (typeof VARIABLES)[number];

/** The values of every variable for one unit in one edition. */
export type UnitValues = Record<Variable, number>;

/** Variables written with one decimal; every other variable is an integer count. */
export const ONE_DECIMAL: ReadonlySet<Variable> = new Set([
  'digital_patents',
  'fttbh',
  'gigabit',
  'mobile_5g',
]);

/** Indicators given as a percentage of households or area rather than as a count. */
export const PERCENTAGES: ReadonlySet<Variable> = new Set(['fttbh', 'gigabit', 'mobile_5g']);

/** One line of a values-YYYY.csv file. */
export interface ValueRow {
  edition: Edition;
  unitSet: 'municipalities' | 'regions';
  unitCode: string;
  variable: Variable;
  value: number;
  referenceDate: string;
  sourceId: string;
  synthetic: boolean;
}

/** One line of sources.csv. */
export interface SourceRow {
  id: string;
  publisher: string;
  tableCode: string;
  title: string;
  licence: string;
  url: string;
  synthetic: boolean;
}

export function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

export function round(x: number, decimals = 0): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** A uniform number in [low, high). */
export function uniform(rand: Random, low: number, high: number): number {
  return low + (high - low) * rand();
}

// data/generator: builds the synthetic 2025 values of the 53 municipalities from the design tables, rules and the seed.
import type { IndexStructure } from '../../src/engine/structure.js';
import * as design from './design.js';
import { setIndicatorRate } from './scoring.js';
import { spreadBelowAverage } from './spread.js';
import {
  clamp,
  round,
  uniform,
  type Indicator,
  type Municipality,
  type Random,
  type UnitValues,
} from './types.js';

/** A municipality with the location factors (0..1) the rules are written in. */
export interface Place extends Municipality {
  /** 1 on the northern rim (Haltern, Hamminkeln), 0 south of the Ruhr valley. */
  north: number;
  /** 1 at the eastern edge (Hamm, Bönen), 0 west of Dortmund. */
  east: number;
  /** 1 in the hilly south (Breckerfeld), 0 north of the Ruhr valley. */
  south: number;
  /** Population density on a log scale: 0 rural (≤ 120 /km²), 1 dense city (≥ 3,000 /km²). */
  urban: number;
  /** Population on a log scale: 0 for a village of 10,000, 1 for a town of 150,000 or more. */
  size: number;
  /** Closeness to the economic axis Kamp-Lintfort – Essen – Dortmund – Holzwickede (0..1). */
  axis: number;
  /** One of the seven front-runners, whose values are hand-set. */
  leader: boolean;
}

function describePlace(m: Municipality): Place {
  const density = m.population / m.areaKm2;
  const onAxis = m.lon >= 6.5 && m.lon <= 7.72;
  return {
    ...m,
    north: clamp((m.lat - 51.4) / 0.345, 0, 1),
    east: clamp((m.lon - 7.45) / 0.37, 0, 1),
    south: clamp((51.45 - m.lat) / 0.19, 0, 1),
    urban: clamp(Math.log(density / 120) / Math.log(3000 / 120), 0, 1),
    size: clamp(Math.log(m.population / 10000) / Math.log(150000 / 10000), 0, 1),
    axis: onAxis ? clamp(1 - Math.abs(m.lat - 51.485) / 0.09, 0, 1) : 0,
    leader: (design.LEADERS as readonly string[]).includes(m.name),
  };
}

/** The value the design sets for a municipality and indicator, if any (front-runner profile or named value). */
function handSet(p: Place, code: Indicator): number | undefined {
  const profile = p.leader ? design.FRONT_RUNNERS[p.name as design.Leader] : design.NAMED[p.name];
  return profile?.[code];
}

/** Sets an indicator to its hand-set value if the design has one, else to the rule's value. */
type SetRate = (p: Place, code: Indicator, model: number) => void;

/**
 * Builds every value: denominators, then the rules for each indicator, then the calibration that spreads
 * the non-leaders below the average (spread.ts). Each rule draws its random numbers for all
 * municipalities in master-data order, hand-set or not, so that changing a hand-set value leaves the
 * others' draws as they are.
 */
export function buildMunicipalities(
  municipalities: readonly Municipality[],
  structure: IndexStructure,
  rand: Random,
): Map<string, UnitValues> {
  const places = municipalities.map(describePlace);
  const values = new Map(places.map((p) => [p.ags, emptyValues(p)]));
  const get = (p: Place) => values.get(p.ags)!;
  const rate: SetRate = (p, code, model) =>
    setIndicatorRate(get(p), structure, code, handSet(p, code) ?? model);

  for (const p of places) setDenominators(get(p), p, rand);
  const maturity = new Map(places.map((p) => [p.ags, digitalMaturity(p, rand)]));
  for (const p of places) setResearch(get(p), p, rate, rand);
  setItGraduates(places, values, structure);
  setAiJobAds(places, maturity, rate, rand);
  for (const p of places) setFirms(get(p), p, maturity.get(p.ags)!, rate, rand);
  for (const p of places) setBroadband(get(p), p, rand);
  setMobile5g(places, values, rand);

  const draws = new Map(places.map((p) => [p.ags, drawDigital(get(p), rand)]));
  const setMaturity = (p: Place, residual: number) =>
    setDigital(get(p), p, maturity.get(p.ags)! + residual, draws.get(p.ags)!, rate);
  for (const p of places) setMaturity(p, 0);
  spreadBelowAverage(places, values, structure, setMaturity);
  return values;
}

function emptyValues(p: Place): UnitValues {
  const v = {} as UnitValues;
  v.population = p.population;
  return v;
}

/**
 * Digital maturity (about 0..1) of a municipality as the rules see it: bigger towns, towns on the axis
 * and the industrial Mittelstand of the south have more IT jobs, more AI-affine firms, more patents and
 * start-ups. It drives several rules, so that a town is consistently stronger or weaker across
 * indicators, as in real regional statistics; small villages away from the axis (the north of the Wesel
 * district above all) come out lowest. The calibration adds a residual (spread.ts).
 */
function digitalMaturity(p: Place, rand: Random): number {
  return 0.75 * p.size + 0.25 * p.axis + 0.15 * p.urban + 0.4 * p.south + uniform(rand, -0.1, 0.1);
}

function setDenominators(v: UnitValues, p: Place, rand: Random): void {
  const employeeRatio = design.EMPLOYEE_RATIO[p.name] ?? 0.31 + 0.1 * p.urban + uniform(rand, -0.015, 0.015);
  v.employees = Math.round(p.population * clamp(employeeRatio, 0.3, 0.45));
  // Small firms are more frequent in the Mittelstand south; 4–6 % of the population.
  v.firms = Math.round(
    p.population * clamp(0.045 + 0.006 * p.south + uniform(rand, -0.004, 0.004), 0.04, 0.06),
  );
  v.firms_classified = Math.round(v.firms * uniform(rand, 0.52, 0.62));
  v.job_ads = Math.round(v.employees * (0.035 + 0.012 * p.urban + uniform(rand, -0.003, 0.003)));
}

/**
 * Research institutions come from the design table; funded projects follow them (a few per institute,
 * none in most towns, finding 3), plus the odd single project of a firm elsewhere.
 */
function setResearch(v: UnitValues, p: Place, rate: SetRate, rand: Random): void {
  v.research_institutions = design.RESEARCH_INSTITUTIONS[p.name] ?? 0;
  const institutesPer100k = (100000 * v.research_institutions) / p.population;
  const singleProject = v.employees >= 12000 && rand() < 0.25 ? 1 : 0;
  rate(p, 'research_projects', institutesPer100k * uniform(rand, 0.15, 0.3));
  if (v.research_institutions === 0 && handSet(p, 'research_projects') === undefined)
    v.research_projects = singleProject;
}

/** IT graduates are counted at the university's seat; the Ruhr total is set to 1.6 per 1,000 employees. */
function setItGraduates(places: Place[], values: Map<string, UnitValues>, structure: IndexStructure): void {
  const totalEmployees = places.reduce((sum, p) => sum + values.get(p.ags)!.employees, 0);
  const weight = (p: Place) => design.IT_GRADUATES_WEIGHT[p.name] ?? 0;
  const weighted = places.reduce((sum, p) => sum + weight(p) * values.get(p.ags)!.employees, 0);
  const factor = (design.RUHR_IT_GRADUATES_PER_1000 * totalEmployees) / weighted;
  for (const p of places) setIndicatorRate(values.get(p.ags)!, structure, 'it_graduates', weight(p) * factor);
}

/**
 * Job ads asking for AI skills (finding 8): the Duisburg–Dortmund axis has them in proportion to its
 * maturity; the most mature of the other towns have a few; everyone else none.
 */
function setAiJobAds(places: Place[], maturity: Map<string, number>, rate: SetRate, rand: Random): void {
  const onAxis = (p: Place) => design.AI_ADS_AXIS.includes(p.name);
  const candidates = places.filter((p) => !onAxis(p) && !p.leader && !design.NO_AI_JOB_ADS.includes(p.name));
  const byMaturity = [...candidates].sort((a, b) => maturity.get(b.ags)! - maturity.get(a.ags)!);
  const extra = new Set(byMaturity.slice(0, design.AI_JOB_ADS_EXTRA_PLACES));
  for (const p of places) {
    const m = maturity.get(p.ags)!;
    const noise = uniform(rand, 0.8, 1.2);
    const share = onAxis(p) ? (0.1 + 0.6 * m) * noise : extra.has(p) ? 0.25 * m * noise : 0;
    rate(p, 'ai_job_ads', share);
  }
}

/**
 * Digital-affine firms (finding 10) are frequent along the axis and in the Mittelstand south and lag in
 * the north.
 */
function setFirms(v: UnitValues, p: Place, maturity: number, rate: SetRate, rand: Random): void {
  const digital = 16 + 7 * p.axis + 3 * maturity + 4 * p.south - 3 * p.north + uniform(rand, -1.5, 1.5);
  rate(p, 'digital_firms', clamp(digital, 13, 29));
}

/** The seeded draws of one municipality for the values that follow its digital maturity. */
interface DigitalDraws {
  itShare: number;
  aiFirms: number;
  /** Some small places have no patent at all. */
  noPatents: boolean;
  patents: number;
  startups: number;
}

function drawDigital(v: UnitValues, rand: Random): DigitalDraws {
  return {
    itShare: uniform(rand, -0.15, 0.15),
    aiFirms: uniform(rand, -0.2, 0.2),
    noPatents: v.employees < 8000 && rand() < 0.2,
    patents: 12 * rand() ** 2,
    startups: uniform(rand, 0, 8),
  };
}

/**
 * The values that follow digital maturity: the IT share of employees (%), AI-affine firms (%), patents
 * (more in the industrial south) and start-ups (clustering on the eastern part of the axis, Essen –
 * Holzwickede, finding 9). On average big cities come out above small rural towns on all four.
 */
function setDigital(v: UnitValues, p: Place, maturity: number, d: DigitalDraws, rate: SetRate): void {
  const itShare = 1.45 + 1.3 * maturity + d.itShare;
  rate(p, 'it_employees', design.IT_EMPLOYEES_LAST[p.name] ?? Math.max(design.IT_EMPLOYEES_FLOOR, itShare));
  rate(p, 'ai_firms', Math.max(0.8, 2.0 + 1.6 * maturity + d.aiFirms));
  const patents = 10 + 8 * maturity + 18 * p.south + d.patents;
  rate(p, 'digital_patents', d.noPatents ? 0 : Math.max(0, patents));
  const eastAxis = p.lon >= 6.95 ? p.axis : 0;
  const startups = 8 + 6 * p.urban + 10 * eastAxis + 5 * maturity + d.startups;
  rate(p, 'digital_startups', Math.max(0, startups));
  if (design.NO_STARTUPS.includes(p.name)) v.digital_startups = 0;
  else v.digital_startups = Math.max(1, v.digital_startups);
}

/**
 * FTTB/H rises towards the northern rim (finding 5) and falls towards the east: the rural Kreis Wesel
 * gets extra fibre from demand-bundling roll-outs, rural areas elsewhere a little from subsidised
 * roll-outs, the south some from municipal utilities; the denser towns of the north, which have cable,
 * least. Gigabit adds cable, mostly in cities.
 */
function setBroadband(v: UnitValues, p: Place, rand: Random): void {
  const bundling = p.kreis === 'Kreis Wesel' ? 20 * (1 - p.urban) ** 2 : 0;
  const fttbh = clamp(
    7 +
      50 * p.north ** 1.4 +
      bundling +
      10 * (1 - p.urban) -
      12 * p.urban * p.north -
      8 * p.east +
      8 * p.south +
      uniform(rand, -5, 5),
    5,
    75,
  );
  v.fttbh = round(handSet(p, 'fttbh') ?? fttbh, 1);
  const cable = clamp(
    0.3 + 0.3 * p.urban - 0.1 * p.east - 0.05 * p.south + uniform(rand, -0.05, 0.05),
    0.1,
    0.85,
  );
  v.gigabit = round(handSet(p, 'gigabit') ?? Math.max(45, v.fttbh + (99 - v.fttbh) * cable), 1);
}

/**
 * 5G gaps grow with rurality and hills. All gaps except the hand-set values are scaled so that the
 * area-weighted mean is exactly 98.3 % (the Ruhr's value, finding 11), then rounded to one decimal.
 */
function setMobile5g(places: Place[], values: Map<string, UnitValues>, rand: Random): void {
  const gaps = new Map(
    places.map((p) => [
      p.ags,
      0.25 + 3 * (1 - p.urban) ** 1.5 + 0.8 * p.south * (1 - p.urban) + uniform(rand, 0, 0.6),
    ]),
  );
  const coverage = (p: Place, k: number) =>
    handSet(p, 'mobile_5g') ?? round(100 - clamp(k * gaps.get(p.ags)!, 100 - design.MOBILE_5G_CAP, 12), 1);
  const mean = (k: number) => areaWeightedMean(places, (p) => coverage(p, k));
  let [low, high] = [0.01, 5];
  for (let i = 0; i < 60; i++) {
    const k = (low + high) / 2;
    if (mean(k) > design.RUHR_MOBILE_5G) low = k;
    else high = k;
  }
  for (const p of places) values.get(p.ags)!.mobile_5g = coverage(p, low);
  nudgeTowardsMean(places, values, design.RUHR_MOBILE_5G);
}

/** Rounding to one decimal can move the weighted mean; nudge the largest municipality by 0.1 steps. */
function nudgeTowardsMean(places: Place[], values: Map<string, UnitValues>, target: number): void {
  const largest = places
    .filter((p) => handSet(p, 'mobile_5g') === undefined)
    .sort((a, b) => b.areaKm2 - a.areaKm2)[0]!;
  const v = values.get(largest.ags)!;
  for (let i = 0; i < 20; i++) {
    const error = areaWeightedMean(places, (p) => values.get(p.ags)!.mobile_5g) - target;
    if (Math.abs(error) < 0.01) return;
    v.mobile_5g = round(v.mobile_5g - Math.sign(error) * 0.1, 1);
  }
}

export function areaWeightedMean<T extends Municipality>(
  places: readonly T[],
  value: (p: T) => number,
): number {
  const area = places.reduce((sum, p) => sum + p.areaKm2, 0);
  return places.reduce((sum, p) => sum + p.areaKm2 * value(p), 0) / area;
}

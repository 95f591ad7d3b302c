// data/generator: builds the synthetic 2025 values of the 53 municipalities from the design tables, rules and the seed.
import { computeIndex } from '../../src/engine/pipeline.js';
import type { IndexStructure } from '../../src/engine/structure.js';
import * as design from './design.js';
import { buildMatrix, indicatorRate, placeIndex, rangesOf, setIndicatorRate } from './scoring.js';
import { clamp, round, uniform, type Municipality, type Random, type UnitValues } from './types.js';

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
  /** Closeness to the economic axis Kamp-Lintfort – Essen – Dortmund – Holzwickede (0..1). */
  axis: number;
}

function describePlace(m: Municipality): Place {
  const density = m.population / m.areaKm2;
  const onAxis = m.lon >= 6.5 && m.lon <= 7.65;
  return {
    ...m,
    north: clamp((m.lat - 51.4) / 0.345, 0, 1),
    east: clamp((m.lon - 7.45) / 0.37, 0, 1),
    south: clamp((51.45 - m.lat) / 0.19, 0, 1),
    urban: clamp(Math.log(density / 120) / Math.log(3000 / 120), 0, 1),
    axis: onAxis ? clamp(1 - Math.abs(m.lat - 51.485) / 0.09, 0, 1) : 0,
  };
}

/** Inputs of the balancing step: values that are scaled by a municipality's "digital maturity". */
interface LeverBase {
  aiFirmsShare: number;
  patentsRate: number;
  itShare: number;
  startupsRate: number;
}

/**
 * The values a non-leader's "digital maturity" f scales: value = base × e^(elasticity × f), kept within
 * bounds that leave the leaders of each indicator in front (f runs from −3 to 3).
 */
const LEVERS = {
  ai_firms: { elasticity: 0.5, min: 1.5, max: 7.0 },
  digital_patents: { elasticity: 0.4, min: 0, max: 45 },
  it_employees: { elasticity: 0.12, min: design.IT_EMPLOYEES_FLOOR, max: 4.2 },
  digital_startups: { elasticity: 0.3, min: 0, max: 45 },
};
type Lever = keyof typeof LEVERS;

function scaled(lever: Lever, base: number, f: number): number {
  const { elasticity, min, max } = LEVERS[lever];
  return clamp(base * Math.exp(elasticity * f), min, max);
}

const MATURITY_LIMIT = 3;

export function buildMunicipalities(
  municipalities: readonly Municipality[],
  structure: IndexStructure,
  rand: Random,
): Map<string, UnitValues> {
  const places = municipalities.map(describePlace);
  const values = new Map(places.map((p) => [p.ags, emptyValues(p)]));
  const get = (p: Place) => values.get(p.ags)!;

  for (const p of places) setDenominators(get(p), p, rand);
  for (const p of places) setResearch(get(p), p, structure, rand);
  setItGraduates(places, values, structure);
  setAiJobAds(places, values, structure, rand);
  for (const p of places) setCompanies(get(p), p, structure, rand);
  for (const p of places) setBroadband(get(p), p, rand);
  setMobile5g(places, values, rand);

  const bases = new Map(places.map((p) => [p.ags, leverBase(get(p), p, structure, rand)]));
  const depths = new Map(places.map((p) => [p.ags, backgroundDepth(p, rand)]));
  balance(places, values, bases, depths, structure);
  return values;
}

function emptyValues(p: Place): UnitValues {
  const v = {} as UnitValues;
  v.population = p.population;
  return v;
}

function pick(table: Record<string, number>, name: string): number | undefined {
  return table[name];
}

function setDenominators(v: UnitValues, p: Place, rand: Random): void {
  const employeeRatio =
    pick(design.EMPLOYEE_RATIO, p.name) ?? 0.31 + 0.1 * p.urban + uniform(rand, -0.015, 0.015);
  v.employees = Math.round(p.population * clamp(employeeRatio, 0.3, 0.45));
  // Small firms are more frequent in the Mittelstand south; 4–6 % of the population.
  v.firms = Math.round(
    p.population * clamp(0.045 + 0.006 * p.south + uniform(rand, -0.004, 0.004), 0.04, 0.06),
  );
  v.firms_classified = Math.round(v.firms * uniform(rand, 0.52, 0.62));
  v.job_ads = Math.round(v.employees * (0.035 + 0.012 * p.urban + uniform(rand, -0.003, 0.003)));
}

function setResearch(v: UnitValues, p: Place, structure: IndexStructure, rand: Random): void {
  v.research_institutions = pick(design.RESEARCH_INSTITUTIONS, p.name) ?? 0;
  const projectsRate = pick(design.RESEARCH_PROJECTS_RATE, p.name);
  if (projectsRate !== undefined) setIndicatorRate(v, structure, 'research_projects', projectsRate);
  else v.research_projects = v.employees >= 12000 && rand() < 0.25 ? 1 : 0;
  // Patents: some small places without any; the industrial south patents a little more.
  const patents = v.employees < 8000 && rand() < 0.25 ? 0 : 4 + 22 * rand() ** 1.5 + 8 * p.south;
  setIndicatorRate(v, structure, 'digital_patents', pick(design.PATENTS_RATE, p.name) ?? patents);
}

/** IT graduates are counted at the university's seat; the Ruhr total is set to 1.6 per 1,000 employees. */
function setItGraduates(places: Place[], values: Map<string, UnitValues>, structure: IndexStructure): void {
  const totalEmployees = places.reduce((sum, p) => sum + values.get(p.ags)!.employees, 0);
  const weighted = places.reduce(
    (sum, p) => sum + (pick(design.IT_GRADUATES_WEIGHT, p.name) ?? 0) * values.get(p.ags)!.employees,
    0,
  );
  const factor = (design.RUHR_IT_GRADUATES_PER_1000 * totalEmployees) / weighted;
  for (const p of places) {
    setIndicatorRate(
      values.get(p.ags)!,
      structure,
      'it_graduates',
      (pick(design.IT_GRADUATES_WEIGHT, p.name) ?? 0) * factor,
    );
  }
}

/** AI job ads: the design table plus a few random larger places with one or two ads; all others none. */
function setAiJobAds(
  places: Place[],
  values: Map<string, UnitValues>,
  structure: IndexStructure,
  rand: Random,
): void {
  const candidates = places.filter(
    (p) =>
      pick(design.AI_JOB_ADS_SHARE, p.name) === undefined &&
      !design.NO_AI_JOB_ADS.includes(p.name) &&
      values.get(p.ags)!.employees >= 12000,
  );
  const extra = new Set(shuffle(candidates, rand).slice(0, design.AI_JOB_ADS_EXTRA_PLACES));
  for (const p of places) {
    const v = values.get(p.ags)!;
    const share = pick(design.AI_JOB_ADS_SHARE, p.name) ?? (extra.has(p) ? uniform(rand, 0.15, 0.6) : 0);
    setIndicatorRate(v, structure, 'ai_job_ads', share);
    if (share > 0) v.ai_job_ads = Math.max(1, v.ai_job_ads);
  }
}

function setCompanies(v: UnitValues, p: Place, structure: IndexStructure, rand: Random): void {
  // Digital-affine firms: high along the axis, lagging in the north.
  const digital = clamp(
    18.5 + 6 * p.axis + 2 * p.urban + 6 * p.south - 4 * p.north + uniform(rand, -1.5, 1.5),
    14,
    27,
  );
  setIndicatorRate(v, structure, 'digital_firms', pick(design.DIGITAL_FIRMS_SHARE, p.name) ?? digital);
  // Start-ups: high along the eastern part of the axis (Essen – Holzwickede).
  const eastAxis = p.lon >= 6.95 ? p.axis : 0;
  const startups = 8 + 10 * p.urban + 26 * eastAxis + uniform(rand, 0, 8);
  const explicit = pick(design.STARTUPS_RATE, p.name);
  setIndicatorRate(v, structure, 'digital_startups', explicit ?? startups);
  if (design.NO_STARTUPS.includes(p.name)) v.digital_startups = 0;
  else v.digital_startups = Math.max(1, v.digital_startups);
}

/**
 * FTTB/H rises towards the northern rim and falls towards the south and east; the rural Kreis Wesel
 * gets extra fibre from demand-bundling roll-outs. Gigabit adds cable, mostly in cities.
 */
function setBroadband(v: UnitValues, p: Place, rand: Random): void {
  const bundling = p.kreis === 'Kreis Wesel' ? 20 * (1 - p.urban) ** 2 : 0;
  const fttbh = clamp(
    7 + 58 * p.north ** 1.4 + bundling - 8 * p.east - 4 * p.south + uniform(rand, -5, 5),
    5,
    75,
  );
  v.fttbh = round(pick(design.FTTBH, p.name) ?? fttbh, 1);
  const cable = clamp(
    0.36 + 0.4 * p.urban - 0.1 * p.east - 0.05 * p.south + uniform(rand, -0.05, 0.05),
    0.1,
    0.85,
  );
  v.gigabit = round(pick(design.GIGABIT, p.name) ?? Math.max(45, v.fttbh + (99 - v.fttbh) * cable), 1);
}

/**
 * 5G gaps grow with rurality and hills. All gaps except the fixed values of the design are scaled so
 * that the area-weighted mean is exactly 98.3 % (the Ruhr's value, finding 11), then rounded to one decimal.
 */
function setMobile5g(places: Place[], values: Map<string, UnitValues>, rand: Random): void {
  const gaps = new Map(
    places.map((p) => [
      p.ags,
      0.25 + 3 * (1 - p.urban) ** 1.5 + 0.8 * p.south * (1 - p.urban) + uniform(rand, 0, 0.6),
    ]),
  );
  const coverage = (p: Place, k: number) =>
    pick(design.MOBILE_5G_FIXED, p.name) ??
    round(100 - clamp(k * gaps.get(p.ags)!, 100 - design.MOBILE_5G_CAP, 12), 1);
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
    .filter((p) => !(p.name in design.MOBILE_5G_FIXED))
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

function leverBase(v: UnitValues, p: Place, structure: IndexStructure, rand: Random): LeverBase {
  return {
    aiFirmsShare: pick(design.AI_FIRMS_SHARE, p.name) ?? uniform(rand, 2.0, 3.5),
    patentsRate: indicatorRate(v, structure, 'digital_patents'),
    startupsRate: indicatorRate(v, structure, 'digital_startups'),
    itShare:
      pick(design.IT_EMPLOYEES_SHARE, p.name) ??
      Math.max(design.IT_EMPLOYEES_FLOOR, 1.45 + 0.9 * p.urban + 0.5 * p.axis + uniform(rand, -0.15, 0.25)),
  };
}

/** Relative depth (0..1) below the common background level: rural places a little lower, plus noise. */
function backgroundDepth(p: Place, rand: Random): number {
  return 0.4 * (1 - p.urban) + 0.6 * rand();
}

const isLeader = (p: Place) => (design.LEADERS as readonly string[]).includes(p.name);

/** Leaders keep their designed values; the others scale AI firms, patents, IT share and start-ups by maturity f. */
function applyLevers(v: UnitValues, p: Place, base: LeverBase, f: number, structure: IndexStructure): void {
  if (isLeader(p)) {
    setIndicatorRate(v, structure, 'ai_firms', base.aiFirmsShare);
    setIndicatorRate(v, structure, 'it_employees', base.itShare);
    return;
  }
  setIndicatorRate(v, structure, 'ai_firms', scaled('ai_firms', base.aiFirmsShare, f));
  // Rounding must not push the share below the floor, which anchors the bottom of the scale.
  v.ai_firms = Math.max(v.ai_firms, Math.ceil((LEVERS.ai_firms.min * v.firms_classified) / 100));
  if (!(p.name in design.PATENTS_RATE)) {
    setIndicatorRate(v, structure, 'digital_patents', scaled('digital_patents', base.patentsRate, f));
  }
  const fixedIt = p.name in design.IT_EMPLOYEES_SHARE;
  const itFloor = design.IT_AXIS.includes(p.name) ? design.IT_AXIS_FLOOR : 0;
  const itShare = fixedIt ? base.itShare : Math.max(itFloor, scaled('it_employees', base.itShare, f));
  setIndicatorRate(v, structure, 'it_employees', itShare);
  if (!(p.name in design.STARTUPS_RATE) && v.digital_startups > 0) {
    setIndicatorRate(v, structure, 'digital_startups', scaled('digital_startups', base.startupsRate, f));
    v.digital_startups = Math.max(1, v.digital_startups);
  }
}

/**
 * Balancing: every non-leader is aimed at a common background level minus depth × spread, so that the
 * leaders stand clearly above the Ruhr average and everyone else clearly below it (finding 1). Level and
 * spread are chosen so that both gaps (mean − best non-leader, last leader − mean) are at least
 * TARGET_GAP with the widest spread possible. Min-max ranges depend on the values, so the loop repeats
 * with the realised ranges.
 */
function balance(
  places: Place[],
  values: Map<string, UnitValues>,
  bases: Map<string, LeverBase>,
  depths: Map<string, number>,
  structure: IndexStructure,
): void {
  const maturity = new Map(places.map((p) => [p.ags, 0]));
  const apply = () => {
    for (const p of places)
      applyLevers(values.get(p.ags)!, p, bases.get(p.ags)!, maturity.get(p.ags)!, structure);
  };
  apply();
  for (let pass = 0; pass < 4; pass++) {
    const ranges = rangesOf(computeIndex(structure, buildMatrix(places, values)));
    const scoreAt = (p: Place, f: number) => {
      const v = { ...values.get(p.ags)! };
      applyLevers(v, p, bases.get(p.ags)!, f, structure);
      return placeIndex(structure, v, ranges);
    };
    const others = places.filter((p) => !isLeader(p));
    const reach = others.map((p) => ({
      depth: depths.get(p.ags)!,
      low: scoreAt(p, -MATURITY_LIMIT),
      high: scoreAt(p, MATURITY_LIMIT),
    }));
    const leaders = places.filter(isLeader).map((p) => scoreAt(p, 0));
    const { level, spread } = chooseBackground(leaders, reach);
    for (const p of others) {
      maturity.set(
        p.ags,
        solveMaturity((f) => scoreAt(p, f), level - spread * depths.get(p.ags)!),
      );
    }
    apply();
  }
}

/** Index points between the Ruhr average and the nearest municipality on either side (≥ 2 plus headroom). */
const TARGET_GAP = 2.5;

interface Reach {
  depth: number;
  low: number;
  high: number;
}

function chooseBackground(leaders: number[], reach: Reach[]): { level: number; spread: number } {
  let fallback = { level: 0, spread: 0, gap: -Infinity };
  for (let step = 80; step >= 0; step--) {
    const spread = step / 10;
    const best = bestLevel(leaders, reach, spread);
    if (best.gap >= TARGET_GAP) return { level: best.level, spread };
    if (best.gap > fallback.gap) fallback = { ...best, spread };
  }
  return fallback;
}

function bestLevel(leaders: number[], reach: Reach[], spread: number): { level: number; gap: number } {
  const lastLeader = Math.min(...leaders);
  const leaderSum = leaders.reduce((a, b) => a + b, 0);
  let best = { level: 0, gap: -Infinity };
  for (let step = 100; step <= 900; step++) {
    const level = step / 20;
    const scores = reach.map((r) => clamp(level - spread * r.depth, r.low, r.high));
    const mean = (leaderSum + scores.reduce((a, b) => a + b, 0)) / (leaders.length + scores.length);
    const gap = Math.min(mean - Math.max(...scores), lastLeader - mean);
    if (gap > best.gap) best = { level, gap };
  }
  return best;
}

/** Bisection for the maturity that brings a municipality's index closest to the target. */
function solveMaturity(score: (f: number) => number, target: number): number {
  let [low, high] = [-MATURITY_LIMIT, MATURITY_LIMIT];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (score(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function shuffle<T>(items: readonly T[], rand: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

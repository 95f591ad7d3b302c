// data/generator: checks the findings and the spread of the index on generated rows with the engine; lists every failure.
import { computeIndex, type IndexResult } from '../../src/engine/pipeline.js';
import type { DataMatrix } from '../../src/engine/matrix.js';
import type { IndexStructure } from '../../src/engine/structure.js';
import { RUHR } from './regional-model.js';
import { VARIABLES, type MasterData, type Municipality, type ValueRow } from './types.js';

/** The article's statements, written down once (deliberately independent of the design tables). */
const ARTICLE = {
  leaders: ['Dortmund', 'Holzwickede', 'Bochum', 'Essen', 'Haltern am See', 'Hünxe', 'Gelsenkirchen'],
  universityTowns: [
    'Bochum',
    'Dortmund',
    'Essen',
    'Duisburg',
    'Witten',
    'Hagen',
    'Gelsenkirchen',
    'Bottrop',
    'Mülheim an der Ruhr',
    'Kamp-Lintfort',
    'Recklinghausen',
    'Hamm',
  ],
  aiAdsAxis: [
    'Duisburg',
    'Mülheim an der Ruhr',
    'Oberhausen',
    'Essen',
    'Gelsenkirchen',
    'Bochum',
    'Herne',
    'Dortmund',
  ],
  startupAxis: ['Essen', 'Gelsenkirchen', 'Bochum', 'Herne', 'Dortmund', 'Holzwickede'],
  firmsAxis: [
    'Kamp-Lintfort',
    'Moers',
    'Duisburg',
    'Oberhausen',
    'Essen',
    'Bochum',
    'Dortmund',
    'Holzwickede',
  ],
};
const NORTH_LAT = 51.6;
/**
 * Not a finding but what makes the data look like a real index in a dashboard: the 46 municipalities
 * below the front-runners spread smoothly instead of crowding just below the average.
 */
const SPREAD = { minSd: 4, windowPoints: 5, maxInWindow: 20 };

export interface Evaluation {
  codes: string[];
  result: IndexResult;
  /** Raw value of a variable (numerator, percentage or denominator) by unit code. */
  raw: (variable: string, code: string) => number;
  /** Indicator value after division by its denominator. */
  rate: (indicator: string, code: string) => number;
  score: (node: string, code: string) => number;
  rank: (node: string, code: string) => number;
}

export function evaluate(
  structure: IndexStructure,
  rows: readonly ValueRow[],
  unitSet: ValueRow['unitSet'],
): Evaluation {
  const own = rows.filter((r) => r.unitSet === unitSet);
  const codes = [...new Set(own.map((r) => r.unitCode))];
  const position = new Map(codes.map((c, i) => [c, i]));
  const columns = new Map(
    VARIABLES.map((v) => [v as string, new Float64Array(codes.length).fill(Number.NaN)]),
  );
  for (const r of own) columns.get(r.variable)![position.get(r.unitCode)!] = r.value;
  const matrix: DataMatrix = { units: codes, columns };
  const result = computeIndex(structure, matrix);
  const at = (map: Map<string, Float64Array>, key: string, code: string) =>
    map.get(key)![position.get(code)!]!;
  return {
    codes,
    result,
    raw: (variable, code) => at(columns, variable, code),
    rate: (indicator, code) => at(result.denominated, indicator, code),
    score: (node, code) => at(result.scores, node, code),
    rank: (node, code) => at(result.ranks, node, code),
  };
}

/** The municipalities' codes by index, best first, with the unweighted Ruhr average. */
export function ranking(ev: Evaluation): { order: string[]; mean: number } {
  const order = [...ev.codes].sort((a, b) => ev.score('index', b) - ev.score('index', a));
  const mean = ev.codes.reduce((s, c) => s + ev.score('index', c), 0) / ev.codes.length;
  return { order, mean };
}

/** What every check sees: the evaluated unit sets, look-ups by municipality name, and where to report. */
interface Context {
  m: Evaluation;
  regions: Evaluation;
  places: Municipality[];
  names: string[];
  code: (name: string) => string;
  fail: (ok: boolean, message: string) => void;
}

export function checkFindings(
  structure: IndexStructure,
  master: MasterData,
  rows2025: readonly ValueRow[],
): string[] {
  const failures: string[] = [];
  const ags = new Map(master.municipalities.map((x) => [x.name, x.ags]));
  const context: Context = {
    m: evaluate(structure, rows2025, 'municipalities'),
    regions: evaluate(structure, rows2025, 'regions'),
    places: master.municipalities,
    names: master.municipalities.map((x) => x.name),
    code: (name) => ags.get(name)!,
    fail: (ok, message) => {
      if (!ok) failures.push(message);
    },
  };
  const checks = [
    leadersAboveAverage,
    researchLeaders,
    researchProjects,
    patents,
    infrastructure,
    mobile5g,
    employment,
    aiJobAds,
    startups,
    digitalFirms,
    regions,
    spreadBelowFrontRunners,
  ];
  for (const check of checks) check(context);
  return failures;
}

/** Finding 1: seven municipalities above the Ruhr average, in order, with clear gaps. */
function leadersAboveAverage({ m, code, fail }: Context): void {
  const { order, mean } = ranking(m);
  const above = order.filter((c) => m.score('index', c) > mean).length;
  fail(above === 7, `1: ${above} municipalities above the Ruhr average, expected 7`);
  ARTICLE.leaders.forEach((name, i) => {
    const rank = m.rank('index', code(name));
    fail(rank === i + 1, `1: ${name} has index rank ${rank}, expected ${i + 1}`);
  });
  const [seventh, eighth] = [m.score('index', order[6]!), m.score('index', order[7]!)];
  fail(seventh - eighth >= 2, `1: gap rank 7 – rank 8 is ${(seventh - eighth).toFixed(2)} < 2`);
  fail(mean - eighth >= 2, `1: gap mean – rank 8 is ${(mean - eighth).toFixed(2)} < 2`);
}

/** Finding 2: Bochum and Dortmund lead research; institutions only in the university towns. */
function researchLeaders({ m, places, code, fail }: Context): void {
  for (const name of ['Bochum', 'Dortmund']) {
    fail(m.rank('research', code(name)) <= 2, `2: ${name} research rank ${m.rank('research', code(name))}`);
  }
  for (const name of ARTICLE.universityTowns) {
    fail(m.raw('research_institutions', code(name)) > 0, `2: ${name} has no research institution`);
  }
  const small = places.filter((x) => x.population < 30000 && m.raw('research_institutions', x.ags) > 0);
  fail(small.length === 0, `2: small municipalities with research institutions: ${small.map((x) => x.name)}`);
}

/** Finding 3: funding on few places, Kamp-Lintfort and Bochum first. */
function researchProjects({ m, places, code, fail }: Context): void {
  fail(
    m.rank('research_projects', code('Kamp-Lintfort')) === 1,
    '3: Kamp-Lintfort not rank 1 on research_projects',
  );
  fail(m.rank('research_projects', code('Bochum')) === 2, '3: Bochum not rank 2 on research_projects');
  const zeros = places.filter((x) => m.raw('research_projects', x.ags) === 0).length;
  fail(zeros >= 27, `3: only ${zeros} municipalities without research projects`);
}

/** Finding 4: Hünxe and Ennepetal lead on digital patents. */
function patents({ m, code, fail }: Context): void {
  fail(m.rank('digital_patents', code('Hünxe')) === 1, '4: Hünxe not rank 1 on digital_patents');
  fail(m.rank('digital_patents', code('Ennepetal')) === 2, '4: Ennepetal not rank 2 on digital_patents');
}

/** Finding 5: Hünxe, Schermbeck, Sonsbeck lead infrastructure; fibre is better on the northern rim. */
function infrastructure({ m, places, code, fail }: Context): void {
  for (const name of ['Hünxe', 'Schermbeck', 'Sonsbeck']) {
    const rank = m.rank('infrastructure', code(name));
    fail(rank <= 3, `5: ${name} infrastructure rank ${rank}`);
  }
  const rho = spearman(
    places.map((x) => x.lat),
    places.map((x) => m.raw('fttbh', x.ags)),
  );
  fail(rho > 0.5, `5: Spearman(fttbh, latitude) = ${rho.toFixed(2)} ≤ 0.5`);
  const north = places.filter((x) => x.lat >= NORTH_LAT);
  const southEast = places.filter((x) => x.lat < 51.45 || x.lon > 7.55);
  for (const variable of ['fttbh', 'gigabit']) {
    const n = avg(north.map((x) => m.raw(variable, x.ags)));
    const se = avg(southEast.map((x) => m.raw(variable, x.ags)));
    fail(n > se + 10, `5: ${variable} north ${n.toFixed(1)} not clearly above south/east ${se.toFixed(1)}`);
  }
}

/** Finding 6: Bochum, Oberhausen, Gelsenkirchen have the best 5G coverage (distinct values). */
function mobile5g({ m, code, fail }: Context): void {
  ['Bochum', 'Oberhausen', 'Gelsenkirchen'].forEach((name, i) => {
    const rank = m.rank('mobile_5g', code(name));
    fail(rank === i + 1, `6: ${name} mobile_5g rank ${rank}, expected ${i + 1}`);
  });
}

/** Finding 7: Dortmund, Holzwickede, Essen lead employment; Sonsbeck, Xanten, Schermbeck are last. */
function employment({ m, code, fail }: Context): void {
  ['Dortmund', 'Holzwickede', 'Essen'].forEach((name, i) => {
    const rank = m.rank('employment', code(name));
    fail(rank === i + 1, `7: ${name} employment rank ${rank}, expected ${i + 1}`);
  });
  for (const name of ['Sonsbeck', 'Xanten', 'Schermbeck']) {
    const rank = m.rank('employment', code(name));
    fail(rank >= 51, `7: ${name} employment rank ${rank} not in 51–53`);
  }
}

/** Finding 8: no AI skills asked in more than half; demand on the Duisburg–Dortmund axis. */
function aiJobAds({ m, places, code, fail }: Context): void {
  const zeros = places.filter((x) => m.raw('ai_job_ads', x.ags) === 0).length;
  fail(zeros >= 27, `8: only ${zeros} municipalities without AI job ads`);
  for (const name of ARTICLE.aiAdsAxis)
    fail(m.raw('ai_job_ads', code(name)) > 0, `8: ${name} has no AI job ads`);
  const total = places.reduce((s, x) => s + m.raw('ai_job_ads', x.ags), 0);
  const onAxis = ARTICLE.aiAdsAxis.reduce((s, name) => s + m.raw('ai_job_ads', code(name)), 0);
  fail(
    onAxis / total >= 0.75,
    `8: the axis has only ${((100 * onAxis) / total).toFixed(0)} % of the AI job ads`,
  );
}

/** Finding 9: Bochum and Bönen lead on start-ups; five without, among them Alpen and Rheinberg. */
function startups({ m, names, code, fail }: Context): void {
  fail(m.rank('digital_startups', code('Bochum')) === 1, '9: Bochum not rank 1 on digital_startups');
  fail(m.rank('digital_startups', code('Bönen')) === 2, '9: Bönen not rank 2 on digital_startups');
  const none = names.filter((n) => m.raw('digital_startups', code(n)) === 0);
  fail(none.length === 5, `9: ${none.length} municipalities without start-ups, expected 5`);
  for (const name of ['Alpen', 'Rheinberg']) fail(none.includes(name), `9: ${name} has start-ups`);
  const rate = (n: string) => m.rate('digital_startups', code(n));
  const onAxis = avg(ARTICLE.startupAxis.map(rate));
  const offAxis = avg(names.filter((n) => !ARTICLE.startupAxis.includes(n)).map(rate));
  fail(
    onAxis > 1.5 * offAxis,
    `9: start-ups on the axis ${onAxis.toFixed(1)} not clearly above ${offAxis.toFixed(1)}`,
  );
}

/** Finding 10: digital-affine firms along Kamp-Lintfort – Holzwickede; the north lags except Haltern. */
function digitalFirms({ m, places, code, fail }: Context): void {
  for (const name of ARTICLE.firmsAxis) {
    const rank = m.rank('digital_firms', code(name));
    fail(rank <= 15, `10: ${name} digital_firms rank ${rank} > 15`);
  }
  const rate = (x: Municipality) => m.rate('digital_firms', x.ags);
  const north = places.filter((x) => x.lat >= NORTH_LAT && x.name !== 'Haltern am See');
  const rest = places.filter((x) => x.lat < NORTH_LAT);
  fail(avg(north.map(rate)) < avg(rest.map(rate)) - 3, '10: the north does not lag on digital_firms');
  const haltern = m.rank('digital_firms', code('Haltern am See'));
  fail(haltern <= 10, `10: Haltern am See digital_firms rank ${haltern} > 10`);
}

/** Finding 11: the Ruhr 10th of 12; 4th with 1.6 IT graduates; 1st with 98.3 % 5G; strong on digital firms. */
function regions({ regions: r, fail }: Context): void {
  fail(r.codes.length === 12, `11: ${r.codes.length} regions, expected 12`);
  fail(
    r.rank('index', RUHR) === 10,
    `11: the Ruhr has region index rank ${r.rank('index', RUHR)}, expected 10`,
  );
  const graduates = r.rate('it_graduates', RUHR);
  fail(
    graduates.toFixed(1) === '1.6',
    `11: the Ruhr has ${graduates.toFixed(3)} IT graduates per 1,000 employees`,
  );
  fail(
    r.rank('it_graduates', RUHR) === 4,
    `11: the Ruhr has it_graduates rank ${r.rank('it_graduates', RUHR)}`,
  );
  fail(r.raw('mobile_5g', RUHR).toFixed(1) === '98.3', `11: the Ruhr has 5G ${r.raw('mobile_5g', RUHR)}`);
  fail(r.rank('mobile_5g', RUHR) === 1, `11: the Ruhr has mobile_5g rank ${r.rank('mobile_5g', RUHR)}`);
  fail(
    r.rank('digital_firms', RUHR) <= 2,
    `11: the Ruhr has digital_firms rank ${r.rank('digital_firms', RUHR)}`,
  );
}

/** Plausibility: the scores of ranks 8–53 spread (standard deviation) without a crowded 5-point window. */
function spreadBelowFrontRunners({ m, fail }: Context): void {
  const scores = ranking(m)
    .order.slice(ARTICLE.leaders.length)
    .map((c) => m.score('index', c));
  const sd = Math.sqrt(avg(scores.map((x) => (x - avg(scores)) ** 2)));
  fail(sd >= SPREAD.minSd, `spread: standard deviation of ranks 8–53 is ${sd.toFixed(2)} < ${SPREAD.minSd}`);
  const crowded = Math.max(
    ...scores.map((low) => scores.filter((x) => x >= low && x <= low + SPREAD.windowPoints).length),
  );
  fail(
    crowded <= SPREAD.maxInWindow,
    `spread: ${crowded} of ranks 8–53 lie within ${SPREAD.windowPoints} index points (at most ${SPREAD.maxInWindow})`,
  );
}

function spearman(xs: number[], ys: number[]): number {
  const ranks = (v: number[]) => {
    const r = new Array<number>(v.length);
    [...v.keys()].sort((a, b) => v[a]! - v[b]!).forEach((i, k) => (r[i] = k));
    return r;
  };
  const [rx, ry] = [ranks(xs), ranks(ys)];
  const n = xs.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

function avg(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

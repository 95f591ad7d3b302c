// The demo generator is deterministic, reproduces the committed files and writes well-formed, plausible values.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateDemo, loadStructure, mulberry32 } from '../../data/generator/generate-demo.js';
import { loadMaster } from '../../data/generator/master.js';
import { checkFindings } from '../../data/generator/verify-findings.js';
import {
  agsOf,
  demoEdition,
  mean,
  municipalities,
  projectFile,
  spearman,
  UnitSetResult,
} from './findings.js';

const demo = generateDemo(DEFAULT_SEED);
const all = municipalities();
const editions = { 2024: demoEdition(2024).records, 2025: demoEdition(2025).records };
const COUNTS = [
  'research_institutions',
  'research_projects',
  'it_employees',
  'it_graduates',
  'ai_job_ads',
  'digital_firms',
  'ai_firms',
  'digital_startups',
];
const DENOMINATORS = ['population', 'employees', 'firms', 'firms_classified', 'job_ads'];
const ONE_DECIMAL = ['digital_patents', 'fttbh', 'gigabit', 'mobile_5g'];

describe('generateDemo', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemo(DEFAULT_SEED).files).toEqual(demo.files);
  });

  it('reproduces the committed files byte for byte', () => {
    for (const [name, text] of Object.entries(demo.files)) {
      expect(projectFile(`data/demo/${name}`), name).toBe(text);
    }
  });

  it('draws its randomness from the seed only', () => {
    const other = generateDemo(DEFAULT_SEED + 1);
    expect(other.files['values-2025.csv']).not.toBe(demo.files['values-2025.csv']);
    expect(other.files['sources.csv']).toBe(
      demo.files['sources.csv'].replace(`seed ${DEFAULT_SEED}`, `seed ${DEFAULT_SEED + 1}`),
    );
  });

  it('verifies the findings with the engine and lists every failure', () => {
    const [structure, master] = [loadStructure(), loadMaster()];
    expect(checkFindings(structure, master, demo.rows[2025])).toEqual([]);
    // Bochum without research institutions and Hünxe without patents break findings 2 and 4.
    const broken = demo.rows[2025].map((r) =>
      (r.unitCode === '05911000' && r.variable === 'research_institutions') ||
      (r.unitCode === '05170016' && r.variable === 'digital_patents')
        ? { ...r, value: 0 }
        : r,
    );
    const failures = checkFindings(structure, master, broken);
    expect(failures).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2: Bochum/), expect.stringMatching(/^4: Hünxe/)]),
    );
  });

  it('rejects municipalities crowded below the front-runners', () => {
    const [structure, master] = [loadStructure(), loadMaster()];
    const frontRunners = new Set(
      ['Dortmund', 'Holzwickede', 'Bochum', 'Essen', 'Haltern am See', 'Hünxe', 'Gelsenkirchen'].map(agsOf),
    );
    // Every other municipality gets Moers's values, so all 46 have the same index.
    const moers = new Map(
      demo.rows[2025].filter((r) => r.unitCode === agsOf('Moers')).map((r) => [r.variable, r.value]),
    );
    const flat = demo.rows[2025].map((r) =>
      r.unitSet === 'municipalities' && !frontRunners.has(r.unitCode)
        ? { ...r, value: moers.get(r.variable)! }
        : r,
    );
    expect(checkFindings(structure, master, flat)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^spread: standard deviation of ranks 8–53 is 0\.00/),
        expect.stringMatching(/^spread: 46 of ranks 8–53 lie within 5 index points/),
      ]),
    );
  });

  it('uses a uniform PRNG in [0, 1)', () => {
    const rand = mulberry32(1);
    const xs = Array.from({ length: 10000 }, rand);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });
});

describe.each([2024, 2025] as const)('values-%i.csv', (edition) => {
  const records = editions[edition];
  const municipal = records.filter((r) => r.unit_set === 'municipalities');
  const regional = records.filter((r) => r.unit_set === 'regions');
  const valueOf = (unitSet: string, unit: string, variable: string) =>
    Number(
      records.find((r) => r.unit_set === unitSet && r.unit_code === unit && r.variable === variable)!.value,
    );

  it('has one row per unit and variable, sorted by unit set, unit code and variable', () => {
    const variables = new Set(records.map((r) => r.variable));
    expect(variables.size).toBe(17);
    expect(new Set(municipal.map((r) => r.unit_code))).toEqual(new Set(all.map((x) => x.ags)));
    expect(new Set(regional.map((r) => r.unit_code)).size).toBe(12);
    expect(records).toHaveLength(65 * 17);
    const keys = records.map((r) => [r.unit_set, r.unit_code, r.variable].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    for (const r of records) expect(r.edition).toBe(String(edition));
  });

  it('writes 8-digit AGS codes, integer counts and one decimal for percentages and patents', () => {
    for (const r of municipal) expect(r.unit_code).toMatch(/^05\d{6}$/);
    for (const r of records) {
      if (ONE_DECIMAL.includes(r.variable!)) expect(r.value, r.variable).toMatch(/^\d+\.\d$/);
      else expect(r.value, r.variable).toMatch(/^\d+$/);
      expect(r.reference_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has plausible magnitudes for every municipality', () => {
    for (const x of all) {
      const v = (variable: string) => valueOf('municipalities', x.ags, variable);
      expect(v('population'), x.name).toBe(x.population);
      expect(v('employees') / x.population, x.name).toBeGreaterThanOrEqual(0.29);
      expect(v('employees') / x.population, x.name).toBeLessThanOrEqual(0.46);
      expect(v('firms') / x.population, x.name).toBeGreaterThanOrEqual(0.04);
      expect(v('firms') / x.population, x.name).toBeLessThanOrEqual(0.06);
      expect(v('firms_classified'), x.name).toBeLessThan(v('firms'));
      expect((100 * v('it_employees')) / v('employees'), x.name).toBeGreaterThanOrEqual(0.9);
      expect((100 * v('it_employees')) / v('employees'), x.name).toBeLessThanOrEqual(6.1);
      expect(v('ai_job_ads'), x.name).toBeLessThan(v('job_ads'));
      expect(v('digital_firms') + v('ai_firms'), x.name).toBeLessThan(v('firms_classified'));
      expect(v('fttbh'), x.name).toBeGreaterThanOrEqual(3);
      expect(v('fttbh'), x.name).toBeLessThanOrEqual(95);
      expect(v('gigabit'), x.name).toBeGreaterThanOrEqual(Math.max(v('fttbh'), 30));
      expect(v('gigabit'), x.name).toBeLessThanOrEqual(99);
      expect(v('mobile_5g'), x.name).toBeGreaterThanOrEqual(85);
      expect(v('mobile_5g'), x.name).toBeLessThanOrEqual(100);
    }
  });

  it('makes the region ruhr the sum (and weighted means) of its 53 municipalities', () => {
    const sum = (variable: string) => all.reduce((s, x) => s + valueOf('municipalities', x.ags, variable), 0);
    for (const variable of [...COUNTS, ...DENOMINATORS, 'digital_patents']) {
      expect(valueOf('regions', 'ruhr', variable), variable).toBeCloseTo(sum(variable), 6);
    }
    const population = sum('population');
    for (const variable of ['fttbh', 'gigabit']) {
      const weighted =
        all.reduce((s, x) => s + x.population * valueOf('municipalities', x.ags, variable), 0) / population;
      expect(valueOf('regions', 'ruhr', variable), variable).toBeCloseTo(weighted, 1);
    }
    const area = all.reduce((s, x) => s + x.areaKm2, 0);
    const coverage =
      all.reduce((s, x) => s + x.areaKm2 * valueOf('municipalities', x.ags, 'mobile_5g'), 0) / area;
    expect(valueOf('regions', 'ruhr', 'mobile_5g')).toBeCloseTo(coverage, 1);
  });
});

describe('edition 2024 against 2025', () => {
  const rows = (edition: 2024 | 2025) =>
    new Map(
      editions[edition]
        .filter((r) => r.unit_set === 'municipalities')
        .map((r) => [`${r.unit_code}|${r.variable}`, Number(r.value)]),
    );
  const [before, after] = [rows(2024), rows(2025)];

  it('has numerators about 3–10 % lower on average', () => {
    const ratios = COUNTS.flatMap((variable) =>
      all
        .map((x) => [before.get(`${x.ags}|${variable}`)!, after.get(`${x.ags}|${variable}`)!] as const)
        .filter(([, later]) => later >= 20)
        .map(([earlier, later]) => earlier / later),
    );
    expect(mean(ratios)).toBeGreaterThan(0.9);
    expect(mean(ratios)).toBeLessThan(0.97);
  });

  it('changes some index ranks but keeps the overall picture', () => {
    const [old, now] = [
      new UnitSetResult(editions[2024], 'municipalities'),
      new UnitSetResult(editions[2025], 'municipalities'),
    ];
    const changed = all.filter((x) => old.rank('index', x.ags) !== now.rank('index', x.ags));
    expect(changed.length).toBeGreaterThan(10);
    const scores = (r: UnitSetResult) => all.map((x) => r.score('index', x.ags));
    expect(spearman(scores(old), scores(now))).toBeGreaterThan(0.5);
    expect(new UnitSetResult(editions[2024], 'regions').units).toHaveLength(12);
  });
});

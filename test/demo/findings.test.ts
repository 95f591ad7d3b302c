// The committed 2025 demo data reproduce the findings of the press article on the Digital-Index Ruhr.
import { describe, expect, it } from 'vitest';
import { agsOf, demoEdition, mean, municipalities, spearman, UnitSetResult } from './findings.js';

const records = demoEdition(2025).records;
const m = new UnitSetResult(records, 'municipalities');
const regions = new UnitSetResult(records, 'regions');
const all = municipalities();

const rank = (node: string, name: string) => m.rank(node, agsOf(name));
const rate = (indicator: string, name: string) => m.rate(indicator, agsOf(name));
const raw = (variable: string, name: string) => m.raw(variable, agsOf(name));
const nameOf = (ags: string) => all.find((x) => x.ags === ags)!.name;

describe('demo data 2025: municipalities', () => {
  it('computes all 53 municipalities', () => {
    expect(m.units).toHaveLength(53);
  });

  it('1: exactly seven municipalities are above the Ruhr average, in the article’s order, with clear gaps', () => {
    const average = m.mean('index');
    const order = m.order('index');
    expect(order.slice(0, 7).map(nameOf)).toEqual([
      'Dortmund',
      'Holzwickede',
      'Bochum',
      'Essen',
      'Haltern am See',
      'Hünxe',
      'Gelsenkirchen',
    ]);
    expect(order.filter((u) => m.score('index', u) > average)).toHaveLength(7);
    const [seventh, eighth] = [m.score('index', order[6]!), m.score('index', order[7]!)];
    expect(seventh - eighth).toBeGreaterThanOrEqual(2);
    expect(average - eighth).toBeGreaterThanOrEqual(2);
  });

  it('2: Bochum and Dortmund lead the research sub-index; institutions sit in the university towns', () => {
    expect([rank('research', 'Bochum'), rank('research', 'Dortmund')].sort()).toEqual([1, 2]);
    const universityTowns = [
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
    ];
    for (const name of universityTowns) expect(raw('research_institutions', name), name).toBeGreaterThan(0);
    for (const small of all.filter((x) => x.population < 30000)) {
      expect(m.raw('research_institutions', small.ags), small.name).toBe(0);
    }
    // The south (Ruhr valley and below) has more institutions per inhabitant than the north.
    const perCapita = (list: typeof all) =>
      list.reduce((s, x) => s + m.raw('research_institutions', x.ags), 0) /
      list.reduce((s, x) => s + x.population, 0);
    expect(perCapita(all.filter((x) => x.lat < 51.52))).toBeGreaterThan(
      2 * perCapita(all.filter((x) => x.lat >= 51.52)),
    );
  });

  it('3: research funding goes to few places, Kamp-Lintfort and Bochum first', () => {
    expect(rank('research_projects', 'Kamp-Lintfort')).toBe(1);
    expect(rank('research_projects', 'Bochum')).toBe(2);
    expect(all.filter((x) => m.raw('research_projects', x.ags) === 0).length).toBeGreaterThanOrEqual(27);
  });

  it('4: Hünxe and Ennepetal lead on digital patents', () => {
    expect(rank('digital_patents', 'Hünxe')).toBe(1);
    expect(rank('digital_patents', 'Ennepetal')).toBe(2);
  });

  it('5: Hünxe, Schermbeck and Sonsbeck lead the infrastructure; fibre is better on the northern rim', () => {
    expect(['Hünxe', 'Schermbeck', 'Sonsbeck'].map((n) => rank('infrastructure', n)).sort()).toEqual([
      1, 2, 3,
    ]);
    const latitude = all.map((x) => x.lat);
    expect(
      spearman(
        latitude,
        all.map((x) => m.raw('fttbh', x.ags)),
      ),
    ).toBeGreaterThan(0.5);
    expect(
      spearman(
        latitude,
        all.map((x) => m.raw('gigabit', x.ags)),
      ),
    ).toBeGreaterThan(0.3);
    const north = all.filter((x) => x.lat >= 51.6);
    const southEast = all.filter((x) => x.lat < 51.45 || x.lon > 7.55);
    for (const variable of ['fttbh', 'gigabit']) {
      const northMean = mean(north.map((x) => m.raw(variable, x.ags)));
      const southEastMean = mean(southEast.map((x) => m.raw(variable, x.ags)));
      expect(northMean, variable).toBeGreaterThan(southEastMean + 10);
    }
  });

  it('6: Bochum, Oberhausen and Gelsenkirchen have the best 5G coverage, with distinct values', () => {
    expect(['Bochum', 'Oberhausen', 'Gelsenkirchen'].map((n) => rank('mobile_5g', n))).toEqual([1, 2, 3]);
    expect(raw('mobile_5g', 'Bochum')).toBeGreaterThan(raw('mobile_5g', 'Oberhausen'));
    expect(raw('mobile_5g', 'Oberhausen')).toBeGreaterThan(raw('mobile_5g', 'Gelsenkirchen'));
  });

  it('7: Dortmund, Holzwickede, Essen lead the employment sub-index; Sonsbeck, Xanten, Schermbeck are last', () => {
    expect(['Dortmund', 'Holzwickede', 'Essen'].map((n) => rank('employment', n))).toEqual([1, 2, 3]);
    expect(['Sonsbeck', 'Xanten', 'Schermbeck'].map((n) => rank('employment', n)).sort()).toEqual([
      51, 52, 53,
    ]);
  });

  it('8: more than half ask for no AI skills; the demand lies on the Duisburg–Dortmund axis', () => {
    const zeros = all.filter((x) => m.raw('ai_job_ads', x.ags) === 0);
    expect(zeros.length).toBeGreaterThanOrEqual(27);
    const axis = [
      'Duisburg',
      'Mülheim an der Ruhr',
      'Oberhausen',
      'Essen',
      'Gelsenkirchen',
      'Bochum',
      'Herne',
      'Dortmund',
    ];
    for (const name of axis) expect(raw('ai_job_ads', name), name).toBeGreaterThan(0);
    const others = all.filter((x) => !axis.includes(x.name));
    expect(mean(axis.map((n) => rate('ai_job_ads', n)))).toBeGreaterThan(
      3 * mean(others.map((x) => m.rate('ai_job_ads', x.ags))),
    );
    const total = all.reduce((s, x) => s + m.raw('ai_job_ads', x.ags), 0);
    expect(axis.reduce((s, n) => s + raw('ai_job_ads', n), 0) / total).toBeGreaterThan(0.75);
  });

  it('9: Bochum and Bönen lead on start-ups; five municipalities have none; the Essen–Holzwickede axis is high', () => {
    expect(rank('digital_startups', 'Bochum')).toBe(1);
    expect(rank('digital_startups', 'Bönen')).toBe(2);
    const none = all.filter((x) => m.raw('digital_startups', x.ags) === 0).map((x) => x.name);
    expect(none).toHaveLength(5);
    expect(none).toEqual(expect.arrayContaining(['Alpen', 'Rheinberg']));
    const axis = ['Essen', 'Gelsenkirchen', 'Bochum', 'Herne', 'Dortmund', 'Holzwickede'];
    const others = all.filter((x) => !axis.includes(x.name));
    expect(mean(axis.map((n) => rate('digital_startups', n)))).toBeGreaterThan(
      1.5 * mean(others.map((x) => m.rate('digital_startups', x.ags))),
    );
  });

  it('10: firms on the Kamp-Lintfort – Holzwickede axis are digital-affine; the north lags except Haltern', () => {
    const axis = [
      'Kamp-Lintfort',
      'Moers',
      'Duisburg',
      'Oberhausen',
      'Essen',
      'Bochum',
      'Dortmund',
      'Holzwickede',
    ];
    for (const name of axis) expect(rank('digital_firms', name), name).toBeLessThanOrEqual(15);
    const north = all.filter((x) => x.lat >= 51.6 && x.name !== 'Haltern am See');
    const rest = all.filter((x) => x.lat < 51.6);
    expect(mean(north.map((x) => m.rate('digital_firms', x.ags)))).toBeLessThan(
      mean(rest.map((x) => m.rate('digital_firms', x.ags))) - 3,
    );
    for (const x of north)
      expect(m.rate('digital_firms', x.ags), x.name).toBeLessThan(rate('digital_firms', 'Haltern am See'));
    expect(rank('digital_firms', 'Haltern am See')).toBeLessThanOrEqual(10);
  });
});

describe('demo data 2025: metropolitan regions', () => {
  it('11: the Ruhr is 10th of 12, 4th with 1.6 IT graduates, 1st with 98.3 % 5G, strong on digital firms', () => {
    expect(regions.units).toHaveLength(12);
    expect(regions.rank('index', 'ruhr')).toBe(10);
    expect(regions.rate('it_graduates', 'ruhr').toFixed(1)).toBe('1.6');
    expect(regions.rank('it_graduates', 'ruhr')).toBe(4);
    expect(regions.raw('mobile_5g', 'ruhr')).toBe(98.3);
    expect(regions.rank('mobile_5g', 'ruhr')).toBe(1);
    expect(regions.rank('digital_firms', 'ruhr')).toBeLessThanOrEqual(2);
  });

  it('11: the Ruhr’s 5G value is the area-weighted mean of its municipalities', () => {
    const area = all.reduce((s, x) => s + x.areaKm2, 0);
    const weighted = all.reduce((s, x) => s + x.areaKm2 * m.raw('mobile_5g', x.ags), 0) / area;
    expect(weighted.toFixed(1)).toBe('98.3');
  });
});

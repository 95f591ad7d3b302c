// The committed 2025 demo data look like a plausible index: a smooth spread below the front-runners, plausible patterns.
import { describe, expect, it } from 'vitest';
import {
  demoEdition,
  mean,
  mostWithin,
  municipalities,
  readCsvFile,
  spearman,
  standardDeviation,
  UnitSetResult,
} from './findings.js';

const m = new UnitSetResult(demoEdition(2025).records, 'municipalities');
const all = municipalities();
const kreis = new Map(readCsvFile('data/master/municipalities.csv').records.map((r) => [r.ags!, r.kreis!]));
const order = m.order('index');
const average = m.mean('index');
const index = (ags: string) => m.score('index', ags);
/** Ranks 8–53: every municipality but the seven front-runners of finding 1. */
const below = order.slice(7);
const others = all.filter((x) => below.includes(x.ags));

describe('demo data 2025: spread of the index', () => {
  it('keeps a clear margin on both sides of the Ruhr average', () => {
    expect(average - index(order[7]!)).toBeGreaterThanOrEqual(1.5);
    expect(index(order[6]!) - average).toBeGreaterThanOrEqual(20);
  });

  it('spreads the 46 municipalities below the front-runners instead of crowding them below the average', () => {
    const scores = below.map(index);
    expect(standardDeviation(scores)).toBeGreaterThanOrEqual(4);
    expect(mostWithin(scores, 5)).toBeLessThanOrEqual(20);
    // From a few points below the average down to about 8–12.
    expect(average - Math.max(...scores)).toBeLessThanOrEqual(4);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(6);
    expect(Math.min(...scores)).toBeLessThanOrEqual(13);
  });
});

describe('demo data 2025: plausible patterns below the front-runners', () => {
  const rate = (indicator: string) => (x: { ags: string }) => m.rate(indicator, x.ags);
  const cities = others.filter((x) => x.population >= 100000);
  const smallTowns = others.filter((x) => x.population < 30000);

  it('gives big cities more IT jobs, AI-affine firms and patents than small towns', () => {
    for (const indicator of ['it_employees', 'ai_firms', 'digital_patents']) {
      expect(mean(cities.map(rate(indicator))), indicator).toBeGreaterThan(
        1.3 * mean(smallTowns.map(rate(indicator))),
      );
    }
    const population = others.map((x) => x.population);
    expect(spearman(population, others.map(rate('it_employees')))).toBeGreaterThan(0.5);
    expect(spearman(population, others.map(rate('ai_firms')))).toBeGreaterThan(0.4);
  });

  it('keeps the small towns of the Wesel district weak on employment', () => {
    const wesel = others.filter((x) => kreis.get(x.ags) === 'Kreis Wesel' && x.population < 40000);
    const rest = others.filter((x) => !wesel.includes(x));
    const employment = (x: { ags: string }) => m.score('employment', x.ags);
    expect(mean(wesel.map(employment))).toBeLessThan(0.5 * mean(rest.map(employment)));
  });

  it('puts the Ennepe-Ruhr-Kreis in the middle', () => {
    const scores = others.map((x) => index(x.ags)).sort((a, b) => a - b);
    const ennepe = mean(
      others.filter((x) => kreis.get(x.ags) === 'Ennepe-Ruhr-Kreis').map((x) => index(x.ags)),
    );
    expect(ennepe).toBeGreaterThan(scores[11]!);
    expect(ennepe).toBeLessThan(scores[34]!);
  });
});

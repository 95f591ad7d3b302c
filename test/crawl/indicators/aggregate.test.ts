import { describe, expect, it } from 'vitest';
import { aggregateCrawl, type FirmFacts } from '../../../src/crawl/indicators/index.js';

const A = '05113000';
const B = '05911000';
const C = '05117000';

function firm(ags: string, overrides: Partial<FirmFacts>): FirmFacts {
  return {
    ags,
    hasWebsite: true,
    status: 'done',
    classified: true,
    digitalAffine: false,
    aiAffine: false,
    founded: null,
    foundedFromSite: null,
    ...overrides,
  };
}

describe('aggregateCrawl (worked by hand)', () => {
  // A: a1 digital + AI, founded 2022 (start-up in 2025); a2 digital, founded 2018 per site (too old);
  //    a3 classified, not digital; a4 failed; a5 no website; a6 still pending.
  // B: b1 moved, digital, founded 2020 (5 years before 2025: still a start-up); b2 robots.txt forbade it.
  // x1 lies outside the unit set. C has no firms.
  const firms = [
    firm(A, { digitalAffine: true, aiAffine: true, founded: 2022 }),
    firm(A, { digitalAffine: true, foundedFromSite: 2018 }),
    firm(A, {}),
    firm(A, { status: 'failed', classified: false, digitalAffine: null, aiAffine: null }),
    firm(A, {
      hasWebsite: false,
      status: 'no_website',
      classified: false,
      digitalAffine: null,
      aiAffine: null,
    }),
    firm(A, { status: 'pending', classified: false, digitalAffine: null, aiAffine: null, founded: 2024 }),
    firm(B, { status: 'moved', digitalAffine: true, founded: 2020 }),
    firm(B, { status: 'robots_disallowed', classified: false, digitalAffine: null, aiAffine: null }),
    firm('05999000', { digitalAffine: true }),
  ];

  it('counts listed, with website, crawled, classified, digital, AI and start-ups per unit', () => {
    const result = aggregateCrawl(firms, [C, B, A], 2025);
    expect(result.outside).toBe(1);
    expect([...result.units.keys()]).toEqual([A, B]);
    expect(result.units.get(A)).toEqual({
      listed: 6,
      withWebsite: 5,
      crawled: 4,
      classified: 3,
      digitalAffine: 2,
      aiAffine: 1,
      digitalStartups: 1,
    });
    expect(result.units.get(B)).toEqual({
      listed: 2,
      withWebsite: 2,
      crawled: 2,
      classified: 1,
      digitalAffine: 1,
      aiAffine: 0,
      digitalStartups: 1,
    });
  });

  it('moves the start-up window with the reference year and N', () => {
    expect(aggregateCrawl(firms, [A, B], 2026).units.get(B)!.digitalStartups).toBe(0);
    // 2021: a1 (founded 2022) did not exist yet, but a2 (2018, three years before) was a start-up then
    expect(aggregateCrawl(firms, [A, B], 2021).units.get(A)!.digitalStartups).toBe(1);
    expect(aggregateCrawl(firms, [A, B], 2025, 7).units.get(A)!.digitalStartups).toBe(2);
  });
});

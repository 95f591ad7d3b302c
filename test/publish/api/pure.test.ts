// The API's own small pure functions, on cases worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseDownload, parseUnitSet, parseYear } from '../../../src/publish/api/params.js';
import { median } from '../../../src/publish/api/profile.js';
import { mostSimilar, type SimilarityUnit } from '../../../src/analysis/peers.js';
import { HttpError } from '../../../src/publish/server/httpError.js';
import { normaliseOptions } from '../../../src/publish/server/options.js';

const unit = (
  code: string,
  population: number | null,
  type = 'Stadt',
  district = 'Kreis A',
): SimilarityUnit => ({
  code,
  type,
  district,
  population,
  score: null,
});

describe('mostSimilar', () => {
  it('orders by |ln(population ratio)| plus 1 per differing type and kreisfrei status', () => {
    const units = [
      unit('a', 100_000),
      unit('b', 110_000), // ln(1.1) = 0.0953
      unit('c', 50_000), // ln 2 = 0.693
      unit('d', 100_000, 'Gemeinde'), // 0 + 1 (type)
      unit('e', 100_000, 'Stadt', 'kreisfrei'), // 0 + 1 (kreisfrei)
      unit('f', null), // no population, no score: left out
    ];
    const result = mostSimilar(units, 0, 5);
    expect(result.map((r) => units[r.index]!.code)).toEqual(['b', 'c', 'd', 'e']);
    expect(result[0]!.distance).toBeCloseTo(Math.log(1.1), 12);
    expect(result[1]!.distance).toBeCloseTo(Math.log(2), 12);
    expect(result[2]!.distance).toBe(1);
    expect(result[3]!.distance).toBe(1);
  });

  it('falls back to index scores / 100 without populations, and keeps the count', () => {
    const units: SimilarityUnit[] = [10, 30, 12, 50].map((score, i) => ({
      code: `r${i}`,
      type: null,
      district: null,
      population: null,
      score,
    }));
    const result = mostSimilar(units, 0, 2);
    expect(result.map((r) => r.index)).toEqual([2, 1]);
    expect(result[0]!.distance).toBeCloseTo(0.02, 12);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, ignoring null', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});

describe('parameters', () => {
  const status = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as HttpError).status;
    }
    return 200;
  };

  it('accepts years of up to four digits only', () => {
    expect(parseYear('2025')).toBe(2025);
    for (const bad of ['', '20 25', '2025.0', '1e3', '-1', '12345', '0x10'])
      expect(status(() => parseYear(bad))).toBe(400);
  });

  it('defaults the unit set to municipalities and rejects unknown ones', () => {
    expect(parseUnitSet(undefined, ['municipalities', 'regions'])).toBe('municipalities');
    expect(parseUnitSet('regions', ['municipalities', 'regions'])).toBe('regions');
    expect(status(() => parseUnitSet('x', ['municipalities']))).toBe(400);
  });

  it('splits TABLE.FORMAT of downloads', () => {
    expect(parseDownload('rank-stats.xlsx')).toEqual({ table: 'rank-stats', format: 'xlsx' });
    for (const bad of ['municipalities', 'x.csv', 'municipalities.pdf', 'municipalities.csv.exe']) {
      expect(status(() => parseDownload(bad))).toBe(400);
    }
  });
});

describe('server options', () => {
  it('bind 127.0.0.1 on port 8080 by default with the write endpoints off', () => {
    const options = normaliseOptions({ staticDir: '/nonexistent-dir' });
    expect(options).toEqual({ port: 8080, host: '127.0.0.1', token: null, staticDir: null });
  });

  it('refuse bad ports and short tokens', () => {
    expect(() => normaliseOptions({ port: 70000 })).toThrow(/--port/);
    expect(() => normaliseOptions({ port: 'x' })).toThrow(/--port/);
    expect(() => normaliseOptions({ token: 'short' })).toThrow(/16 characters/);
    expect(normaliseOptions({ token: '  ' }).token).toBeNull();
  });
});

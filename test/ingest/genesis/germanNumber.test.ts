import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatGermanNumber,
  parseGermanNumber,
  parsePointNumber,
} from '../../../src/ingest/readers/germanNumber.js';

describe('parseGermanNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['-0,25', -0.25],
    ['+7', 7],
    ['357582,00', 357582],
    ['  56,73 ', 56.73],
    ['0', 0],
    ['-0', 0],
  ])('reads %s', (text, value) => {
    expect(parseGermanNumber(text)).toBe(value);
  });

  it.each([
    '1,2,3',
    '12,3,4',
    '1.23',
    '12.5',
    '1.2345',
    '1 234',
    ',5',
    '5,',
    '1e3',
    '',
    '-',
    '.',
    'x',
    '1.234.5',
    '1,234.5',
    '1234.567',
    'NaN',
  ])('rejects %j', (text) => {
    expect(parseGermanNumber(text)).toBeUndefined();
  });
});

describe('parsePointNumber', () => {
  it('reads decimal points and rejects commas and grouping', () => {
    expect(parsePointNumber('136.6')).toBe(136.6);
    expect(parsePointNumber('-3')).toBe(-3);
    expect(parsePointNumber('1,5')).toBeUndefined();
    expect(parsePointNumber('1.234.567')).toBeUndefined();
  });
});

describe('formatGermanNumber', () => {
  it('writes the German way', () => {
    expect(formatGermanNumber(1234.5)).toBe('1.234,5');
    expect(formatGermanNumber(-0.001)).toBe('-0,001');
    expect(formatGermanNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatGermanNumber(5e-7)).toBe('0,0000005');
    expect(formatGermanNumber(600001, { grouping: false })).toBe('600001');
    expect(formatGermanNumber(-0)).toBe('0');
  });

  it('reads back every finite double exactly (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (x, grouping) => {
        const text = formatGermanNumber(x, { grouping });
        expect(parseGermanNumber(text)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back integers as written by statistical offices (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const x = n / 10 ** decimals;
        expect(parseGermanNumber(formatGermanNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/ingest/readers/genesis/cell.js';
import { missingReasonOf, readSign } from '../../../src/ingest/readers/missingReasons.js';

describe('special signs', () => {
  it.each([
    ['-', 'nothing'],
    ['.', 'unknown'],
    ['x', 'not-meaningful'],
    ['/', 'uncertain'],
    ['...', 'later'],
    ['*', 'suppressed'],
  ])('%s is %s', (sign, reason) => {
    expect(missingReasonOf(sign)).toBe(reason);
    expect(readCell(` ${sign} `, 'de')).toEqual({ value: null, missingReason: reason, quality: null });
  });

  it('keeps a flag written after a sign (".g" in a real Regionaldatenbank table)', () => {
    expect(readSign('.g')).toEqual({ missingReason: 'unknown', quality: 'g' });
    expect(readSign('.q')).toBeUndefined();
    expect(readSign('0')).toBeUndefined();
  });
});

describe('readCell', () => {
  it('reads numbers, flags and parentheses', () => {
    expect(readCell('1.234,5', 'de')).toEqual({ value: 1234.5, missingReason: null, quality: null });
    expect(readCell('123p', 'de')).toEqual({ value: 123, missingReason: null, quality: 'p' });
    expect(readCell('1.234,5 r', 'de')).toEqual({ value: 1234.5, missingReason: null, quality: 'r' });
    expect(readCell('56s', 'de')).toEqual({ value: 56, missingReason: null, quality: 's' });
    expect(readCell('(12,5)', 'de')).toEqual({ value: 12.5, missingReason: null, quality: '()' });
    expect(readCell('136.6', 'en')).toEqual({ value: 136.6, missingReason: null, quality: null });
    expect(readCell('', 'de')).toEqual({ value: null, missingReason: 'absent', quality: null });
  });

  it('refuses what is neither', () => {
    for (const text of ['12,3,4', '12q', '(x)', 'abc', '1.23', '--'])
      expect(readCell(text, 'de')).toBeUndefined();
  });
});

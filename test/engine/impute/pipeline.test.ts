import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/engine/pipeline.js';
import type { IndexStructure } from '../../../src/engine/structure.js';
import { list, N, threeIndicators } from './helpers.js';

function withPipeline(
  screen: IndexStructure['pipeline']['screen'],
  impute: IndexStructure['pipeline']['impute'],
) {
  const structure = threeIndicators();
  return { ...structure, pipeline: { ...structure.pipeline, screen, impute } };
}

const input = {
  units: ['u1', 'u2', 'u3', 'u4', 'u5'],
  columns: new Map([
    ['a', Float64Array.from([1, N, 3, 100, 5])],
    ['b', Float64Array.from([2, 4, N, N, 8])],
    ['c', Float64Array.from([1, 2, 3, N, 5])],
  ]),
  groups: new Map([['district', ['x', 'x', 'y', 'y', 'y']]]),
};

describe('computeIndex with screening and imputation', () => {
  it('screens first, then imputes from the kept units only, and flags the filled cells', () => {
    const structure = withPipeline(
      { method: 'coverage', params: { minShare: 0.5 } },
      { method: 'mean', params: {} },
    );
    const result = computeIndex(structure, input);
    expect(result.units).toEqual(['u1', 'u2', 'u3', 'u5']);
    expect(result.screening.excluded).toEqual([{ unit: 'u4', reason: 'coverage 33 % < 50 %' }]);
    // coverage is COINr's Dat_Avail, 1 - missing / indicators
    expect(result.screening.coverage).toEqual([1, 1 - 1 / 3, 1 - 1 / 3, 1 - 2 / 3, 1]);
    // a: mean of 1, 3, 5 (u4's 100 is screened out) = 3; b: mean of 2, 4, 8
    expect(list(result.imputed.get('a'))).toEqual([1, 3, 3, 5]);
    expect(list(result.imputed.get('b'))).toEqual([2, 4, 14 / 3, 8]);
    expect(result.imputedCells).toEqual(
      new Map([
        ['a', [1]],
        ['b', [2]],
      ]),
    );
    expect(list(result.normalised.get('a'))).toEqual([0, 50, 50, 100]);
  });

  it('imputes by group on the screened group column, forcing a unit in', () => {
    const structure = withPipeline(
      { method: 'coverage', params: { minShare: 0.5, forceIn: ['u4'], forceOut: ['u1'] } },
      { method: 'median-group', params: { group: 'district' } },
    );
    const result = computeIndex(structure, input);
    expect(result.units).toEqual(['u2', 'u3', 'u4', 'u5']);
    expect(result.screening.excluded).toEqual([{ unit: 'u1', reason: 'forced out' }]);
    // district x is u2 only: a stays missing; y is u3, u4, u5
    expect(list(result.imputed.get('a'))).toEqual([N, 3, 100, 5]);
    expect(list(result.imputed.get('b'))).toEqual([4, 8, 8, 8]);
    expect(list(result.imputed.get('c'))).toEqual([2, 3, 4, 5]);
    expect(result.warnings).toContainEqual({
      kind: 'imputation (median-group) left a value missing',
      count: 1,
      example: 'a, unit u2',
    });
  });
});

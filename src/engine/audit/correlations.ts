// Correlations of the audit: within each aggregate's children, across all indicators, and of each node with its ancestors.
import { correlationTest } from '../stats/correlationTest.js';
import { EngineError } from '../errors.js';
import type { Hierarchy } from './hierarchy.js';
import type { AuditOptions, CorrelationMatrix, CorrelationMethod, FamilyCorrelation } from './types.js';

const METHODS: readonly CorrelationMethod[] = ['pearson', 'spearman'];

/**
 * Pearson and Spearman matrices (pairwise-complete, as get_corr) of each aggregate's children and of all
 * indicators together ("indicators"), with the complete pairs and cor.test p-values of each entry.
 */
export function correlationMatrices(
  hierarchy: Hierarchy,
  indicators: readonly string[],
  scores: ReadonlyMap<string, Float64Array>,
): CorrelationMatrix[] {
  const scopes = [
    ...hierarchy.aggregates.map((a) => ({ scope: a.code, level: a.level, codes: a.children })),
    { scope: 'indicators', level: 1, codes: [...indicators] },
  ];
  return scopes.flatMap(({ scope, level, codes }) =>
    METHODS.map((method) => matrixOf(scope, level, method, codes, scores)),
  );
}

function matrixOf(
  scope: string,
  level: number,
  method: CorrelationMethod,
  codes: string[],
  scores: ReadonlyMap<string, Float64Array>,
): CorrelationMatrix {
  const k = codes.length;
  const square = () => Array.from({ length: k }, () => new Array<number>(k).fill(Number.NaN));
  const r = square();
  const n = square();
  const p = square();
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      const test = correlationTest(column(scores, codes[i]!), column(scores, codes[j]!), method);
      const pValue = i === j ? 0 : test.p;
      r[i]![j] = r[j]![i] = test.estimate;
      n[i]![j] = n[j]![i] = test.n;
      p[i]![j] = p[j]![i] = pValue;
    }
  }
  return { scope, level, method, codes: [...codes], r, n, p };
}

/** Each indicator and aggregate with each of its ancestors, as get_corr(withparent = "family"). */
export function familyCorrelations(
  hierarchy: Hierarchy,
  nodes: readonly string[],
  scores: ReadonlyMap<string, Float64Array>,
  options: AuditOptions,
): FamilyCorrelation[] {
  return nodes.flatMap((code) =>
    hierarchy.ancestors(code).flatMap((ancestor) =>
      METHODS.map((method) => {
        const test = correlationTest(column(scores, code), column(scores, ancestor), method);
        return {
          code,
          level: hierarchy.level(code),
          ancestor,
          ancestorLevel: hierarchy.level(ancestor),
          method,
          r: test.estimate,
          n: test.n,
          p: test.p,
          significant: isSignificant(test.p, options.pval),
        };
      }),
    ),
  );
}

/** get_corr keeps a correlation unless p > pval; pval = 0 keeps all. */
export function isSignificant(p: number, pval: number): boolean | null {
  if (!(pval > 0)) return true;
  return Number.isNaN(p) ? null : !(p > pval);
}

function column(scores: ReadonlyMap<string, Float64Array>, code: string): Float64Array {
  const values = scores.get(code);
  if (!values) throw new EngineError(code, 'the result has no scores for this node');
  return values;
}

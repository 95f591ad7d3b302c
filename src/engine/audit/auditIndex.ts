// audit: the statistical audit of a computed index (descriptive statistics, correlations, flags, reliability, PCA).
import type { IndexResult } from '../pipeline.js';
import type { IndexStructure } from '../structure.js';
import { pcaSummaries } from './components.js';
import { correlationMatrices, familyCorrelations } from './correlations.js';
import { describeColumn } from './describe.js';
import { correlationFlags } from './flags.js';
import { hierarchyOf } from './hierarchy.js';
import { cronbachResults } from './reliability.js';
import { DEFAULT_AUDIT_OPTIONS, type AuditOptions, type AuditReport } from './types.js';

/**
 * Audits a computed index. Statistics describe the indicators after denomination (before imputation:
 * coverage is of the observed data) and the scores (normalised indicators and every aggregate); correlations,
 * flags, Cronbach's alpha and PCA use the scores, as COINr's analysis of an aggregated data set.
 */
export function auditIndex(
  structure: IndexStructure,
  result: IndexResult,
  options: Partial<AuditOptions> = {},
): AuditReport {
  const settings: AuditOptions = { ...DEFAULT_AUDIT_OPTIONS, ...options };
  const hierarchy = hierarchyOf(structure);
  const indicators = structure.indicators.map((i) => i.code);
  const nodes = [...indicators, ...structure.aggregates.map((a) => a.code)];
  const statistics = [
    ...indicators.map((code) =>
      describeColumn('denominated', code, 1, result.denominated.get(code)!, settings),
    ),
    ...nodes.map((code) =>
      describeColumn('scores', code, hierarchy.level(code), result.scores.get(code)!, settings),
    ),
  ];
  const matrices = correlationMatrices(hierarchy, indicators, result.scores);
  return {
    units: result.units.length,
    options: settings,
    statistics,
    correlations: { matrices, family: familyCorrelations(hierarchy, nodes, result.scores, settings) },
    flags: correlationFlags(matrices, settings),
    cronbach: cronbachResults(hierarchy, result.scores),
    pca: pcaSummaries(hierarchy, result.scores),
  };
}

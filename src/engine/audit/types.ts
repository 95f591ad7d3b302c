// The shape of a statistical audit of an index (as JRC audits and COINr's analysis functions report it), and its options.

export type CorrelationMethod = 'pearson' | 'spearman';

export interface AuditOptions {
  /** get_stats: |skew| above t_skew and kurtosis above t_kurt flags possible outliers ("OUT"). */
  tSkew: number;
  tKurt: number;
  /** get_stats: share of present values below t_avail is "LOW". */
  tAvail: number;
  /** get_stats: share of non-zero values (of all units) below t_zero is "LOW". */
  tZero: number;
  /** get_stats: share of unique values (of all units) below t_unq is "LOW". */
  tUnique: number;
  /** A pair inside one aggregate with r above this is flagged as collinear (get_corr_flags, "high"). */
  collinearity: number;
  /** A pair inside one aggregate with r below this is flagged as negatively correlated (get_corr_flags, "low"). */
  negative: number;
  /** Correlations with p above this are not significant (get_corr's pval); 0 marks every correlation significant. */
  pval: number;
  /** The correlation the flags use. */
  flagMethod: CorrelationMethod;
}

/** COINr's defaults: get_stats (2, 3.5, 0.65, 0.5, 0.5), get_corr_flags (0.9, pearson), get_corr (pval 0.05). */
export const DEFAULT_AUDIT_OPTIONS: AuditOptions = {
  tSkew: 2,
  tKurt: 3.5,
  tAvail: 0.65,
  tZero: 0.5,
  tUnique: 0.5,
  collinearity: 0.9,
  negative: -0.4,
  pval: 0.05,
  flagMethod: 'pearson',
};

/** Which values a row describes: indicators after denomination (before imputation), or the index's scores. */
export type AuditDataset = 'denominated' | 'scores';

/** One column's statistics, named as the columns of COINr's get_stats. */
export interface ColumnStatistics {
  dataset: AuditDataset;
  code: string;
  level: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
  skew: number;
  kurt: number;
  nAvail: number;
  nNonZero: number;
  nUnique: number;
  nSame: number;
  frcAvail: number;
  frcNonZero: number;
  frcUnique: number;
  frcSame: number;
  flagAvail: 'ok' | 'LOW';
  flagNonZero: 'ok' | 'LOW';
  flagUnique: 'ok' | 'LOW';
  /** null where R gives NA (skewness or kurtosis undefined and the other test not decisive). */
  flagSkewKurt: 'ok' | 'OUT' | null;
}

/** Correlations among a set of columns: the children of one aggregate, or every indicator. */
export interface CorrelationMatrix {
  /** The aggregate whose children are correlated, or "indicators" for all indicators. */
  scope: string;
  level: number;
  method: CorrelationMethod;
  codes: string[];
  r: number[][];
  /** Complete pairs behind each entry. */
  n: number[][];
  /** Two-sided p-values (cor.test); 0 on the diagonal as get_pvals. */
  p: number[][];
}

/** The correlation of a node with one of its ancestors (parent, grandparent, ..., index). */
export interface FamilyCorrelation {
  code: string;
  level: number;
  ancestor: string;
  ancestorLevel: number;
  method: CorrelationMethod;
  r: number;
  n: number;
  p: number;
  /** p <= pval (get_corr keeps it); null when p is undefined. */
  significant: boolean | null;
}

export interface CorrelationFlag {
  type: 'collinear' | 'negative';
  group: string;
  level: number;
  a: string;
  b: string;
  method: CorrelationMethod;
  r: number;
  threshold: number;
}

/** Which columns an aggregate's reliability and PCA use: its children, or every indicator below it. */
export type ItemSet = 'children' | 'indicators';

export interface CronbachResult {
  group: string;
  level: number;
  items: ItemSet;
  codes: string[];
  /** Units with a value in every item. */
  nComplete: number;
  alpha: number;
}

export interface PcaSummary {
  group: string;
  level: number;
  items: ItemSet;
  codes: string[];
  nComplete: number;
  eigenvalues: number[];
  varianceExplained: number[];
  /** loadings[component][item], signs fixed as in stats/pca. */
  loadings: number[][];
  /** Why no PCA could be computed (e.g. a constant item); the arrays are then empty. */
  error: string | null;
}

export interface AuditReport {
  /** Units that took part in the computation. */
  units: number;
  options: AuditOptions;
  statistics: ColumnStatistics[];
  correlations: { matrices: CorrelationMatrix[]; family: FamilyCorrelation[] };
  flags: CorrelationFlag[];
  cronbach: CronbachResult[];
  pca: PcaSummary[];
}

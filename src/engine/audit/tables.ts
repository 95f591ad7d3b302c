// The audit report as flat tables (one per CSV file): header and rows of plain values, NaN left as it is.
import { isSignificant } from './correlations.js';
import type { AuditReport } from './types.js';

export type Cell = string | number | boolean | null;

export interface AuditTable {
  name: 'statistics' | 'correlations' | 'flags' | 'cronbach' | 'pca';
  header: string[];
  rows: Cell[][];
}

export function auditTables(report: AuditReport): AuditTable[] {
  return [statistics(report), correlations(report), flags(report), cronbach(report), components(report)];
}

function statistics(report: AuditReport): AuditTable {
  const header = [
    'dataset',
    'code',
    'level',
    'min',
    'max',
    'mean',
    'median',
    'sd',
    'skew',
    'kurt',
    'n_avail',
    'n_nonzero',
    'n_unique',
    'n_same',
    'frc_avail',
    'frc_nonzero',
    'frc_unique',
    'frc_same',
    'flag_avail',
    'flag_nonzero',
    'flag_unique',
    'flag_skewkurt',
  ];
  const rows = report.statistics.map((s) => [
    s.dataset,
    s.code,
    s.level,
    s.min,
    s.max,
    s.mean,
    s.median,
    s.sd,
    s.skew,
    s.kurt,
    s.nAvail,
    s.nNonZero,
    s.nUnique,
    s.nSame,
    s.frcAvail,
    s.frcNonZero,
    s.frcUnique,
    s.frcSame,
    s.flagAvail,
    s.flagNonZero,
    s.flagUnique,
    s.flagSkewKurt,
  ]);
  return { name: 'statistics', header, rows };
}

/** Each pair of a matrix once (upper triangle), then each node with each ancestor. */
function correlations(report: AuditReport): AuditTable {
  const header = ['kind', 'scope', 'method', 'var1', 'var2', 'r', 'n', 'p', 'significant'];
  const rows: Cell[][] = [];
  for (const m of report.correlations.matrices) {
    for (let i = 0; i < m.codes.length; i++) {
      for (let j = i + 1; j < m.codes.length; j++) {
        const p = m.p[i]![j]!;
        const significant = isSignificant(p, report.options.pval);
        rows.push([
          'within',
          m.scope,
          m.method,
          m.codes[i]!,
          m.codes[j]!,
          m.r[i]![j]!,
          m.n[i]![j]!,
          p,
          significant,
        ]);
      }
    }
  }
  for (const f of report.correlations.family) {
    rows.push(['ancestor', f.ancestor, f.method, f.code, f.ancestor, f.r, f.n, f.p, f.significant]);
  }
  return { name: 'correlations', header, rows };
}

function flags(report: AuditReport): AuditTable {
  const header = ['type', 'group', 'level', 'var1', 'var2', 'method', 'r', 'threshold'];
  const rows = report.flags.map((f) => [f.type, f.group, f.level, f.a, f.b, f.method, f.r, f.threshold]);
  return { name: 'flags', header, rows };
}

function cronbach(report: AuditReport): AuditTable {
  const header = ['group', 'level', 'items', 'k', 'n_complete', 'alpha', 'codes'];
  const rows = report.cronbach.map((c) => [
    c.group,
    c.level,
    c.items,
    c.codes.length,
    c.nComplete,
    c.alpha,
    c.codes.join(' '),
  ]);
  return { name: 'cronbach', header, rows };
}

/** One row per component and item; a group without PCA has one row carrying the reason. */
function components(report: AuditReport): AuditTable {
  const header = [
    'group',
    'level',
    'items',
    'n_complete',
    'component',
    'eigenvalue',
    'variance_explained',
    'cumulative_variance',
    'variable',
    'loading',
    'error',
  ];
  const rows: Cell[][] = [];
  for (const s of report.pca) {
    const base = [s.group, s.level, s.items, s.nComplete];
    if (s.error !== null) {
      rows.push([...base, null, null, null, null, null, null, s.error]);
      continue;
    }
    let cumulative = 0;
    s.eigenvalues.forEach((eigenvalue, k) => {
      cumulative += s.varianceExplained[k]!;
      s.codes.forEach((code, j) => {
        rows.push([
          ...base,
          k + 1,
          eigenvalue,
          s.varianceExplained[k]!,
          cumulative,
          code,
          s.loadings[k]![j]!,
          null,
        ]);
      });
    });
  }
  return { name: 'pca', header, rows };
}

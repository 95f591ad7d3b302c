// Writes a computation as COINr-like tables: treated, normalised, aggregated data and ranks, one row per unit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexResult } from '../engine/pipeline.js';
import type { IndexStructure } from '../engine/structure.js';

export const COMPUTE_TABLES = ['treated', 'normalised', 'aggregated', 'ranks'] as const;
export type ComputeTable = (typeof COMPUTE_TABLES)[number];

/**
 * Each table: `uCode`, then one column per code; rows sorted by unit code (plain string order). `aggregated`
 * holds the normalised indicators followed by the aggregates of each level in spec order; `ranks` ranks
 * every column of `aggregated`.
 */
export function computeTables(structure: IndexStructure, result: IndexResult): Record<ComputeTable, string> {
  const indicators = structure.indicators.map((i) => i.code);
  const all = [...indicators, ...structure.aggregates.map((a) => a.code)];
  const order = [...result.units.keys()].sort((a, b) => compareCodes(result.units[a]!, result.units[b]!));
  const table = (codes: readonly string[], columns: ReadonlyMap<string, Float64Array>) => {
    const picked = codes.map((code) => columns.get(code)!);
    const lines = order.map((i) =>
      [quote(result.units[i]!), ...picked.map((c) => formatValue(c[i]!))].join(','),
    );
    return [['uCode', ...codes].map(quote).join(','), ...lines].join('\n') + '\n';
  };
  return {
    treated: table(indicators, result.treated),
    normalised: table(indicators, result.normalised),
    aggregated: table(all, result.scores),
    ranks: table(all, result.ranks),
  };
}

export function writeComputeTables(dir: string, tables: Record<ComputeTable, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return COMPUTE_TABLES.map((name) => {
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, tables[name]);
    return file;
  });
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Full double precision (shortest round trip); empty for missing; Inf and -Inf as R writes them. */
export function formatValue(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  return String(x);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

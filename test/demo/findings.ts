// Test helper: reads the committed demo CSVs and computes index results, ranks and statistics with the engine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { computeIndex, type IndexResult } from '../../src/engine/pipeline.js';
import type { DataMatrix } from '../../src/engine/matrix.js';
import { loadSpecFile } from '../../src/spec/load.js';
import { resolveStructure } from '../../src/spec/resolve.js';

const ROOT = new URL('../../', import.meta.url);
export const SPEC_FILE = fileURLToPath(new URL('data/specs/digital-index-ruhr.yaml', ROOT));

export function projectFile(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

/** A CSV file split into its `#` comment lines and its records (keyed by the header). */
export interface CsvFile {
  comments: string[];
  header: string;
  records: Record<string, string>[];
}

export function readCsvFile(path: string): CsvFile {
  const text = projectFile(path).replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const header = lines.find((l) => l.length > 0 && !l.startsWith('#')) ?? '';
  const records: Record<string, string>[] = parse(text, {
    columns: true,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
  });
  return { comments, header, records };
}

export interface Municipality {
  ags: string;
  name: string;
  areaKm2: number;
  population: number;
  lat: number;
  lon: number;
}

let cachedMunicipalities: Municipality[] | undefined;

export function municipalities(): Municipality[] {
  cachedMunicipalities ??= readCsvFile('data/master/municipalities.csv').records.map((r) => ({
    ags: r.ags!,
    name: r.name!,
    areaKm2: Number(r.area_km2),
    population: Number(r.population),
    lat: Number(r.center_lat),
    lon: Number(r.center_lon),
  }));
  return cachedMunicipalities;
}

export function agsOf(name: string): string {
  const found = municipalities().find((m) => m.name === name);
  if (!found) throw new Error(`unknown municipality ${name}`);
  return found.ags;
}

/** Index results of one unit set in one edition of the committed demo data. */
export class UnitSetResult {
  readonly units: readonly string[];
  readonly result: IndexResult;
  private readonly matrix: DataMatrix;

  constructor(records: readonly Record<string, string>[], unitSet: string) {
    const own = records.filter((r) => r.unit_set === unitSet);
    const units = [...new Set(own.map((r) => r.unit_code!))];
    const columns = new Map<string, Float64Array>();
    for (const r of own) {
      if (!columns.has(r.variable!))
        columns.set(r.variable!, new Float64Array(units.length).fill(Number.NaN));
      columns.get(r.variable!)![units.indexOf(r.unit_code!)] = Number(r.value);
    }
    this.units = units;
    this.matrix = { units, columns };
    this.result = computeIndex(resolveStructure(loadSpecFile(SPEC_FILE).spec), this.matrix);
  }

  private at(column: Float64Array | undefined, unit: string): number {
    const i = this.units.indexOf(unit);
    if (!column || i < 0) throw new Error(`no value for ${unit}`);
    return column[i]!;
  }

  /** Raw CSV value (numerator, percentage or denominator). */
  raw(variable: string, unit: string): number {
    return this.at(this.matrix.columns.get(variable), unit);
  }

  /** Indicator value in its unit, e.g. per 100,000 inhabitants. */
  rate(indicator: string, unit: string): number {
    return this.at(this.result.denominated.get(indicator), unit);
  }

  score(node: string, unit: string): number {
    return this.at(this.result.scores.get(node), unit);
  }

  rank(node: string, unit: string): number {
    return this.at(this.result.ranks.get(node), unit);
  }

  /** Units ordered by descending score of a node (rank 1 first). */
  order(node: string): string[] {
    return [...this.units].sort((a, b) => this.score(node, b) - this.score(node, a));
  }

  /** The unweighted mean of the units' scores of a node (for the index: the "Ruhr average"). */
  mean(node: string): number {
    return this.units.reduce((sum, u) => sum + this.score(node, u), 0) / this.units.length;
  }
}

export function demoEdition(edition: 2024 | 2025): CsvFile {
  return readCsvFile(`data/demo/values-${edition}.csv`);
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Standard deviation with the divisor n (the smaller of the two usual definitions). */
export function standardDeviation(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/** The largest number of values that lie within a closed interval of the given width. */
export function mostWithin(xs: readonly number[], width: number): number {
  return Math.max(...xs.map((low) => xs.filter((x) => x >= low && x <= low + width).length));
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = [...v.keys()].sort((a, b) => v[a]! - v[b]!);
    const r = new Array<number>(v.length);
    for (let k = 0; k < order.length;) {
      let end = k;
      while (end + 1 < order.length && v[order[end + 1]!] === v[order[k]!]) end++;
      for (let j = k; j <= end; j++) r[order[j]!] = (k + end) / 2;
      k = end + 1;
    }
    return r;
  };
  const [rx, ry] = [ranks(xs), ranks(ys)];
  const [mx, my] = [mean(rx), mean(ry)];
  const cov = rx.reduce((s, x, i) => s + (x - mx) * (ry[i]! - my), 0);
  const sx = Math.sqrt(rx.reduce((s, x) => s + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ry.reduce((s, y) => s + (y - my) ** 2, 0));
  return cov / (sx * sy);
}

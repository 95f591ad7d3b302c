// What-if scenarios: a file of changes ("FTTB/H in Sonsbeck rises to 80 %") applied to an edition, every rank change listed.
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, LineCounter } from 'yaml';
import { IngestError } from '../../ingest/errors.js';
import { finiteOrNull, findUnit, isConfidential, ranksOf, scoresOf, valuesOf } from '../access.js';
import type { EditionData } from '../types.js';
import { recompute } from './recompute.js';

/** One change: the unit (AGS or name), the indicator, and its new value in the indicator's unit or a change by. */
export interface ScenarioChange {
  unit: string;
  indicator: string;
  value?: number;
  by?: number;
  /** Line in the scenario file, for error messages. */
  line?: number;
}

export interface Scenario {
  file: string;
  title: string | null;
  changes: ScenarioChange[];
}

/** Reads a scenario from YAML (`changes: [{unit, indicator, value | by}]`) or CSV (`unit,indicator,value[,by]`). */
export function parseScenario(text: string, file: string): Scenario {
  return /\.csv$/i.test(file) ? parseCsvScenario(text, file) : parseYamlScenario(text, file);
}

function parseYamlScenario(text: string, file: string): Scenario {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new IngestError(file, e.linePos?.[0].line ?? null, null, e.message.split('\n')[0]!);
  }
  const root = doc.toJS() as unknown;
  const changes = (root as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes) || changes.length === 0)
    throw new IngestError(file, 1, 'changes', 'a scenario needs a non-empty list "changes"');
  const items = (doc.get('changes', true) as { items?: { range?: [number, number, number] }[] }).items ?? [];
  const title = (root as { title?: unknown }).title;
  return {
    file,
    title: typeof title === 'string' ? title : null,
    changes: changes.map((c: unknown, k) => {
      const offset = items[k]?.range?.[0];
      const line = offset === undefined ? null : lines.linePos(offset).line;
      return checkChange(c as Record<string, unknown>, file, line);
    }),
  };
}

function parseCsvScenario(text: string, file: string): Scenario {
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, comment: '#' });
  } catch (error) {
    throw new IngestError(file, null, null, (error as Error).message);
  }
  if (records.length === 0) throw new IngestError(file, 1, null, 'the scenario has no changes');
  return {
    file,
    title: null,
    changes: records.map((r, k) => {
      const row: Record<string, unknown> = { unit: r.unit, indicator: r.indicator };
      for (const key of ['value', 'by'] as const) {
        if (r[key] !== undefined && r[key] !== '') row[key] = germanOrPlainNumber(r[key]);
      }
      return checkChange(row, file, k + 2);
    }),
  };
}

function germanOrPlainNumber(text: string): number {
  const t = text.replace(/\s|%/g, '');
  return Number(/,\d+$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t);
}

function checkChange(c: Record<string, unknown> | null, file: string, line: number | null): ScenarioChange {
  const fail = (field: string | null, problem: string) => new IngestError(file, line, field, problem);
  if (!c || typeof c !== 'object') throw fail(null, 'each change needs unit, indicator and value (or by)');
  const unit = c.unit;
  const indicator = c.indicator;
  if (typeof unit !== 'string' && typeof unit !== 'number') throw fail('unit', 'missing unit (AGS or name)');
  if (typeof indicator !== 'string' || indicator === '') throw fail('indicator', 'missing indicator code');
  const out: ScenarioChange = { unit: String(unit), indicator, ...(line === null ? {} : { line }) };
  for (const key of ['value', 'by'] as const) {
    if (c[key] === undefined) continue;
    const n = typeof c[key] === 'number' ? c[key] : Number.NaN;
    if (!Number.isFinite(n)) throw fail(key, `"${String(c[key])}" is not a number`);
    out[key] = n;
  }
  if ((out.value === undefined) === (out.by === undefined))
    throw fail('value', 'give exactly one of value and by');
  return out;
}

export interface ScenarioUnit {
  code: string;
  name: string;
  scoreBefore: number | null;
  scoreAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** rankBefore − rankAfter: positive when the unit moves up. */
  rankChange: number;
}

export interface ScenarioResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  title: string | null;
  applied: { code: string; name: string; indicator: string; from: number | null; to: number }[];
  /** Every unit, by new rank; `changed` lists only those whose rank moved. */
  units: ScenarioUnit[];
  changed: ScenarioUnit[];
}

/** Applies the scenario's changes and recomputes the whole index with the engine. */
export function applyScenario(data: EditionData, scenario: Scenario): ScenarioResult {
  const overrides = new Map<string, Map<number, number>>();
  const applied: ScenarioResult['applied'] = [];
  for (const c of scenario.changes) {
    const fail = (field: string, problem: string) =>
      new IngestError(scenario.file, c.line ?? null, field, problem);
    const i = findUnit(data, c.unit);
    if (i < 0) throw fail('unit', `unknown unit "${c.unit}" in unit set ${data.unitSet}`);
    if (!data.result.denominated.has(c.indicator))
      throw fail('indicator', `unknown indicator "${c.indicator}"`);
    const current = valuesOf(data, c.indicator)[i]!;
    const to = c.value ?? current + c.by!;
    if (!Number.isFinite(to))
      throw fail('by', `${data.units[i]!.name} has no value of ${c.indicator} to change`);
    if (!overrides.has(c.indicator)) overrides.set(c.indicator, new Map());
    overrides.get(c.indicator)!.set(i, to);
    const secret = isConfidential(data, i, c.indicator);
    applied.push({
      code: data.units[i]!.code,
      name: data.units[i]!.name,
      indicator: c.indicator,
      from: secret ? null : finiteOrNull(current),
      to,
    });
  }
  const root = data.structure.root;
  const after = recompute(data, overrides);
  const before = { score: scoresOf(data, root), rank: ranksOf(data, root) };
  const units = data.units.map((u, i): ScenarioUnit => {
    const rankBefore = finiteOrNull(before.rank[i]!);
    const rankAfter = finiteOrNull(after.ranks.get(root)![i]!);
    return {
      code: u.code,
      name: u.name,
      scoreBefore: finiteOrNull(before.score[i]!),
      scoreAfter: finiteOrNull(after.scores.get(root)![i]!),
      rankBefore,
      rankAfter,
      rankChange: rankBefore !== null && rankAfter !== null ? rankBefore - rankAfter : 0,
    };
  });
  units.sort((a, b) => (a.rankAfter ?? Infinity) - (b.rankAfter ?? Infinity) || a.code.localeCompare(b.code));
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    title: scenario.title,
    applied,
    units,
    changed: units.filter((u) => u.rankChange !== 0),
  };
}

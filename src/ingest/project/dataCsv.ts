// The project's data.csv: uCode, uName, group columns, Time, denominators, indicators; empty cell = missing.
import { IngestError } from '../errors.js';
import { csvRecords } from './csvRecords.js';
import type { ProjectTable } from './table.js';

export function formatDataCsv(table: ProjectTable): string {
  const header = [
    'uCode',
    'uName',
    ...table.groups.keys(),
    ...(table.times ? ['Time'] : []),
    ...table.values.keys(),
  ];
  const groups = [...table.groups.values()];
  const values = [...table.values.values()];
  const lines = table.codes.map((code, i) =>
    [
      code,
      table.names[i]!,
      ...groups.map((g) => g[i] ?? ''),
      ...(table.times ? [formatNumber(table.times[i]!)] : []),
      ...values.map((v) => formatNumber(v[i]!)),
    ]
      .map(quote)
      .join(','),
  );
  return [header.map(quote).join(','), ...lines].join('\n') + '\n';
}

/** Shortest text that reads back as the same double; empty for missing. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  return String(x);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface DataColumns {
  /** Numeric columns that must be present (the spec's denominators and indicators). */
  numeric: readonly string[];
}

/** Reads data.csv; columns other than uCode, uName, Time and the numeric ones are group columns. */
export function parseDataCsv(text: string, file: string, { numeric }: DataColumns): ProjectTable {
  const [head, ...body] = csvRecords(text, file);
  if (!head) throw new IngestError(file, null, null, 'the file is empty');
  if (body.length === 0) throw new IngestError(file, head.line, null, 'the table has no data rows');
  const header = head.cells;
  for (const column of ['uCode', ...numeric]) {
    if (!header.includes(column)) {
      throw new IngestError(file, head.line, column, `missing column (found: ${header.join(', ')})`);
    }
  }
  const at = (name: string) => header.indexOf(name);
  const [codeAt, nameAt, timeAt] = [at('uCode'), at('uName'), at('Time')];
  const groups = header.filter((h) => h !== 'uCode' && h !== 'uName' && h !== 'Time' && !numeric.includes(h));
  const table: ProjectTable = {
    codes: [],
    names: [],
    times: timeAt < 0 ? null : [],
    groups: new Map(groups.map((g) => [g, []])),
    values: new Map(numeric.map((code) => [code, new Float64Array(body.length)])),
  };
  const groupAt = groups.map(at);
  const numericAt = numeric.map(at);
  const columns = [...table.values.values()];
  const seen = new Map<string, number>();
  for (const [r, { cells: record, line }] of body.entries()) {
    const fail = (column: string, problem: string) => new IngestError(file, line, column, problem);
    if (record.length !== header.length) {
      throw new IngestError(
        file,
        line,
        null,
        `${record.length} cells, but the header has ${header.length} columns`,
      );
    }
    const code = record[codeAt]!;
    if (code === '') throw fail('uCode', 'a unit code must not be empty');
    const time = timeAt < 0 ? null : parseCell(record[timeAt]!);
    if (timeAt >= 0 && (time === null || !Number.isFinite(time))) {
      throw fail('Time', `"${record[timeAt]}" is not a Time (a number)`);
    }
    const key = `${code}\u0000${time}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw fail(
        'uCode',
        `unit "${code}" appears twice${time === null ? '' : ` for Time ${time}`} (first on line ${first})`,
      );
    seen.set(key, line);
    table.codes.push(code);
    table.names.push(nameAt < 0 || record[nameAt] === '' ? code : record[nameAt]!);
    if (time !== null) table.times!.push(time);
    groups.forEach((g, k) => table.groups.get(g)!.push(record[groupAt[k]!] || null));
    for (let k = 0; k < numericAt.length; k++) {
      const value = parseCell(record[numericAt[k]!]!);
      if (value === null) throw fail(numeric[k]!, `"${record[numericAt[k]!]}" is not a number`);
      columns[k]![r] = value;
    }
  }
  return table;
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A cell of a numeric column: NaN for empty (or NA), ±Infinity for Inf, null when it is no number. */
function parseCell(text: string): number | null {
  const t = text.trim();
  if (t === '' || t === 'NA') return Number.NaN;
  if (t === 'Inf' || t === '-Inf') return t === 'Inf' ? Infinity : -Infinity;
  return DECIMAL.test(t) ? Number(t) : null;
}

// Reads COINr's iData against iMeta: unit codes and names, Time, group columns, denominators and indicators.
import { IngestError } from '../errors.js';
import type { ProjectTable } from '../project/table.js';
import type { IMetaRow } from './iMeta.js';
import { isMissing, parseRNumber, type CoinrTable } from './table.js';

const SPECIAL = ['uCode', 'uName', 'Time'];

export interface IDataRead {
  table: ProjectTable;
  /** Columns of Type Other: COINr passes them through; an index has no use for them. */
  dropped: string[];
}

export function readIData(data: CoinrTable, meta: readonly IMetaRow[], metaFile: string): IDataRead {
  const { file, header } = data;
  if (!header.includes('uCode')) {
    throw new IngestError(file, data.headerLine, 'uCode', `missing column (found: ${header.join(', ')})`);
  }
  const byCode = new Map(meta.map((r) => [r.code, r]));
  const groups: string[] = [];
  const dropped: string[] = [];
  for (const column of header) {
    if (SPECIAL.includes(column)) continue;
    const row = byCode.get(column);
    if (!row && column.endsWith('_group')) groups.push(column);
    else if (!row) {
      throw new IngestError(
        file,
        data.headerLine,
        column,
        `the column is not in ${metaFile} (give it a row there, e.g. Type Other)`,
      );
    } else if (row.type === 'Aggregate') {
      throw new IngestError(
        file,
        data.headerLine,
        column,
        `"${column}" is an Aggregate in ${metaFile}: aggregates are computed, not read`,
      );
    } else if (row.type === 'Group') groups.push(column);
    else if (row.type === 'Other') dropped.push(column);
  }
  for (const row of meta) {
    if (row.type !== 'Aggregate' && !header.includes(row.code)) {
      throw new IngestError(
        metaFile,
        row.line,
        'iCode',
        `${row.type} "${row.code}" has no column in ${file}`,
      );
    }
  }
  const numeric = [
    ...meta.filter((r) => r.type === 'Denominator').map((r) => r.code),
    ...meta.filter((r) => r.type === 'Indicator').map((r) => r.code),
  ];
  return { table: readRows(data, groups, numeric), dropped };
}

function readRows(data: CoinrTable, groups: readonly string[], numeric: readonly string[]): ProjectTable {
  const { file, header, rows } = data;
  const at = (name: string) => header.indexOf(name);
  const [codeAt, nameAt, timeAt] = [at('uCode'), at('uName'), at('Time')];
  const values = new Map(numeric.map((code) => [code, new Float64Array(rows.length)]));
  const table: ProjectTable = {
    codes: [],
    names: [],
    times: timeAt < 0 ? null : [],
    groups: new Map(groups.map((name) => [name, []])),
    values,
  };
  const seen = new Map<string, number>();
  for (const [r, { line, cells }] of rows.entries()) {
    const fail = (column: string, problem: string) => new IngestError(file, line, column, problem);
    const code = cells[codeAt] ?? '';
    if (isMissing(code)) throw fail('uCode', 'a unit code must not be empty or NA');
    const time = timeAt < 0 ? null : parseRNumber(cells[timeAt] ?? '');
    if (time === null && timeAt >= 0) throw fail('Time', `"${cells[timeAt]}" is not a number`);
    if (time !== null && !Number.isFinite(time)) throw fail('Time', 'must not be missing');
    const key = time === null ? code : `${code}\u0000${time}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw fail(
        'uCode',
        `unit "${code}" appears twice${time === null ? '' : ` for Time ${time}`} (first on line ${first})`,
      );
    }
    seen.set(key, line);
    table.codes.push(code);
    table.names.push(nameAt < 0 || isMissing(cells[nameAt] ?? '') ? code : cells[nameAt]!);
    if (time !== null) table.times!.push(time);
    for (const name of groups) {
      const text = cells[at(name)] ?? '';
      table.groups.get(name)!.push(isMissing(text) ? null : text);
    }
    for (const code of numeric) {
      const text = cells[at(code)] ?? '';
      const value = parseRNumber(text);
      if (value === null) throw fail(code, `"${text}" is not a number`);
      values.get(code)![r] = value;
    }
  }
  return table;
}

// The data of a project: one row per unit and Time, with text group columns and numeric columns (NaN = missing).
import type { PipelineInput } from '../../engine/pipeline.js';
import { IngestError } from '../errors.js';

export interface ProjectTable {
  /** uCode of every row. */
  codes: string[];
  /** uName of every row (the code when the input has no names). */
  names: string[];
  /** Time of every row; null when the data has no Time column. */
  times: number[] | null;
  /** Group columns (e.g. GDP_group), in file order; null marks a missing group. */
  groups: Map<string, (string | null)[]>;
  /** Numeric columns (denominators, then indicators). */
  values: Map<string, Float64Array>;
}

/** The distinct Time values, ascending. */
export function timesOf(table: ProjectTable): number[] {
  return [...new Set(table.times ?? [])].sort((a, b) => a - b);
}

/** The rows of one Time (every row when `time` is null) as the engine's input. */
export function editionInput(table: ProjectTable, time: number | null): PipelineInput {
  const rows = [...table.codes.keys()].filter((i) => time === null || table.times?.[i] === time);
  const pick = <T>(column: ArrayLike<T>) => rows.map((i) => column[i]!);
  return {
    units: pick(table.codes),
    columns: new Map([...table.values].map(([code, column]) => [code, Float64Array.from(pick(column))])),
    groups: new Map([...table.groups].map(([name, column]) => [name, pick(column)])),
  };
}

/** The Time to compute: `edition` when given, else the latest; null when the data has no Time column. */
export function pickTime(table: ProjectTable, edition: number | undefined, file: string): number | null {
  const times = timesOf(table);
  if (table.times === null) {
    if (edition === undefined) return null;
    throw new IngestError(
      file,
      null,
      'Time',
      `the data has no Time column, so edition ${edition} cannot be picked`,
    );
  }
  const time = edition ?? times.at(-1)!;
  if (!times.includes(time))
    throw new IngestError(file, null, 'Time', `no rows with Time ${time} (found: ${times.join(', ')})`);
  return time;
}

// Reads COINr's iMeta: one row per column of iData and per aggregate, with level, weight, direction and parent.
import { CODE_PATTERN } from '../../spec/schema.js';
import { IngestError } from '../errors.js';
import { isMissing, parseRNumber, type CoinrTable } from './table.js';

export const IMETA_TYPES = ['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'] as const;
export type IMetaType = (typeof IMETA_TYPES)[number];

export interface IMetaRow {
  line: number;
  type: IMetaType;
  code: string;
  name: string;
  level: number | null;
  direction: 1 | -1 | null;
  weight: number | null;
  unit: string | null;
  target: number | null;
  denominator: string | null;
  parent: string | null;
}

const REQUIRED = ['Level', 'iCode', 'Parent', 'Direction', 'Type', 'Weight'];

export function readIMeta(table: CoinrTable): IMetaRow[] {
  for (const column of REQUIRED) {
    if (!table.header.includes(column)) {
      throw new IngestError(
        table.file,
        table.headerLine,
        column,
        `missing column (found: ${table.header.join(', ')})`,
      );
    }
  }
  const seen = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const text = (column: string) => {
      const i = table.header.indexOf(column);
      return i < 0 ? '' : (cells[i] ?? '');
    };
    const fail = (column: string, problem: string) => new IngestError(table.file, line, column, problem);
    const optionalText = (column: string) => (isMissing(text(column)) ? null : text(column));
    const number = (column: string) => {
      const value = parseRNumber(text(column));
      if (value === null) throw fail(column, `"${text(column)}" is not a number`);
      return Number.isNaN(value) ? null : value;
    };

    const code = text('iCode');
    if (isMissing(code)) throw fail('iCode', 'must not be empty or NA');
    if (!CODE_PATTERN.test(code))
      throw fail('iCode', `"${code}" must be letters, digits, _ and . starting with a letter`);
    const first = seen.get(code);
    if (first !== undefined) throw fail('iCode', `"${code}" appears twice (first on line ${first})`);
    seen.set(code, line);

    const type = text('Type') as IMetaType;
    if (!IMETA_TYPES.includes(type))
      throw fail('Type', `"${text('Type')}" must be one of ${IMETA_TYPES.join(', ')}`);
    const direction = number('Direction');
    if (direction !== null && direction !== 1 && direction !== -1)
      throw fail('Direction', `"${text('Direction')}" must be 1 or -1`);
    const row: IMetaRow = {
      line,
      type,
      code,
      name: optionalText('iName') ?? code,
      level: number('Level'),
      direction,
      weight: number('Weight'),
      unit: optionalText('Unit'),
      target: number('Target'),
      denominator: optionalText('Denominator'),
      parent: optionalText('Parent'),
    };
    if (type === 'Indicator' || type === 'Aggregate') checkNode(row, fail);
    return row;
  });
}

function checkNode(row: IMetaRow, fail: (column: string, problem: string) => IngestError): void {
  const { level } = row;
  if (level === null || !Number.isInteger(level) || level < 1) {
    throw fail('Level', `an ${row.type} needs a Level: a whole number from 1 (indicators) up`);
  }
  if (row.type === 'Indicator' && level !== 1)
    throw fail('Level', `an Indicator is at Level 1, not ${level}`);
  if (row.type === 'Aggregate' && level < 2) throw fail('Level', 'an Aggregate is at Level 2 or above');
  if (row.direction === null) throw fail('Direction', `an ${row.type} needs a Direction (1 or -1)`);
  if (row.weight === null) throw fail('Weight', `an ${row.type} needs a Weight`);
  if (!Number.isFinite(row.weight) || row.weight < 0)
    throw fail('Weight', `${row.weight} must be a finite number ≥ 0`);
  if (row.target !== null && !Number.isFinite(row.target)) throw fail('Target', 'must be a finite number');
}

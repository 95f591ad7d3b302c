// Turns the rows of a table (text or spreadsheet) into observations: header, column roles, number formats, values.
import type { MissingReason } from '../../../model/index.js';
import { IngestError } from '../../errors.js';
import { genesisTime } from '../genesis/time.js';
import type { RawObservation } from '../types.js';
import { keyCellText, readValueCell } from './cellValue.js';
import { ColumnFormat } from './columnFormat.js';
import { cellText, isBlankRow, type GridRow, type GridSource } from './grid.js';
import { flatten } from './flatten.js';
import { findHeader, isKeyHeader, sameHeader, type Header, type HeaderOptions } from './header.js';
import {
  GERMAN,
  POINT,
  type DecimalSeparator,
  type NumberFormat,
  type ThousandsSeparator,
} from './numberFormat.js';
import { SkipTally } from './skipTally.js';

export interface GridTableOptions extends HeaderOptions {
  labelColumn?: string;
  timeColumn?: string;
  time?: string;
  valueColumns?: readonly string[];
  attributeColumns?: readonly string[];
  variableColumn?: string;
  valueColumn?: string;
  unitColumn?: string;
  decimal?: DecimalSeparator;
  thousands?: ThousandsSeparator;
  missing?: Readonly<Record<string, MissingReason>>;
  /** End the table at the first blank row after data began; what follows is a footer (counted, not read). */
  stopAtBlankRow?: boolean;
  /** Reader-specific column roles (BA, broadband), given the header and the roles the options define. */
  resolveRoles?: (header: Header, roles: Roles) => Roles;
  /** Reader-specific row filter: a reason to leave the row out (counted, with the cell that tells), or null. */
  skipRow?: (row: RowView) => RowSkip | string | null;
  /** Reader-specific finishing of each observation (fill a time known from the preamble, check a range). */
  finish?: (observation: RawObservation) => RawObservation;
  /** Rows read to decide number formats before the first observation is given out. */
  sampleRows?: number;
}

export interface Roles {
  key: number;
  label: number | null;
  time: number | null;
  unit: number | null;
  attributes: { index: number; name: string }[];
  /** Wide tables: one observation per value column. */
  values: { index: number; variable: string }[];
  /** Long tables: the variable and the value are in columns of their own. */
  long: { variable: number | null; value: number } | null;
}

export interface RowSkip {
  reason: string;
  /** Index of the cell that made the row skipped (shown as the example). */
  index: number;
}

export interface RowView {
  row: GridRow;
  key: string;
  label: string | null;
  attributes: Readonly<Record<string, string>>;
}

export interface GridTable {
  header: Header;
  roles: Roles;
  observations: AsyncIterable<RawObservation>;
  skipped: SkipTally;
  /** The value columns: label (header or letter) and variable. */
  columns: { label: string; variable: string }[];
}

const SAMPLE_ROWS = 1000;

export async function openGridTable(source: GridSource, options: GridTableOptions): Promise<GridTable> {
  const header = await findHeader(source.file, source.rows, options);
  const defaults = defaultRoles(source.file, header, options);
  const roles = options.resolveRoles ? options.resolveRoles(header, defaults) : defaults;
  const skipped = new SkipTally();
  const label = (index: number) => source.columnLabel(index, header.names[index] ?? '');
  const columns = roles.long
    ? [{ label: label(roles.long.value), variable: '' }]
    : roles.values.map((v) => ({ label: label(v.index), variable: v.variable }));
  const rest = { ...source, rows: header.rest };
  return {
    header,
    roles,
    skipped,
    columns,
    observations: flatten(observe(rest, header, roles, options, skipped)),
  };
}

function defaultRoles(file: string, header: Header, options: GridTableOptions): Roles {
  const line = header.rows[header.rows.length - 1]!.line;
  const find = (name: string | undefined, what: string): number | null => {
    if (name === undefined) return null;
    const index = columnIndex(header, name);
    if (index < 0) {
      throw new IngestError(
        file,
        line,
        name,
        `no ${what} column "${name}" (found: ${header.names.filter((n) => n).join(', ')})`,
      );
    }
    return index;
  };
  const key = header.last.findIndex((text) => isKeyHeader(text, options.keyColumn));
  const roles: Roles = {
    key: key >= 0 ? key : find(options.keyColumn ?? 'AGS', 'key')!,
    label: find(options.labelColumn, 'label'),
    time: find(options.timeColumn, 'time'),
    unit: find(options.unitColumn, 'unit'),
    attributes: (options.attributeColumns ?? []).map((name) => ({ index: find(name, 'attribute')!, name })),
    values: [],
    long: null,
  };
  if (options.valueColumn !== undefined) {
    roles.long = {
      variable: find(options.variableColumn, 'variable'),
      value: find(options.valueColumn, 'value')!,
    };
    return roles;
  }
  const used = new Set([
    roles.key,
    roles.label,
    roles.time,
    roles.unit,
    ...roles.attributes.map((a) => a.index),
  ]);
  const wanted =
    options.valueColumns?.map((name) => find(name, 'value')!) ??
    header.names.flatMap((name, index) => (name !== '' && !used.has(index) ? [index] : []));
  roles.values = wanted.map((index) => ({ index, variable: header.names[index]! }));
  return roles;
}

export function columnIndex(header: Header, name: string): number {
  const byLast = header.last.findIndex((text) => sameHeader(text, name));
  return byLast >= 0 ? byLast : header.names.findIndex((text) => sameHeader(text, name));
}

async function* observe(
  source: GridSource,
  header: Header,
  roles: Roles,
  options: GridTableOptions,
  skipped: SkipTally,
): AsyncGenerator<RawObservation[]> {
  try {
    yield* observeRows(source, header, roles, options, skipped);
  } finally {
    await source.rows.return?.(); // closes the file also when the reader stops early
  }
}

async function* observeRows(
  source: GridSource,
  header: Header,
  roles: Roles,
  options: GridTableOptions,
  skipped: SkipTally,
): AsyncGenerator<RawObservation[]> {
  const file = source.file;
  const declared = declaredFormat(options);
  const valueIndexes = roles.long ? [roles.long.value] : roles.values.map((v) => v.index);
  const labels = new Map(valueIndexes.map((i) => [i, source.columnLabel(i, header.names[i] ?? '')]));
  const formats = new Map(valueIndexes.map((i) => [i, new ColumnFormat(file, labels.get(i)!, declared)]));
  const missing = options.missing ?? {};
  const sample: GridRow[] = [];
  let ended = false;
  let started = false;
  let next = await source.rows.next();
  for (; !next.done && sample.length < (options.sampleRows ?? SAMPLE_ROWS); next = await source.rows.next()) {
    const row = next.value;
    if (isBlankRow(row)) {
      if (started && options.stopAtBlankRow) {
        ended = true;
        break;
      }
      continue;
    }
    started = true;
    sample.push(row);
    noteFormats(row, formats);
  }
  const fallback = fileFormat(formats, source.fallbackFormat);
  for (const format of formats.values()) format.decide(fallback);

  const finish = options.finish ?? ((o: RawObservation) => o);
  const emit = function* (row: GridRow): Generator<RawObservation> {
    const key = keyCellText(row.cells[roles.key]);
    if (key === '') {
      skipped.add('row without a region key', { line: row.line, column: null, text: rowText(row) });
      return;
    }
    const label = roles.label === null ? null : cellText(row.cells[roles.label]) || null;
    const attributes: Record<string, string> = {};
    for (const a of roles.attributes) attributes[a.name] = cellText(row.cells[a.index]);
    const skip = options.skipRow?.({ row, key, label, attributes }) ?? null;
    if (skip !== null) {
      const { reason, index } = typeof skip === 'string' ? { reason: skip, index: roles.key } : skip;
      const column = source.columnLabel(index, header.names[index] ?? '');
      skipped.add(reason, { line: row.line, column, text: cellText(row.cells[index]) });
      return;
    }
    const time = timeOf(file, row, roles, options, source, header);
    const unit = roles.unit === null ? null : cellText(row.cells[roles.unit]) || null;
    const columns = roles.long
      ? [
          {
            index: roles.long.value,
            variable: roles.long.variable === null ? '' : cellText(row.cells[roles.long.variable]),
          },
        ]
      : roles.values;
    for (const { index, variable } of columns) {
      const column = labels.get(index)!;
      const format = formats.get(index)!;
      const read = readValueCell(row.cells[index], format.format!, missing, { file, line: row.line, column });
      yield finish({
        line: row.line,
        column,
        regionKey: key,
        regionLabel: label,
        variable,
        attributes,
        time,
        value: read.value,
        missingReason: read.missingReason,
        text: read.text,
        unit,
        quality: read.quality,
        confidential: false,
      });
    }
  };

  const BATCH = 2000;
  let batch: RawObservation[] = [];
  for (const row of sample) for (const o of emit(row)) batch.push(o);
  yield batch;
  batch = [];
  if (!ended) {
    for (; !next.done; next = await source.rows.next()) {
      const row = next.value;
      if (isBlankRow(row)) {
        if (started && options.stopAtBlankRow) {
          ended = true;
          break;
        }
        continue;
      }
      started = true;
      noteFormats(row, formats);
      for (const o of emit(row)) batch.push(o);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
  if (ended) {
    for (next = await source.rows.next(); !next.done; next = await source.rows.next()) {
      if (!isBlankRow(next.value)) {
        skipped.add('footer below the table', {
          line: next.value.line,
          column: null,
          text: rowText(next.value),
        });
      }
    }
  }
}

function noteFormats(row: GridRow, formats: Map<number, ColumnFormat>): void {
  for (const [index, format] of formats) {
    const cell = row.cells[index];
    if (typeof cell === 'string') format.observe(cell, row.line);
  }
}

/** The format the columns agree on, else the source's fallback. */
function fileFormat(formats: Map<number, ColumnFormat>, fallback: NumberFormat): NumberFormat {
  const evidence = new Set([...formats.values()].map((f) => f.evidence()).filter((e) => e !== undefined));
  if (evidence.size !== 1) return fallback;
  return evidence.has('de') ? GERMAN : POINT;
}

function declaredFormat(options: GridTableOptions): NumberFormat | undefined {
  if (options.decimal === undefined && options.thousands === undefined) return undefined;
  const decimal = options.decimal ?? (options.thousands === '.' ? ',' : '.');
  const thousands = options.thousands ?? (decimal === ',' ? '.' : ',');
  return { decimal, thousands };
}

function timeOf(
  file: string,
  row: GridRow,
  roles: Roles,
  options: GridTableOptions,
  source: GridSource,
  header: Header,
): string {
  if (roles.time === null) return options.time ?? '';
  const text = cellText(row.cells[roles.time]);
  const time = genesisTime(text);
  if (time === undefined) {
    throw new IngestError(
      file,
      row.line,
      source.columnLabel(roles.time, header.names[roles.time] ?? ''),
      `"${text}" is not a reference time (YYYY, DD.MM.YYYY or YYYY-MM-DD)`,
    );
  }
  return time;
}

function rowText(row: GridRow): string {
  return row.cells.map(cellText).join(';').replace(/;+$/, '').slice(0, 80);
}

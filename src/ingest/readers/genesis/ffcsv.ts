// Reader of the GENESIS flat file "ffcsv": one value per row, dimensions in column groups, streaming.
import { IngestError } from '../../errors.js';
import type { NumberStyle } from '../germanNumber.js';
import type { RawObservation, SourceTable, TableMetadata } from '../types.js';
import { readCell } from './cell.js';
import { rowParts } from './rowParts.js';
import {
  flattenBatches,
  headerCells,
  headOf,
  notANumber,
  recordsOf,
  tableCodeFromFileName,
  type GenesisReadOptions,
} from './source.js';

/** Column positions of an ffcsv header. */
export interface FfcsvLayout {
  width: number;
  statisticsCode: number;
  statisticsLabel: number;
  time: number;
  dimensions: { code: number; label: number; attributeCode: number; attributeLabel: number }[];
  value: number;
  unit: number;
  valueCode: number;
  valueLabel: number;
  /** -1 when the file was requested without quality columns. */
  quality: number;
}

const FIXED = ['statistics_code', 'statistics_label', 'time_code', 'time_label', 'time'];
const VALUE = ['value', 'value_unit', 'value_variable_code', 'value_variable_label'];

/** Finds the columns of an ffcsv header; a missing column is an error on line 1. */
export function ffcsvLayout(file: string, header: readonly string[]): FfcsvLayout {
  const index = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new IngestError(file, 1, name, `missing column (found: ${header.join(', ')})`);
    return i;
  };
  for (const name of [...FIXED, ...VALUE]) index(name);
  const dimensions: FfcsvLayout['dimensions'] = [];
  for (let n = 1; header.includes(`${n}_variable_code`); n++) {
    dimensions.push({
      code: index(`${n}_variable_code`),
      label: index(`${n}_variable_label`),
      attributeCode: index(`${n}_variable_attribute_code`),
      attributeLabel: index(`${n}_variable_attribute_label`),
    });
  }
  return {
    width: header.length,
    statisticsCode: index('statistics_code'),
    statisticsLabel: index('statistics_label'),
    time: index('time'),
    dimensions,
    value: index('value'),
    unit: index('value_unit'),
    valueCode: index('value_variable_code'),
    valueLabel: index('value_variable_label'),
    quality: header.indexOf('value_q'),
  };
}

/**
 * Turns one ffcsv row into an observation. The region is the dimension whose variable code is a region level
 * (GEMEIN, KREISE, DLAND, REGBEZ, DINSG); an empty attribute code there is the total over that level and stays
 * empty (label "Insgesamt"), as DINSG may give Germany's own row in the same file. The other
 * dimensions become attributes, leaving out totals (empty attribute code). `variable` = value_variable_code,
 * `quality` = value_q (or a flag written next to the value).
 */
export function ffcsvObservation(
  file: string,
  layout: FfcsvLayout,
  line: number,
  cells: readonly string[],
  style: NumberStyle,
): RawObservation {
  const { regionKey, regionLabel, attributes, time } = rowParts(file, line, cells, layout, 'time', false);
  const variable = cells[layout.valueCode]!;
  if (variable === '') throw new IngestError(file, line, 'value_variable_code', 'must not be empty');
  const text = cells[layout.value]!;
  const cell = readCell(text, style);
  if (cell === undefined) throw notANumber(file, line, 'value', text);
  const q = layout.quality < 0 ? '' : cells[layout.quality]!.trim();
  return {
    line,
    column: 'value',
    regionKey,
    regionLabel,
    variable,
    attributes,
    time,
    value: cell.value,
    missingReason: cell.missingReason,
    text,
    unit: cells[layout.unit]! || null,
    quality: q === '' ? cell.quality : q,
    confidential: false,
  };
}

/** Opens an ffcsv file: metadata from its name and first row, observations streamed row by row. */
export async function openGenesisFfcsv(file: string, options: GenesisReadOptions = {}): Promise<SourceTable> {
  const head = await headOf(file, options);
  const header = headerCells(file, head);
  const layout = ffcsvLayout(file, header);
  const firstRow = head.lines
    .slice(1)
    .find((l) => l.trim() !== '')
    ?.split(';');
  const statistics = firstRow?.[layout.statisticsCode] ?? null;
  const metadata: TableMetadata = {
    format: 'genesis-ffcsv',
    tableCode: tableCodeFromFileName(file) ?? statistics,
    title: firstRow?.[layout.statisticsLabel] ?? null,
    publisher: null,
    encoding: head.encoding,
  };
  const style: NumberStyle = options.numberStyle ?? (/_en_flat\.csv$/i.test(file) ? 'en' : 'de');
  async function* batches(): AsyncGenerator<RawObservation[]> {
    let header = true;
    for await (const records of recordsOf(file, metadata, options)) {
      const batch: RawObservation[] = [];
      for (const record of records) {
        if (header) {
          header = false;
          continue;
        }
        if (record.cells.length === 1 && record.cells[0]!.trim() === '') continue;
        batch.push(ffcsvObservation(file, layout, record.line, record.cells, style));
      }
      yield batch;
    }
  }
  return { metadata, observations: flattenBatches(batches), batches: { [Symbol.asyncIterator]: batches } };
}

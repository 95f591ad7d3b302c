// Reader of the older GENESIS flat file: `Zeit`, n × `n_Merkmal_Code/_Label`, `n_Auspraegung_Code/_Label`, then one column per value variable ("BEVSTD__Bevoelkerungsstand__Anzahl", quality columns "…__q").
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

interface ValueColumn {
  index: number;
  name: string;
  variable: string;
  unit: string | null;
  /** The quality column that belongs to it, or -1. */
  quality: number;
}

export interface FlatOldLayout {
  width: number;
  time: number;
  dimensions: { code: number; attributeCode: number; attributeLabel: number }[];
  values: ValueColumn[];
}

/**
 * Finds the columns of an old flat header. Value columns are named CODE__Label__Unit: `variable` is CODE, `unit`
 * the last part; a column CODE__Label__q holds the quality flags of the value column with the same CODE__Label.
 */
export function flatOldLayout(file: string, header: readonly string[]): FlatOldLayout {
  const time = header.indexOf('Zeit');
  if (time < 0) throw new IngestError(file, 1, 'Zeit', `missing column (found: ${header.join(', ')})`);
  const used = new Set<number>([time]);
  for (const name of ['Statistik_Code', 'Statistik_Label', 'Zeit_Code', 'Zeit_Label']) {
    if (header.includes(name)) used.add(header.indexOf(name));
  }
  const dimensions: FlatOldLayout['dimensions'] = [];
  for (let n = 1; header.includes(`${n}_Merkmal_Code`); n++) {
    const column = (suffix: string): number => {
      const i = header.indexOf(`${n}_${suffix}`);
      if (i < 0) throw new IngestError(file, 1, `${n}_${suffix}`, 'missing column');
      used.add(i);
      return i;
    };
    column('Merkmal_Label');
    dimensions.push({
      code: column('Merkmal_Code'),
      attributeCode: column('Auspraegung_Code'),
      attributeLabel: column('Auspraegung_Label'),
    });
  }
  const values: ValueColumn[] = [];
  const qualities = new Map<string, number>();
  header.forEach((name, index) => {
    if (used.has(index) || name === '') return;
    if (name.endsWith('__q')) {
      qualities.set(name.slice(0, -3), index);
      return;
    }
    const parts = name.split('__');
    values.push({
      index,
      name,
      variable: parts[0]!,
      unit: parts.length >= 3 ? parts[parts.length - 1]!.replace(/_/g, ' ') : null,
      quality: -1,
    });
  });
  if (values.length === 0)
    throw new IngestError(file, 1, null, 'no value column (CODE__Label__Unit) in the header');
  for (const v of values) {
    const key = v.name.split('__').slice(0, -1).join('__');
    v.quality = qualities.get(key) ?? qualities.get(v.name) ?? -1;
  }
  return { width: header.length, time, dimensions, values };
}

export function flatOldObservations(
  file: string,
  layout: FlatOldLayout,
  line: number,
  cells: readonly string[],
  style: NumberStyle,
): RawObservation[] {
  const { regionKey, regionLabel, attributes, time } = rowParts(file, line, cells, layout, 'Zeit', true);
  return layout.values.map((v) => {
    const text = cells[v.index]!;
    const cell = readCell(text, style);
    if (cell === undefined) throw notANumber(file, line, v.name, text);
    const q = v.quality < 0 ? '' : cells[v.quality]!.trim();
    return {
      line,
      column: v.name,
      regionKey: regionKey!,
      regionLabel,
      variable: v.variable,
      attributes,
      time,
      value: cell.value,
      missingReason: cell.missingReason,
      text,
      unit: v.unit,
      quality: q === '' ? cell.quality : q,
      confidential: false,
    };
  });
}

export async function openGenesisFlatOld(
  file: string,
  options: GenesisReadOptions = {},
): Promise<SourceTable> {
  const head = await headOf(file, options);
  const header = headerCells(file, head);
  const layout = flatOldLayout(file, header);
  const firstRow = head.lines
    .slice(1)
    .find((l) => l.trim() !== '')
    ?.split(';');
  const statisticsCode = header.indexOf('Statistik_Code');
  const statisticsLabel = header.indexOf('Statistik_Label');
  const metadata: TableMetadata = {
    format: 'genesis-flat-old',
    tableCode:
      tableCodeFromFileName(file) ?? (statisticsCode < 0 ? null : (firstRow?.[statisticsCode] ?? null)),
    title: statisticsLabel < 0 ? null : (firstRow?.[statisticsLabel] ?? null),
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
        for (const o of flatOldObservations(file, layout, record.line, record.cells, style)) batch.push(o);
      }
      yield batch;
    }
  }
  return { metadata, observations: flattenBatches(batches), batches: { [Symbol.asyncIterator]: batches } };
}

// Reader of the classic GENESIS CSV export (the table as shown online): metadata lines, column header rows, key columns, data rows, footer; streaming.
import { IngestError } from '../../errors.js';
import { decodeSample } from '../decode.js';
import type { RawObservation, SourceTable, TableMetadata } from '../types.js';
import { readCell } from './cell.js';
import { classicLayout, isHeaderRecord, isTitleRecord, type ClassicLayout } from './classicLayout.js';
import { publisherOf, readTitleLines, tableCodeOf, type TitleLines } from './classicTitle.js';
import { splitLine, type TextRecord } from './records.js';
import { REGION_KEY } from './regions.js';
import { readTail } from './sample.js';
import { flattenBatches, headOf, notANumber, recordsOf, type GenesisReadOptions } from './source.js';
import { genesisTime } from './time.js';

/** The data end at a line of underscores, a copyright or "Stand:" line, or a line without any ";". */
function isFooter(cells: readonly string[]): boolean {
  const first = cells[0]!.trim();
  return (
    first.startsWith('___') ||
    first.startsWith('©') ||
    first.startsWith('(C)opyright') ||
    first.startsWith('Stand:') ||
    (cells.length === 1 && first !== '')
  );
}

/**
 * Opens a classic export. Every value cell becomes an observation: `variable` from the header rows (see
 * classicLayout), `time` from the date column, a date header row or a date line above the header, the region
 * from the key column (the name without its indent) or from a header row or title line naming it, categories
 * of further key columns as attributes `col<n>`. `column` is the 1-based column number.
 */
export async function openGenesisClassic(
  file: string,
  options: GenesisReadOptions = {},
): Promise<SourceTable> {
  const head = await headOf(file, options);
  const code = tableCodeOf(head.lines[0] ?? '');
  if (code === undefined) {
    throw new IngestError(
      file,
      1,
      null,
      'not a classic GENESIS export: the first line should be "GENESIS-Tabelle: <code>"',
    );
  }
  const titleTexts: string[] = [];
  for (const line of head.lines.slice(1)) {
    const cells = splitLine(line);
    if (cells === null || !isTitleRecord(cells)) break;
    titleTexts.push(cells[0]!.trim());
  }
  const tail = decodeSample(await readTail(file));
  const metadata: TableMetadata = {
    format: 'genesis-classic',
    tableCode: code,
    title: readTitleLines(titleTexts).title,
    publisher: publisherOf(tail),
    encoding: head.encoding,
  };
  async function* batches(): AsyncGenerator<RawObservation[]> {
    const titles: string[] = [];
    const headers: TextRecord[] = [];
    let layout: ClassicLayout | null = null;
    let titleLines: TitleLines | null = null;
    let started = false;
    for await (const records of recordsOf(file, metadata, options)) {
      const batch: RawObservation[] = [];
      for (const record of records) {
        if (!started) {
          started = true; // the "GENESIS-Tabelle:" line
          continue;
        }
        if (layout === null) {
          if (record.cells.every((c) => c.trim() === '')) continue;
          if (isTitleRecord(record.cells) && headers.length === 0) {
            titles.push(record.cells[0]!.trim());
            continue;
          }
          if (isHeaderRecord(record.cells)) {
            headers.push(record);
            continue;
          }
          if (isFooter(record.cells))
            throw new IngestError(file, record.line, null, 'the table has no data rows');
          titleLines = readTitleLines(titles);
          layout = classicLayout(file, titleLines, headers, record);
        }
        if (isFooter(record.cells)) {
          yield batch;
          return;
        }
        if (record.cells.every((c) => c.trim() === '')) continue;
        for (const o of rowObservations(file, layout, titleLines!, record)) batch.push(o);
      }
      yield batch;
    }
    if (layout === null) throw new IngestError(file, null, null, 'the table has no data rows');
  }
  return { metadata, observations: flattenBatches(batches), batches: { [Symbol.asyncIterator]: batches } };
}

function rowObservations(
  file: string,
  layout: ClassicLayout,
  titles: TitleLines,
  record: TextRecord,
): RawObservation[] {
  const { cells, line } = record;
  const width =
    layout.columns.length === 0 ? layout.keyColumns : layout.columns[layout.columns.length - 1]!.index + 1;
  if (cells.length < width)
    throw new IngestError(file, line, null, `${cells.length} cells, but the header has ${width} columns`);
  for (let c = width; c < cells.length; c++) {
    if (cells[c]!.trim() !== '') {
      throw new IngestError(
        file,
        line,
        `column ${c + 1}`,
        `"${cells[c]}" lies beyond the last header column`,
      );
    }
  }
  let rowTime: string | null = null;
  if (layout.timeColumn >= 0) {
    const text = cells[layout.timeColumn]!.trim();
    rowTime = genesisTime(text) ?? null;
    if (rowTime === null) {
      throw new IngestError(
        file,
        line,
        `column ${layout.timeColumn + 1}`,
        `"${text}" is not a year or a date`,
      );
    }
  }
  let rowRegion: { key: string; label: string | null } | null = null;
  if (layout.regionColumn >= 0) {
    const key = cells[layout.regionColumn]!.trim();
    if (!REGION_KEY.test(key)) {
      throw new IngestError(file, line, `column ${layout.regionColumn + 1}`, `"${key}" is not a region key`);
    }
    rowRegion = { key, label: layout.labelColumn >= 0 ? cells[layout.labelColumn]!.trim() || null : null };
  }
  const attributes: Record<string, string> = {};
  for (const k of layout.attributeColumns) {
    const text = cells[k]!.trim();
    if (text !== '') attributes[`col${k + 1}`] = text;
  }
  return layout.columns.map((column) => {
    const text = cells[column.index]!;
    const cell = readCell(text, 'de');
    if (cell === undefined) throw notANumber(file, line, `column ${column.index + 1}`, text);
    const region = rowRegion ?? column.region ?? titles.region!;
    return {
      line,
      column: String(column.index + 1),
      regionKey: region.key,
      regionLabel: region.label,
      variable: column.variable,
      attributes,
      time: (rowTime ?? column.time ?? titles.time)!,
      value: cell.value,
      missingReason: cell.missingReason,
      text,
      unit: column.unit,
      quality: cell.quality,
      confidential: false,
    };
  });
}

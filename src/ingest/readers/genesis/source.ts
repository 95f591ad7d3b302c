// What every GENESIS reader shares: options, the file's records as a stream, the head for metadata, errors.
import { IngestError } from '../../errors.js';
import { decodeSample, detectEncoding, readTextLines, type TextEncoding } from '../decode.js';
import type { NumberStyle } from '../germanNumber.js';
import type { TableMetadata } from '../types.js';
import { readRecords, splitLine, type TextRecord } from './records.js';
import { readHead } from './sample.js';

export interface GenesisReadOptions {
  /** Skip encoding detection. */
  encoding?: TextEncoding;
  /** How numbers are written; default `de` (decimal comma), or `en` for flat files requested with language=en. */
  numberStyle?: NumberStyle;
}

/** The file's records, batch by batch; the metadata learns the encoding once the decoder knows it. */
export function recordsOf(
  file: string,
  metadata: TableMetadata,
  options: GenesisReadOptions,
): AsyncGenerator<TextRecord[]> {
  const lines = readTextLines(file, null, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    onEncoding: (guess) => {
      metadata.encoding = guess.encoding === 'ascii' ? 'utf-8' : guess.encoding;
    },
  });
  return readRecords(file, lines);
}

export interface Head {
  /** The first lines of the file, decoded (the last one may be cut off). */
  lines: string[];
  encoding: string;
}

export async function headOf(file: string, options: GenesisReadOptions): Promise<Head> {
  const bytes = await readHead(file);
  const guess = detectEncoding(bytes);
  const lines = decodeSample(bytes).split('\n');
  if (bytes.length === 64 * 1024) lines.pop();
  return {
    lines: lines.map((l) => l.replace(/\r$/, '')),
    encoding: options.encoding ?? (guess.encoding === 'ascii' ? 'utf-8' : guess.encoding),
  };
}

/** The header cells of a flat file (first non-empty line), trimmed. */
export function headerCells(file: string, head: Head): string[] {
  const line = head.lines.find((l) => l.trim() !== '');
  if (line === undefined) throw new IngestError(file, null, null, 'the file is empty');
  const cells = splitLine(line);
  if (cells === null) throw new IngestError(file, 1, null, 'the header line has an unclosed quote');
  return cells.map((c) => c.trim());
}

export function notANumber(file: string, line: number, field: string, text: string): IngestError {
  return new IngestError(file, line, field, `"${text}" is not a number`);
}

/** A table code at the start of a file name (or after "__"), e.g. "12411-01-01-4_1773175772751_de_flat.csv" → "12411-01-01-4". */
export function tableCodeFromFileName(file: string): string | null {
  const name = file.split(/[\\/]/).pop() ?? '';
  const match = /(?:^|[^0-9A-Za-z-])(\d{5}-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)(?=_|\.csv$)/i.exec(name);
  return match ? match[1]! : null;
}

/**
 * Presents batches as a stream of single items. Cheaper than yielding item by item from an async generator
 * (a million rows pay one promise each instead of a generator round trip); iterating again starts afresh.
 */
export function flattenBatches<T>(batches: () => AsyncIterator<T[]>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const source = batches();
      let batch: T[] = [];
      let i = 0;
      return {
        async next(): Promise<IteratorResult<T>> {
          while (i >= batch.length) {
            const result = await source.next();
            if (result.done) return { done: true, value: undefined };
            batch = result.value;
            i = 0;
          }
          return { done: false, value: batch[i++]! };
        },
        async return(): Promise<IteratorResult<T>> {
          await source.return?.(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

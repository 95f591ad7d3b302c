// Streams the rows of a delimited text file: decoding (detected or declared), delimiter (detected or declared), quoting.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { IngestError } from '../../errors.js';
import { readTextLines, type EncodingGuess, type LineBatch, type TextEncoding } from '../decode.js';
import { detectDelimiter, type Delimiter } from './detectDelimiter.js';
import type { GridRow } from './grid.js';

export interface TextRowsOptions {
  delimiter?: Delimiter;
  encoding?: string;
  /** Bytes to read instead of the file (tests, downloads). */
  source?: AsyncIterable<Uint8Array>;
}

export interface TextRows {
  delimiter: Delimiter;
  /** Known once the first rows were read: `utf-8`, `windows-1252` or `ascii`. */
  encoding(): string;
  rows: AsyncIterator<GridRow>;
}

export async function openTextRows(file: string, options: TextRowsOptions = {}): Promise<TextRows> {
  let guess: EncodingGuess | undefined;
  const batches = readTextLines(file, options.source ?? null, {
    encoding: declaredEncoding(file, options.encoding),
    onEncoding: (g) => (guess = g),
  })[Symbol.asyncIterator]();
  const first = await batches.next();
  const firstBatch: LineBatch | undefined = first.done ? undefined : first.value;
  const delimiter = options.delimiter ?? detectDelimiter(firstBatch?.lines ?? []);
  if (delimiter === undefined) {
    throw new IngestError(
      file,
      1,
      null,
      'no delimiter found in the first lines (expected ";", ",", tab or "|")',
    );
  }
  return {
    delimiter,
    encoding: () => (guess === undefined ? 'unknown' : `${guess.encoding}${guess.bom ? ' (BOM)' : ''}`),
    rows: parseRows(file, delimiter, firstBatch, batches)[Symbol.asyncIterator](),
  };
}

async function* parseRows(
  file: string,
  delimiter: Delimiter,
  firstBatch: LineBatch | undefined,
  rest: AsyncIterator<LineBatch>,
): AsyncGenerator<GridRow> {
  async function* text(): AsyncGenerator<string> {
    if (firstBatch === undefined) return;
    yield firstBatch.lines.join('\n') + '\n';
    for (let next = await rest.next(); !next.done; next = await rest.next())
      yield next.value.lines.join('\n') + '\n';
  }
  const source = Readable.from(text(), { objectMode: false });
  // The parser runs ahead of this loop, so an error's line is taken from the last record it parsed, not from
  // the last one consumed here.
  let parsedEnd = 0;
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: false,
    on_record: (record, context) => {
      parsedEnd = context.lines;
      return record;
    },
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let previousEnd = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: previousEnd + 1, cells: record };
      previousEnd = info.lines;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const problem = (error as Error).message.replace(/^[A-Za-z ]+: /, '');
    throw new IngestError(file, parsedEnd + 1, null, `not a valid delimited text table: ${problem}`);
  } finally {
    source.destroy(); // also when the reader stops early
  }
}

const ENCODINGS: Readonly<Record<string, TextEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
};

function declaredEncoding(file: string, encoding: string | undefined): TextEncoding | undefined {
  if (encoding === undefined) return undefined;
  const known = ENCODINGS[encoding.toLowerCase()];
  if (known === undefined) {
    throw new IngestError(
      file,
      null,
      'encoding',
      `unknown encoding "${encoding}" (known: ${Object.keys(ENCODINGS).join(', ')})`,
    );
  }
  return known;
}

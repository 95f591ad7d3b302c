// A classic GENESIS export ends its data at the footer line (`___…`): rows found below it are an error, not lost.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { IngestError } from '../../ingest/errors.js';
import { decodeSample } from '../../ingest/readers/decode.js';
import type { RawObservation } from '../../ingest/readers/types.js';

/** A data row of a classic export: a region key or a date in the first cell, then cells. */
const DATA_ROW = /^"?(DG|\d{2}|\d{3}|\d{5}|\d{8}|\d{12}|\d{2}\.\d{2}\.\d{4}|\d{4})"?;/;

/**
 * The reader stops at the first footer line. Once it has given out every observation, the rest of the file
 * is read once more: a data row below that footer line (a footer pasted into the data, two exports joined)
 * fails the import at its line, instead of silently dropping the rows that follow.
 */
export function footerChecked(
  file: string,
  observations: AsyncIterable<RawObservation>,
): AsyncIterable<RawObservation> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* observations;
      const problem = await rowBelowFooter(file);
      if (problem) {
        throw new IngestError(
          file,
          problem.line,
          null,
          `a data row ("${problem.text}") below the footer line "${problem.footer}" on line ${problem.footerLine}: ` +
            'the rows below a footer are not read; remove the footer line from the data',
        );
      }
    },
  };
}

async function rowBelowFooter(file: string) {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'latin1' }),
    crlfDelay: Infinity,
  });
  let footer: { line: number; text: string } | null = null;
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (footer === null) {
        if (/^_{3,}/.test(line)) footer = { line: n, text: line.trim() };
        continue;
      }
      if (DATA_ROW.test(line)) {
        const text = line.length > 60 ? `${line.slice(0, 60)}…` : line;
        return {
          line: n,
          text: decodeSample(Buffer.from(text, 'latin1')),
          footer: footer.text,
          footerLine: footer.line,
        };
      }
    }
  } finally {
    lines.close();
  }
  return null;
}

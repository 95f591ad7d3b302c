// Reads job ads from a CSV file (comma, semicolon or tab, detected from the header), streaming.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { AdProblem, AdRecord } from '../types.js';
import { adFromRecord, OPTIONAL_FIELDS, REQUIRED_FIELDS } from './fields.js';

const KNOWN = new Set<string>([...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]);

/**
 * The ads of a CSV file with a header row naming the fields (any order, case-insensitive; unknown columns are
 * ignored). A header without a required field, a row with a different number of cells, or a broken quote is a
 * problem of that line.
 */
export async function* readCsvAds(file: string, firstLine: string): AsyncGenerator<AdRecord> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      delimiter: detectDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = info.lines - newlines(record);
      if (header === null) {
        header = record.map((h) => h.trim().toLowerCase());
        const problems = headerProblems(header, line);
        if (problems.length > 0) {
          yield { line, problems };
          return;
        }
        continue;
      }
      if (record.length !== header.length) {
        yield {
          line,
          problems: [
            {
              line,
              field: null,
              reason: `has ${record.length} cells, the header ${header.length}`,
            },
          ],
        };
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((name, i) => {
        if (KNOWN.has(name)) fields[name] = record[i]!;
      });
      yield adFromRecord(fields, line);
    }
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    yield {
      line: lines ?? 0,
      problems: [{ line: lines ?? 0, field: null, reason: `not valid CSV: ${message ?? String(error)}` }],
    };
    return;
  }
  if (header === null) {
    yield { line: 1, problems: [{ line: 1, field: null, reason: 'the file is empty (no header row)' }] };
  }
}

function headerProblems(header: string[], line: number): AdProblem[] {
  const problems: AdProblem[] = [];
  const missing = REQUIRED_FIELDS.filter((f) => !header.includes(f));
  if (missing.length > 0) {
    problems.push({
      line,
      field: missing[0]!,
      reason: `the header lacks ${missing.map((m) => `"${m}"`).join(', ')} (it needs ${REQUIRED_FIELDS.join(', ')}; lat, lon optional)`,
    });
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (KNOWN.has(name) && seen.has(name)) problems.push({ line, field: name, reason: 'is a column twice' });
    seen.add(name);
  }
  return problems;
}

/** The separator the header line uses most (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

function newlines(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

// Reads a labelled CSV (columns `text` and `label`, optional `id`) for training the logistic model.
import { parse } from 'csv-parse/sync';
import { IngestError, readTextFile } from '../../ingest/errors.js';
import type { LabelledText } from './model.js';

const TRUE = new Set(['1', 'true', 'yes', 'ja', 'x']);
const FALSE = new Set(['0', 'false', 'no', 'nein', '']);

export function parseLabelledCsv(content: string, file: string): LabelledText[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(content, { bom: true, skip_empty_lines: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new IngestError(file, e.lines ?? null, null, `not valid CSV (${e.message})`);
  }
  const header = (rows[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const textColumn = header.indexOf('text');
  const labelColumn = header.indexOf('label');
  if (textColumn === -1) throw new IngestError(file, 1, 'text', 'missing column "text"');
  if (labelColumn === -1) throw new IngestError(file, 1, 'label', 'missing column "label"');
  const examples: LabelledText[] = [];
  for (const { record: row, info } of rows.slice(1)) {
    // the line on which the record ends (a quoted text may span several lines)
    const line = info.lines;
    const raw = (row[labelColumn] ?? '').trim().toLowerCase();
    if (!TRUE.has(raw) && !FALSE.has(raw)) {
      throw new IngestError(file, line, 'label', `"${row[labelColumn]}" is not a label (use 1 or 0)`);
    }
    const text = row[textColumn] ?? '';
    if (text.trim() === '') throw new IngestError(file, line, 'text', 'the text is empty');
    examples.push({ text, label: TRUE.has(raw) });
  }
  if (examples.length === 0) throw new IngestError(file, null, null, 'the file holds no labelled rows');
  return examples;
}

export function readLabelledCsv(file: string): LabelledText[] {
  const content = readTextFile(file);
  return parseLabelledCsv(content, file);
}

// Reads job ads from a JSON Lines file: one JSON object per line, blank lines skipped, streaming.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AdRecord } from '../types.js';
import { recordFromJson } from './jsonRecord.js';

export async function* readJsonLinesAds(file: string): AsyncGenerator<AdRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    yield recordFromJson(text, line);
  }
}

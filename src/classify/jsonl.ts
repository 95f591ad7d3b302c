// Reads labelled records from JSON Lines, validating each line; errors name the file, the line and the field.
import type { z } from 'zod';
import { IngestError, readTextFile } from '../ingest/errors.js';

export function parseJsonl<T>(content: string, file: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new IngestError(file, i + 1, null, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IngestError(file, i + 1, issue.path.join('.') || null, issue.message);
    }
    records.push(parsed.data);
  }
  return records;
}

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const content = readTextFile(file);
  return parseJsonl(content, file, schema);
}

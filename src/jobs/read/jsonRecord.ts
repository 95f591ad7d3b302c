// One JSON object's text (a JSON Lines line, an element of a JSON array) into an ad or its problems.
import type { AdRecord } from '../types.js';
import { adFromRecord } from './fields.js';

export function recordFromJson(text: string, line: number): AdRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      line,
      problems: [{ line, field: null, reason: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      line,
      problems: [{ line, field: null, reason: 'is not a JSON object with the fields of an ad' }],
    };
  }
  return adFromRecord(value as Record<string, unknown>, line);
}

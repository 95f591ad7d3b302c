// Checks a mapping against the edition's spec: every target an indicator or denominator, every date a real date.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { IngestError } from '../../ingest/errors.js';
import type { Mapping } from '../../ingest/mapping/index.js';
import type { IndexSpec } from '../../spec/schema.js';

/** Throws for the first entry whose target the spec does not know, or whose kind contradicts the spec. */
export function checkMappingForSpec(
  mapping: Mapping,
  spec: IndexSpec,
  mappingFile: string | null,
  edition: number,
): void {
  const kinds = new Map<string, 'indicator' | 'denominator'>([
    ...spec.denominators.map((d) => [d.code, 'denominator'] as const),
    ...spec.indicators.map((i) => [i.code, 'indicator'] as const),
  ]);
  checkDate(mapping.referenceDate, mappingFile, ['referenceDate']);
  for (const [i, entry] of mapping.values.entries()) {
    checkDate(entry.referenceDate, mappingFile, ['values', i, 'referenceDate']);
    const kind = kinds.get(entry.target);
    const where = (field: string) => ({
      file: mappingFile ?? '(spec)',
      line: lineOf(mappingFile, ['values', i, field]),
      field: `values[${i}].${field}`,
    });
    if (kind === undefined) {
      const at = where('target');
      throw new IngestError(
        at.file,
        at.line,
        at.field,
        `"${entry.target}" is not an indicator or denominator of edition ${edition} (known: ${[...kinds.keys()].join(', ')})`,
      );
    }
    if (entry.kind !== undefined && entry.kind !== kind) {
      const at = where('kind');
      throw new IngestError(
        at.file,
        at.line,
        at.field,
        `"${entry.target}" is ${article(kind)} in the spec, not ${article(entry.kind)}`,
      );
    }
  }
}

/** YYYY, or YYYY-MM-DD that names a day of the calendar (the schema checks only the shape). */
function checkDate(text: string | undefined, mappingFile: string | null, path: (string | number)[]): void {
  if (text === undefined || isCalendarDate(text)) return;
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  throw new IngestError(
    mappingFile ?? '(spec)',
    lineOf(mappingFile, path),
    field,
    `"${text}" is not a date of the calendar`,
  );
}

export function isCalendarDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function article(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

export function lineOf(file: string | null, path: (string | number)[]): number | null {
  if (file === null) return null;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

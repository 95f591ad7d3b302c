// Loads a mapping file (YAML): parse, validate with zod, check; errors name the mapping file, line and path.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { IngestError } from '../errors.js';
import { mappingSchema, type Mapping } from './schema.js';
import { checkMapping } from './semantics.js';

export interface LoadedMapping {
  mapping: Mapping;
  file: string;
  /** The crosswalk file resolved against the mapping file's folder. */
  crosswalkFile: string | null;
}

export function loadMappingFile(file: string): LoadedMapping {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new IngestError(
      file,
      null,
      null,
      `cannot read the mapping file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const mapping = parseMapping(text, file);
  return {
    mapping,
    file,
    crosswalkFile: mapping.crosswalk === undefined ? null : resolve(dirname(file), mapping.crosswalk),
  };
}

export function parseMapping(text: string, file: string): Mapping {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new IngestError(file, line, null, `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const parsed = mappingSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new IngestError(file, lineOfPath(doc, lineCounter, path), formatPath(path), issue.message);
  }
  const problem = checkMapping(parsed.data);
  if (problem) {
    throw new IngestError(
      file,
      lineOfPath(doc, lineCounter, problem.path),
      formatPath(problem.path),
      problem.message,
    );
  }
  return parsed.data;
}

function formatPath(path: readonly (string | number)[]): string | null {
  if (path.length === 0) return null;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function lineOfPath(doc: Document, counter: LineCounter, path: (string | number)[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

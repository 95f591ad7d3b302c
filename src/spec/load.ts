// spec: loads, validates and resolves an index specification; errors name file, line and path.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { SpecError } from './errors.js';
import { specSchema, type IndexSpec } from './schema.js';
import { checkSemantics } from './semantics.js';

export interface LoadedSpec {
  spec: IndexSpec;
  file: string;
  text: string;
}

export function loadSpecFile(file: string): LoadedSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecError(
      file,
      '',
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return { spec: parseSpec(text, file), file, text };
}

export function parseSpec(text: string, file: string): IndexSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new SpecError(file, '', `not valid YAML: ${yamlError.message.split('\n')[0]}`, line);
  }
  const lineOf = (path: (string | number)[]) => lineOfPath(doc, lineCounter, path);
  const parsed = specSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new SpecError(file, formatPath(path), issue.message, lineOf(path));
  }
  const problem = checkSemantics(parsed.data);
  if (problem) throw new SpecError(file, formatPath(problem.path), problem.message, lineOf(problem.path));
  return parsed.data;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function lineOfPath(doc: Document, counter: LineCounter, path: (string | number)[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

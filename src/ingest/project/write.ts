// Writes a project directory: index.yaml (the spec), data.csv (the data) and README.md (where it came from).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, visit } from 'yaml';
import { parseSpec } from '../../spec/load.js';
import { formatDataCsv } from './dataCsv.js';
import { PROJECT_FILES } from './files.js';
import type { ProjectTable } from './table.js';

export interface ProjectFiles {
  /** The spec as plain data, in the shape of the spec schema. */
  spec: object;
  /** A comment above the spec. */
  specComment: string;
  table: ProjectTable;
  readme: string;
}

const FLOW_KEYS = new Set(['name', 'unit', 'title', 'source']);

/** The spec is validated before anything is written; returns the paths written. */
export function writeProject(dir: string, project: ProjectFiles): string[] {
  const doc = new Document(project.spec, { aliasDuplicateObjects: false });
  doc.commentBefore = project.specComment;
  // Texts, sources and method choices on one line each, as in the bundled spec: shorter to read and to parse.
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : null;
      if (isMap(pair.value) && (FLOW_KEYS.has(String(key)) || pair.value.has('method')))
        pair.value.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0 });
  const specFile = join(dir, PROJECT_FILES.spec);
  parseSpec(yaml, specFile);
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [specFile, yaml],
    [join(dir, PROJECT_FILES.data), formatDataCsv(project.table)],
    [join(dir, PROJECT_FILES.readme), project.readme],
  ];
  for (const [file, text] of files) writeFileSync(file, text);
  return files.map(([file]) => file);
}

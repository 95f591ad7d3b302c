// ingest/project: reads a project directory (index.yaml + data.csv) into a spec and a table.
import { join } from 'node:path';
import type { LoadedSpec } from '../../spec/load.js';
import { readTextFile } from '../errors.js';
import { parseDataCsv } from './dataCsv.js';
import { PROJECT_FILES } from './files.js';
import { loadSpecCached } from './specCache.js';
import type { ProjectTable } from './table.js';

export interface Project {
  spec: LoadedSpec;
  table: ProjectTable;
  dataFile: string;
}

/** The spec is validated once per text of index.yaml (see specCache.ts); data.csv is read every time. */
export async function readProject(dir: string): Promise<Project> {
  const spec = await loadSpecCached(join(dir, PROJECT_FILES.spec));
  const dataFile = join(dir, PROJECT_FILES.data);
  const text = readTextFile(dataFile);
  const numeric = [...spec.spec.denominators, ...spec.spec.indicators].map((v) => v.code);
  return { spec, table: parseDataCsv(text, dataFile, { numeric }), dataFile };
}

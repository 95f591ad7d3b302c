// Remembers the validated spec of an index.yaml by the hash of its text, so that computing an unchanged project
// loads neither the YAML parser nor the schema validator (most of the start-up time of `compute DIR`).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedSpec } from '../../spec/load.js';
import type { IndexSpec } from '../../spec/schema.js';

/** The files whose rules decide whether a spec is valid; a change to either of them empties the cache. */
const VALIDATORS = ['schema', 'semantics'];

export async function loadSpecCached(file: string): Promise<LoadedSpec> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const { loadSpecFile } = await import('../../spec/load.js');
    return loadSpecFile(file);
  }
  const entry = cacheFile(text);
  const cached = entry && readCached(entry);
  if (cached) return { spec: cached, file, text };
  const { parseSpec } = await import('../../spec/load.js');
  const spec = parseSpec(text, file);
  if (entry) writeCached(entry, spec);
  return { spec, file, text };
}

/** The cache's directory: $DIGITALINDEX_CACHE, else $XDG_CACHE_HOME/digitalindex, else ~/.cache/digitalindex. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DIGITALINDEX_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'digitalindex');
}

function cacheFile(text: string): string | null {
  const stamps = VALIDATORS.map(validatorStamp);
  if (stamps.includes(null)) return null;
  const key = createHash('sha256')
    .update(`${stamps.join('\n')}\n${text}`)
    .digest('hex');
  return join(cacheDir(), 'specs', `${key}.json`);
}

function validatorStamp(name: string): string | null {
  for (const ext of ['.js', '.ts']) {
    try {
      const stat = statSync(fileURLToPath(new URL(`../../spec/${name}${ext}`, import.meta.url)));
      return `${name}${ext}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      // try the next extension (compiled .js, or .ts when run from source)
    }
  }
  return null;
}

function readCached(entry: string): IndexSpec | null {
  try {
    return JSON.parse(readFileSync(entry, 'utf8')) as IndexSpec;
  } catch {
    return null;
  }
}

/** Best effort: a cache that cannot be written only costs time. */
function writeCached(entry: string, spec: IndexSpec): void {
  try {
    mkdirSync(join(entry, '..'), { recursive: true });
    const partial = `${entry}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(spec));
    renameSync(partial, entry);
  } catch {
    // not writable: parse again next time
  }
}

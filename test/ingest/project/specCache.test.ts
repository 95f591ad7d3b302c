import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, loadSpecCached } from '../../../src/ingest/project/specCache.js';
import { SpecError } from '../../../src/spec/errors.js';

const ruhr = readFileSync('data/specs/digital-index-ruhr.yaml', 'utf8');

describe('the cache of validated specs', () => {
  const before = process.env.DIGITALINDEX_CACHE;
  const dir = mkdtempSync(join(tmpdir(), 'spec-cache-'));
  const cache = join(dir, 'cache');
  const file = join(dir, 'index.yaml');
  beforeAll(() => {
    process.env.DIGITALINDEX_CACHE = cache;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.DIGITALINDEX_CACHE;
    else process.env.DIGITALINDEX_CACHE = before;
  });
  const entries = () => readdirSync(join(cache, 'specs'));

  it('validates a text once, then reads the validated spec back by the hash of the text', async () => {
    writeFileSync(file, ruhr);
    const first = await loadSpecCached(file);
    expect(first.spec.indicators).toHaveLength(12);
    expect(entries()).toHaveLength(1);
    const entry = join(cache, 'specs', entries()[0]!);
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as typeof first.spec;
    expect(stored).toEqual(first.spec);
    writeFileSync(entry, JSON.stringify({ ...stored, version: 'from the cache' }));
    expect((await loadSpecCached(file)).spec.version).toBe('from the cache');
  });

  it('validates a changed text anew, and caches nothing that is not valid', async () => {
    writeFileSync(file, ruhr.replace("version: '1.0'", "version: '1.1'"));
    expect((await loadSpecCached(file)).spec.version).toBe('1.1');
    expect(entries()).toHaveLength(2);
    writeFileSync(file, ruhr.replace('parent: research\n', 'parent: reserch\n'));
    await expect(loadSpecCached(file)).rejects.toThrow(SpecError);
    expect(entries()).toHaveLength(2);
    await expect(loadSpecCached(join(dir, 'none.yaml'))).rejects.toThrow(/cannot read the file/);
  });

  it('lives under $DIGITALINDEX_CACHE, else $XDG_CACHE_HOME/digitalindex, else ~/.cache/digitalindex', () => {
    expect(cacheDir({ DIGITALINDEX_CACHE: '/c' })).toBe('/c');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/digitalindex');
    expect(cacheDir({})).toMatch(/\.cache\/digitalindex$/);
  });
});

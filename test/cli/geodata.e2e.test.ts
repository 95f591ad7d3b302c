import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

const FIXTURES = resolve('test/fixtures-geo');
const THREE = join(FIXTURES, 'three-wgs84.geojson');
const REFERENCE = '/work/shared/reference/ruhr-municipalities.geojson';

describe('digitalindex geodata', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = tempDir('digitalindex-geodata-');
    const run = runCli(['run', '--json'], cwd);
    expect(run.status).toBe(0);
  });

  it('imports a GeoJSON and prints a JSON summary', () => {
    const result = runCli(['geodata', 'import', THREE, '--json'], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.matched).toBe(3);
    expect(summary.missing).toHaveLength(50);
    expect(summary.skipped).toEqual({ features: 1, keys: 1, examples: ['05315000'] });
    expect(summary.vertices).toEqual({ before: 28, after: 25 }); // collinear border vertices dropped
    expect(summary.bbox).toEqual([7, 51.3, 7.6, 51.6]);
    expect(summary.written).toBe(3);
  });

  it('reprojects the UTM fixture in a dry run and says so in text', () => {
    const result = runCli(['geodata', 'import', join(FIXTURES, 'dortmund-utm32.geojson'), '--dry-run'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^would import 1 boundaries of municipalities/);
    expect(result.stdout).toContain(
      'CRS EPSG:25832 (ETRS89 / UTM zone 32N) from crs member, reprojected to WGS 84',
    );
  });

  it('exports what is stored (the dry run changed nothing)', () => {
    const out = join(cwd, 'export', 'boundaries.geojson');
    const result = runCli(['geodata', 'export', '--out', out, '--json'], cwd);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ out, features: 3 });
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.features.map((f: { properties: { AGS: string } }) => f.properties.AGS)).toEqual([
      '05911000',
      '05913000',
      '05916000',
    ]);
  });

  it('a bad file exits 3 naming file, feature and field', () => {
    const bad = join(cwd, 'bad.geojson');
    const doc = JSON.parse(readFileSync(THREE, 'utf8'));
    delete doc.features[3].properties.AGS;
    writeFileSync(bad, JSON.stringify(doc));
    const result = runCli(['geodata', 'import', bad], cwd);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(
      `digitalindex: input error: ${bad}: field "features[3].properties.AGS": no attribute "AGS" (attributes: GEN, GF; choose with --key)\n`,
    );
  });

  it('wrong usage exits 2', () => {
    expect(runCli(['geodata', 'import', THREE, '--simplify', '-5'], cwd).status).toBe(2);
    expect(runCli(['geodata', 'import', THREE, '--crs', 'EPSG:2056'], cwd).status).toBe(2);
    expect(runCli(['geodata', 'export'], cwd).status).toBe(2);
  });

  it('without a database exits 4', () => {
    const empty = tempDir('digitalindex-geodata-empty-');
    const result = runCli(['geodata', 'import', THREE], empty);
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/no database at .*run `digitalindex run` first/);
  });

  it.runIf(existsSync(REFERENCE))('imports the real Ruhr boundaries: 53 matched', () => {
    const result = runCli(['geodata', 'import', REFERENCE, '--json'], cwd);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.matched).toBe(53);
    expect(summary.missing).toEqual([]);
    expect(summary.source.publisher).toBe('© GeoBasis-DE / BKG 2013 (Daten verändert)');
  });
});

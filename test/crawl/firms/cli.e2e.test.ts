import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markFirmCrawled, saveFirmClassification } from '../../../src/crawl/firms/index.js';
import { listValues, openStore } from '../../../src/store/index.js';
import { CLI, runCli, tempDir } from '../../cli/helpers.js';
import { classification } from './fixtures.js';

const LIST = [
  'firm_id;name;url;postcode;town;founded',
  'F1;Bäckerei Kray;www.baecker.de;;Essen-Kray;1980',
  'F2;Ruhr IT;https://it.ruhr/;;Mülheim a.d. Ruhr;2023',
  'F3;Ohne Website;;;Bochum;',
].join('\n');

describe.runIf(existsSync(CLI))('digitalindex crawl import|export|purge|indicators (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('crawl-firms-cli-');
    writeFileSync(join(dir, 'firms.csv'), Buffer.from(LIST, 'latin1'));
    writeFileSync(
      join(dir, 'bad.csv'),
      'firm_id,name,url,ags\nX1,A,ftp://a.de,05113000\nX2,B,b.de,05999000\n',
    );
  });

  it('rejects a malformed list with exit code 3, naming every line, and stores nothing', () => {
    const result = runCli(['crawl', 'import', 'bad.csv', '--json'], dir);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(
      'line 2: url: invalid URL: "ftp://a.de" has the scheme ftp:, not http or https',
    );
    expect(result.stderr).toContain(
      'line 3: ags: unknown AGS 05999000 (not a municipality of municipalities)',
    );
    const skipped = runCli(['crawl', 'import', 'bad.csv', '--skip-invalid', '--dry-run', '--json'], dir);
    expect(skipped.status).toBe(0);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ firms: 0, dryRun: true });
  });

  it('imports a Windows-1252 list twice without duplicating firms', () => {
    const first = runCli(['crawl', 'import', 'firms.csv', '--json'], dir);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      encoding: 'windows-1252',
      firms: 3,
      withoutWebsite: 1,
      inserted: 3,
    });
    const second = runCli(['crawl', 'import', 'firms.csv', '--json'], dir);
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, unchanged: 3 });
  });

  it('stores indicators into an edition after `run`: conflict with the demo values, then --replace', async () => {
    expect(runCli(['run', '--json', '--out', 'out'], dir).status).toBe(0);
    const store = await openStore(join(dir, 'digitalindex.db'));
    try {
      await markFirmCrawled(store, 'F2', { status: 'done', pages: 3, finalUrl: 'https://it.ruhr/' });
      await saveFirmClassification(store, 'F2', classification({ aiAffine: true }));
    } finally {
      await store.close();
    }
    const conflict = runCli(['crawl', 'indicators', '--edition', '2025'], dir);
    expect(conflict.status).toBe(3);
    expect(conflict.stderr).toMatch(
      /values of edition 2025 come from another source .*--replace replaces them/,
    );
    const stored = runCli(['crawl', 'indicators', '--edition', '2025', '--replace', '--json'], dir);
    expect(stored.status).toBe(0);
    const report = JSON.parse(stored.stdout) as {
      totals: Record<string, number>;
      units: { unitCode: string; digitalShare: number | null }[];
    };
    expect(report.totals).toMatchObject({
      listed: 3,
      withWebsite: 2,
      classified: 1,
      digitalAffine: 1,
      aiAffine: 1,
      digitalStartups: 1,
    });
    expect(report.units.map((u) => [u.unitCode, u.digitalShare])).toEqual([
      ['05113000', null],
      ['05117000', 100],
      ['05911000', null],
    ]);
    const table = runCli(['crawl', 'indicators', '--edition', '2025', '--lang', 'en'], dir);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Values: 0 new, 0 changed, 12 unchanged, 0 removed');
    const check = await openStore(join(dir, 'digitalindex.db'));
    try {
      const values = await listValues(check.db, { edition: 2025, unitSet: 'municipalities' });
      const crawl = values.filter((v) => v.variable === 'digital_firms');
      expect(crawl.map((v) => [v.unitCode, v.value, v.sourceId])).toEqual([
        ['05113000', null, 'crawl-2025'],
        ['05117000', 1, 'crawl-2025'],
        ['05911000', null, 'crawl-2025'],
      ]);
    } finally {
      await check.close();
    }
  });

  it('exports one row per firm and purges page text', () => {
    const exported = runCli(
      ['crawl', 'export', '--out', 'export/firms.csv', '--reference-year', '2025', '--json'],
      dir,
    );
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ firms: 3, classified: 1, referenceYear: 2025 });
    const lines = readFileSync(join(dir, 'export/firms.csv'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.split(',').slice(0, 11).join(','))).toEqual([
      'firm_id,ags,url,status,pages,digital_score,ai_score,digital_affine,ai_affine,founded,startup',
      'F1,05113000,http://www.baecker.de/,pending,0,,,,,1980,',
      'F2,05117000,https://it.ruhr/,done,3,3.5,0,1,1,2023,1',
      'F3,05911000,,no_website,0,,,,,,',
    ]);
    const purged = runCli(['crawl', 'purge', '--evidence', '--json'], dir);
    expect(purged.status).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({
      cleared: [{ table: 'crawl_pages', column: 'text', rows: 0 }],
      evidence: 1,
    });
  });

  it('refuses wrong usage with exit code 2', () => {
    expect(runCli(['crawl', 'indicators'], dir).status).toBe(2);
    expect(runCli(['crawl', 'indicators', '--edition', 'next'], dir).status).toBe(2);
    expect(runCli(['crawl', 'export'], dir).status).toBe(2);
  });
});

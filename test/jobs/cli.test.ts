// `digitalindex jobs …` end to end through the built CLI (npm run build first): exit codes, messages, files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const CLI = resolve('dist/src/cli/main.js');
const files = tempDir();
afterAll(() => files.remove());

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, '--db', join(files.dir, 'cli.db'), ...args], {
    encoding: 'utf8',
    cwd: files.dir,
    env: { ...process.env, DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const HEADER = 'id,title,description,employer,postcode,town,date,source,lat,lon';

describe.runIf(existsSync(CLI))('digitalindex jobs', () => {
  it('documents its commands', () => {
    const help = cli('jobs', '--help');
    expect(help.status).toBe(0);
    for (const command of ['import', 'fetch', 'assign', 'classify', 'export', 'indicators']) {
      expect(help.stdout).toContain(command);
    }
    expect(cli('jobs', 'fetch', '--days', '101').status).toBe(2);
  });

  it('imports, classifies, exports and stores the indicator into a new edition', () => {
    expect(cli('run', '--out', join(files.dir, 'out')).status).toBe(0);
    const bad = files.write('bad.csv', `${HEADER}\nx,T,D,E,45127,Essen,gestern,s,,\n`);
    const rejected = cli('jobs', 'import', bad);
    expect(rejected.status).toBe(3);
    expect(rejected.stderr).toBe(
      `digitalindex: input error: 1 problem in ${bad}; nothing was imported:\n` +
        `  ${bad}:2: field "date": "gestern" is not a date (YYYY-MM-DD or DD.MM.YYYY)\n`,
    );
    const good = files.write(
      'ads.csv',
      [
        HEADER,
        'a1,Machine Learning Engineer (m/w/d),"Sie entwickeln, trainieren und deployen Deep-Learning-Modelle mit PyTorch.",Ruhr AG,,Essen-Rüttenscheid,2026-02-01,board,,',
        'a2,Erzieherin (m/w/d),Betreuung in unserer Kita.,Stadt,,Bochum,2026-02-02,board,,',
        'a3,=cmd,Kiosk,@Kiosk,,Ingolstadt,2026-02-03,board,,',
      ].join('\n'),
    );
    const imported = cli('jobs', 'import', good, '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: 3, new: 3, unassigned: 1 });
    expect(cli('jobs', 'export', '--out', join(files.dir, 'early.csv')).status).toBe(2);
    const classified = cli('jobs', 'classify', '--lang', 'en');
    expect(classified.status).toBe(0);
    expect(classified.stdout).toMatch(/^classified 3 ads/);
    // again on a worker thread of the compiled classifier: the same verdicts
    const onThread = cli('jobs', 'classify', '--all', '--threads', '1', '--json');
    expect(onThread.status).toBe(0);
    expect(JSON.parse(onThread.stdout)).toMatchObject({ classified: 3, aiSkill: 1, threads: 1 });
    expect(cli('jobs', 'classify', '--threads', 'zwei').status).toBe(2);
    const out = join(files.dir, 'ads-export.csv');
    expect(cli('jobs', 'export', '--out', out).status).toBe(0);
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows[0]).toBe('ad_id,ags,ai_skill,evidence');
    expect(rows[2]).toBe('a2,05911000,0,');
    expect(rows[3]).toBe('a3,,0,');
    const indicators = cli('jobs', 'indicators', '--edition', '2026', '--json');
    expect(indicators.status).toBe(0);
    const report = JSON.parse(indicators.stdout) as {
      municipalities: unknown[];
      withoutAds: number;
      values: { new: number };
    };
    expect(report.municipalities).toHaveLength(53);
    expect(report.withoutAds).toBe(51);
    expect(report.values.new).toBe(106);
    const text = cli('jobs', 'indicators', '--edition', '2026', '--dry-run');
    expect(text.stdout).toContain('52 von 53 Kommunen ohne Anzeige mit KI-Kompetenzen, 51 ganz ohne Anzeige');
  }, 300_000);
});

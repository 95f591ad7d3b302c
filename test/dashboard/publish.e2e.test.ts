// `digitalindex publish --static DIR` as a user runs it: help, a refused folder (exit 2), a full export (exit 0).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/helpers.js';

describe('digitalindex publish --static', () => {
  const dir = tempDir('digitalindex-publish-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains itself', () => {
    const result = runCli(['publish', '--help'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--static <dir>');
  });

  it('refuses a folder holding other files, with exit code 2, and leaves it alone', () => {
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    const result = runCli(['publish', '--static', foreign, '--db', join(dir, 'refused.db')], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not empty and holds no earlier export/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
  });

  it('computes an empty database and writes the site', () => {
    const site = join(dir, 'site');
    const result = runCli(['publish', '--static', site, '--db', join(dir, 'site.db'), '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { dir: string; files: number; bytes: number };
    expect(summary.dir).toBe(site);
    expect(summary.files).toBeGreaterThan(100);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'api', 'editions.json'))).toBe(true);
  }, 120_000);
});

// `digitalindex serve` as a process: computes an empty database first, binds 127.0.0.1, prints its address, stops on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { EditionsResponse } from '../../../src/publish/api/types.js';
import { CLI, runCli, tempDir } from '../../cli/helpers.js';

const dir = tempDir('serve-test-');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `serve` and resolves with its first line of output (the JSON address). */
function startServe(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI, '--db', join(dir, 'serve.db'), 'serve', '--port', '0', '--json', ...args],
    {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: '', DIGITALINDEX_ADMIN_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve({ child, url: (JSON.parse(line) as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('digitalindex serve', () => {
  it('computes the bundled editions into an empty database and serves them on 127.0.0.1', async () => {
    const { child, url } = await startServe([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${url}api/editions`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as EditionsResponse;
    expect(body.editions.map((e) => e.year)).toEqual([2024, 2025]);
    // Write endpoints are off without a token.
    expect((await fetch(`${url}api/admin/recompute`, { method: 'POST' })).status).toBe(404);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);

  it('turns the write endpoints on with DIGITALINDEX_ADMIN_TOKEN', async () => {
    const token = 'serve-test-token-0123456789';
    const { child, url } = await startServe([], { DIGITALINDEX_ADMIN_TOKEN: token });
    expect((await fetch(`${url}api/admin/recompute`, { method: 'POST' })).status).toBe(401);
    const ok = await fetch(`${url}api/admin/recompute`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    child.kill('SIGTERM');
  }, 120_000);

  it('refuses a bad port and a short token with the usage exit code', () => {
    expect(runCli(['serve', '--port', 'eighty'], dir).status).toBe(2);
    const short = runCli(['--db', join(dir, 'serve.db'), 'serve', '--port', '0'], dir, {
      DIGITALINDEX_ADMIN_TOKEN: 'short',
    });
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 16 characters/);
  });

  it('has --help', () => {
    const help = runCli(['serve', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--port/);
    expect(help.stdout).toMatch(/--host/);
  });
});

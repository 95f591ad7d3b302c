// The GENESIS download client against a local HTTP server on 127.0.0.1 that replays answers built from the fixtures.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadGenesisTable,
  downloadNrwOpenTable,
  GenesisDownloadError,
  type GenesisClientOptions,
} from '../../../src/ingest/download/genesis.js';
import { openGenesisTable } from '../../../src/ingest/readers/genesis/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures-genesis/', import.meta.url));
const FLAT_NAME = '12411-01-01-5_1773175772751_de_flat.csv';
const flat = readFileSync(join(FIXTURES, FLAT_NAME));
const classicLatin1 = readFileSync(join(FIXTURES, 'nrw-33111-02ir.csv'));

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
type Answer = (res: ServerResponse) => void;

let server: Server;
let base: string;
let answers: Answer[] = [];
let seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const answer = answers.shift();
      if (answer) answer(res);
      else res.writeHead(599).end('no answer queued');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/genesisws/rest/2020/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  answers = [];
  seen = [];
});

const send =
  (status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
const zip = (members: Record<string, Uint8Array>): Uint8Array => zipSync(members);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function client(extra: Partial<GenesisClientOptions> = {}): GenesisClientOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    baseUrl: base,
    username: 'USER42',
    password: 'secret-pw',
    backoffMs: 10,
    sleep: async (ms) => {
      waits.push(ms);
    },
    waits,
    ...extra,
  };
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'genesis-download-'));

describe('downloadGenesisTable', () => {
  it('posts the form with credentials in headers and unpacks the *_flat.csv of the ZIP answer', async () => {
    answers.push(send(200, 'application/zip', zip({ [FLAT_NAME]: flat })));
    const target = dir();
    const result = await downloadGenesisTable(
      client(),
      {
        name: '12411-01-01-5',
        regionalvariable: 'GEMEIN',
        regionalkey: '05*',
        startyear: 2022,
        endyear: 2023,
      },
      target,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe('/genesisws/rest/2020/data/tablefile');
    expect(seen[0]!.headers.username).toBe('USER42');
    expect(seen[0]!.headers.password).toBe('secret-pw');
    expect(seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({
      area: 'all',
      compress: 'false',
      format: 'ffcsv',
      language: 'de',
      name: '12411-01-01-5',
      regionalvariable: 'GEMEIN',
      regionalkey: '05*',
      startyear: '2022',
      endyear: '2023',
    });
    expect(result).toMatchObject({
      file: join(target, FLAT_NAME),
      member: FLAT_NAME,
      bytes: flat.length,
      sha256: sha256(flat),
    });
    expect(readFileSync(result.file)).toEqual(flat);
    const table = await openGenesisTable(result.file);
    let n = 0;
    for await (const _ of table.observations) n++;
    expect(n).toBe(8);
  });

  it('picks the *_flat.csv among several CSV members and writes only it', async () => {
    answers.push(
      send(
        200,
        'application/octet-stream',
        zip({ 'readme.csv': new Uint8Array([65]), [`sub/${FLAT_NAME}`]: flat, 'x.txt': new Uint8Array([1]) }),
      ),
    );
    const target = dir();
    const result = await downloadGenesisTable(client(), { name: '12411-01-01-5' }, target);
    expect(result.member).toBe(FLAT_NAME);
    expect(readdirSync(target)).toEqual([FLAT_NAME]);
  });

  it('refuses a ZIP without one clear CSV member', async () => {
    answers.push(
      send(200, 'application/zip', zip({ 'a.csv': new Uint8Array([65]), 'b.csv': new Uint8Array([66]) })),
    );
    const target = dir();
    const error = await downloadGenesisTable(client(), { name: 'x' }, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesisDownloadError);
    expect((error as Error).message).toMatch(
      /should hold one CSV file \(a \*_flat\.csv\), but holds: a\.csv, b\.csv/,
    );
    expect(readdirSync(target)).toEqual([]);
  });

  it('saves a plain CSV answer under the table name', async () => {
    answers.push(send(200, 'text/csv; charset=utf-8', flat));
    const result = await downloadGenesisTable(client(), { name: '12411-01-01-5', format: 'csv' }, dir());
    expect(result.file.endsWith('12411-01-01-5_csv.csv')).toBe(true);
    expect(result.member).toBeNull();
    expect(readFileSync(result.file)).toEqual(flat);
  });

  it('turns 401 into a clear error at once, without the password', async () => {
    answers.push(send(401, 'text/plain', 'Unauthorized'));
    const c = client();
    const error = await downloadGenesisTable(c, { name: '12411-01-01-5' }, dir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesisDownloadError);
    expect((error as GenesisDownloadError).status).toBe(401);
    expect((error as Error).message).toBe(
      `${base}data/tablefile: the service refused the login (HTTP 401): check the user name and password (or token) of the GENESIS account`,
    );
    expect((error as Error).message).not.toContain('secret-pw');
    expect(seen).toHaveLength(1);
    expect(c.waits).toEqual([]);
  });

  it('retries 5xx answers with doubling back-off, and honours Retry-After', async () => {
    answers.push(
      send(503, 'text/plain', 'busy'),
      send(502, 'text/plain', 'bad gateway', { 'retry-after': '2' }),
      send(200, 'application/zip', zip({ [FLAT_NAME]: flat })),
    );
    const c = client();
    const result = await downloadGenesisTable(c, { name: '12411-01-01-5' }, dir());
    expect(seen).toHaveLength(3);
    expect(c.waits).toEqual([10, 2000]);
    expect(result.bytes).toBe(flat.length);
  });

  it('retries a dropped connection', async () => {
    answers.push((res) => res.socket?.destroy(), send(200, 'application/zip', zip({ [FLAT_NAME]: flat })));
    const c = client();
    const result = await downloadGenesisTable(c, { name: '12411-01-01-5' }, dir());
    expect(c.waits).toEqual([10]);
    expect(result.sha256).toBe(sha256(flat));
  });

  it('gives up after the last retry', async () => {
    for (let i = 0; i < 4; i++) answers.push(send(500, 'text/plain', 'error'));
    const c = client({ retries: 3 });
    const error = await downloadGenesisTable(c, { name: 'x' }, dir()).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${base}data/tablefile: gave up after 4 attempts: HTTP 500`);
    expect(c.waits).toEqual([10, 20, 40]);
    expect(seen).toHaveLength(4);
  });

  it('reports the message of a GENESIS JSON answer', async () => {
    answers.push(
      send(
        200,
        'application/json',
        JSON.stringify({ Status: { Code: 104, Content: 'Kein passendes Objekt zu Suche', Type: 'Fehler' } }),
      ),
    );
    const error = await downloadGenesisTable(client(), { name: '99999-99' }, dir()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/answered with code 104: Kein passendes Objekt zu Suche$/);
  });

  it('reports other 4xx answers without retrying', async () => {
    answers.push(send(404, 'text/plain', 'not here'));
    const c = client();
    const error = await downloadGenesisTable(c, { name: 'x' }, dir()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/HTTP 404: not here$/);
    expect(c.waits).toEqual([]);
  });
});

describe('downloadNrwOpenTable', () => {
  it('GETs <code>_00.csv and keeps the Latin-1 bytes as they are', async () => {
    answers.push(send(200, 'text/csv;charset=ISO-8859-1', classicLatin1));
    const target = dir();
    const result = await downloadNrwOpenTable('33111-02ir', target, {
      baseUrl: `${base}downloader/00/tables/`,
      backoffMs: 1,
    });
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/genesisws/rest/2020/downloader/00/tables/33111-02ir_00.csv',
    });
    expect(result.file).toBe(join(target, '33111-02ir_00.csv'));
    expect(readFileSync(result.file)).toEqual(classicLatin1);
    const table = await openGenesisTable(result.file);
    expect(table.metadata.format).toBe('genesis-classic');
  });

  it('refuses an HTML page and a malformed table code', async () => {
    answers.push(send(200, 'text/html', '<html>Fehler</html>'));
    const error = await downloadNrwOpenTable('13211-05i', dir(), { baseUrl: base }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/an HTML page, not a table/);
    const bad = await downloadNrwOpenTable('../etc', dir()).catch((e: unknown) => e);
    expect((bad as Error).message).toMatch(/"\.\.\/etc" is not a table code/);
    expect(seen).toHaveLength(1);
  });
});

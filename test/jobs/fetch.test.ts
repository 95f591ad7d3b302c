// The job-search client against a local server that replays responses in the service's format: paging, details, resume.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { JobBoardError } from '../../src/jobs/errors.js';
import { JobsucheClient } from '../../src/jobs/fetch/client.js';
import { fetchJobs } from '../../src/jobs/fetch/fetchJobs.js';
import { listResponses } from '../../src/jobs/store/fetchRuns.js';
import { describeEachDatabase } from '../store/databases.js';
import { searchEntry, searchPage, seedUnits } from './helpers.js';

/** Five ads on pages of two; the fourth is gone when its details are asked for. */
const ENTRIES = [
  searchEntry('10001-1000000001-S', 'Data Scientist (m/w/d)'),
  searchEntry('10001-1000000002-S', 'Koch (m/w/d)', {
    ort: 'Gelsenkirchen-Buer',
    plz: '45894',
    koordinaten: undefined,
  }),
  searchEntry('18022-WEDGBGZN1NUL9HH7-S', 'Erzieher (m/w/d)', {
    ort: 'Mülheim an der Ruhr',
    koordinaten: undefined,
  }),
  searchEntry('10001-1000000004-S', 'Verkäufer (m/w/d)', {
    ort: 'Ingolstadt, Donau',
    plz: '85053',
    koordinaten: { lat: 48.76, lon: 11.42 },
  }),
  searchEntry('10001-1000000005-S', 'ML Engineer (m/w/d)'),
];

interface Replay {
  requests: string[];
  /** Page numbers answered with HTTP 500 (once each). */
  failPages: Set<number>;
}

const replay: Replay = { requests: [], failPages: new Set() };
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    replay.requests.push(url.pathname + url.search);
    if (req.headers['x-api-key'] !== 'jobboerse-jobsuche') {
      res.writeHead(403).end('{"message":"forbidden"}');
      return;
    }
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/service/pc/v4/jobs') {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      if (replay.failPages.delete(page)) {
        res.writeHead(500).end('{"error":"internal"}');
        return;
      }
      res.end(searchPage(ENTRIES.slice((page - 1) * size, page * size), page, size, ENTRIES.length));
      return;
    }
    const details = /^\/service\/pc\/v4\/jobdetails\/(.+)$/.exec(url.pathname);
    if (details) {
      const refnr = Buffer.from(decodeURIComponent(details[1]!), 'base64').toString('utf8');
      const entry = ENTRIES.find((e) => (e as { refnr: string }).refnr === refnr) as
        Record<string, unknown> | undefined;
      if (!entry || refnr.endsWith('0004-S')) {
        res.writeHead(404).end('{"message":"not found"}');
        return;
      }
      const { arbeitsort, ...rest } = entry;
      res.end(
        JSON.stringify({
          ...rest,
          stellenbeschreibung: `Beschreibung von ${refnr}: Sie trainieren neuronale Netze und deployen Machine-Learning-Modelle.`,
          arbeitsorte: [arbeitsort],
        }),
      );
      return;
    }
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/service`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('encodes the refnr in base64 without padding for the details endpoint', () => {
  const client = new JobsucheClient({ baseUrl: 'http://x/service/' });
  expect(client.detailsUrl('12265-338127_JB4086933-S')).toBe(
    'http://x/service/pc/v4/jobdetails/MTIyNjUtMzM4MTI3X0pCNDA4NjkzMy1T',
  );
  expect(client.detailsUrl('1-S')).toBe('http://x/service/pc/v4/jobdetails/MS1T');
  expect(
    client.searchUrl({ was: 'KI', wo: 'Essen', umkreis: 25, veroeffentlichtseit: 100, size: 50 }, 3),
  ).toBe('http://x/service/pc/v4/jobs?was=KI&wo=Essen&umkreis=25&veroeffentlichtseit=100&page=3&size=50');
});

describeEachDatabase('jobs fetch', (store) => {
  const options = () => ({ baseUrl, retries: 0, delayMs: 0, params: { size: 2, wo: 'Essen' } });

  it('pages through the search, stores raw responses, fetches details, and a second run only adds', async () => {
    await seedUnits(store());
    replay.requests = [];
    const report = await fetchJobs(store(), options());
    expect(report).toMatchObject({
      resumed: false,
      pages: 3,
      pagesDone: 3,
      total: 5,
      finished: true,
      ads: { read: 5, new: 5, unassigned: 1, assigned: { coordinates: 0, town: 4 } },
      details: { fetched: 4, gone: 1, pending: 0 },
    });
    expect(replay.requests.filter((r) => r.includes('/jobs?'))).toEqual(
      [1, 2, 3].map((p) => `/service/pc/v4/jobs?wo=Essen&veroeffentlichtseit=100&page=${p}&size=2`),
    );
    const responses = await listResponses(store().db, report.runId);
    expect(responses.map((r) => [r.kind, r.page ?? r.refnr, r.status])).toEqual([
      ['search', 1, 200],
      ['search', 2, 200],
      ['search', 3, 200],
      ['details', '10001-1000000001-S', 200],
      ['details', '10001-1000000002-S', 200],
      ['details', '10001-1000000004-S', 404],
      ['details', '10001-1000000005-S', 200],
      ['details', '18022-WEDGBGZN1NUL9HH7-S', 200],
    ]);
    expect(JSON.parse(responses[0]!.body)).toMatchObject({ maxErgebnisse: 5, page: 1 });
    const ad = await store()
      .db.selectFrom('job_ads')
      .selectAll()
      .where('id', '=', '18022-WEDGBGZN1NUL9HH7-S')
      .executeTakeFirstOrThrow();
    expect(ad).toMatchObject({ ags: '05117000', details_pending: 0, source: 'jobsuche' });
    expect(ad.description).toMatch(/neuronale Netze/);

    const second = await fetchJobs(store(), options());
    expect(second).toMatchObject({
      resumed: false,
      ads: { read: 5, new: 0, knownIds: 5 },
      details: { fetched: 0 },
    });
    expect(second.runId).toBe(report.runId + 1);
  });

  it('resumes an interrupted run at the page that failed', async () => {
    replay.failPages = new Set([2]);
    const error = await fetchJobs(store(), options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobBoardError);
    expect((error as JobBoardError).status).toBe(500);
    const afterFailure = await store().db.selectFrom('job_ads').select('id').execute();
    expect(afterFailure).toHaveLength(2);
    const run = await store().db.selectFrom('job_fetch_runs').selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'failed', pages_done: 1 });

    replay.requests = [];
    const resumed = await fetchJobs(store(), { ...options(), maxPages: 1, details: false });
    expect(resumed).toMatchObject({ resumed: true, runId: run.id, pages: 1, pagesDone: 2, finished: false });
    expect(replay.requests).toEqual(['/service/pc/v4/jobs?wo=Essen&veroeffentlichtseit=100&page=2&size=2']);
    const last = await fetchJobs(store(), options());
    expect(last).toMatchObject({
      resumed: true,
      pagesDone: 3,
      finished: true,
      details: { fetched: 4, gone: 1 },
    });
    expect(await store().db.selectFrom('job_ads').select('id').execute()).toHaveLength(5);
  });

  it('says so when the key is refused', async () => {
    const error = await fetchJobs(store(), { ...options(), apiKey: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobBoardError);
    expect((error as Error).message).toMatch(
      /^the job board answered HTTP 403 \(the API key or the endpoint version/,
    );
  });
});

// The local test web: one HTTP server per simulated site on 127.0.0.1 (port 0), recording every request it gets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  /** Arrival time on the server (performance.now() of the test process). */
  at: number;
  userAgent: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** A site answers a path (with query) with a reply; `urls` gives the base URLs of every site by name. */
export type SiteHandler = (path: string, urls: Record<string, string>) => Reply | undefined;

export interface SiteDefinition {
  name: string;
  handler: SiteHandler;
}

export interface RunningSite {
  name: string;
  url: string;
  requests: RecordedRequest[];
}

export interface TestWeb {
  sites: Record<string, RunningSite>;
  urls: Record<string, string>;
  close(): Promise<void>;
  /** Forgets the recorded requests of every site. */
  reset(): void;
}

export async function startTestWeb(definitions: SiteDefinition[]): Promise<TestWeb> {
  const servers: Server[] = [];
  const sites: Record<string, RunningSite> = {};
  const urls: Record<string, string> = {};
  for (const def of definitions) {
    const site: RunningSite = { name: def.name, url: '', requests: [] };
    const server = createServer((req, res) => answer(def, site, urls, req, res));
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sites[def.name] = site;
    urls[def.name] = site.url;
    servers.push(server);
  }
  return {
    sites,
    urls,
    reset: () => {
      for (const s of Object.values(sites)) s.requests.length = 0;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

function answer(
  def: SiteDefinition,
  site: RunningSite,
  urls: Record<string, string>,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const path = req.url ?? '/';
  site.requests.push({ path, at: performance.now(), userAgent: String(req.headers['user-agent'] ?? '') });
  const reply = def.handler(path, urls) ?? {
    status: 404,
    body: '<html><body><h1>Nicht gefunden</h1></body></html>',
  };
  const send = () => {
    if (res.destroyed) return;
    const body = reply.body ?? '';
    res.writeHead(reply.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...reply.headers });
    res.end(body);
  };
  if (reply.delayMs) setTimeout(send, reply.delayMs);
  else send();
}

/** A page with navigation and footer boilerplate around `main`, linking `links`. */
export function page(title: string, main: string, links: string[] = [], extraHead = ''): Reply {
  const nav = links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('');
  return {
    body:
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta name="description" content="${title} – Beschreibung">${extraHead}</head><body>` +
      `<header><nav><ul>${nav}</ul></nav></header><main>${main}</main>` +
      `<footer>Copyright Musterfirma · Impressum · Datenschutz</footer></body></html>`,
  };
}

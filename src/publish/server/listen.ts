// Starts the HTTP server on the configured host and port and reports the address it listens on.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ServerOptions } from './options.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Hono, options: Pick<ServerOptions, 'host' | 'port'>): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const fail = (error: Error) => reject(error);
    const server: ServerType = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        server.off('error', fail);
        const host =
          info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address;
        resolvePromise({
          url: `http://${host}:${info.port}/`,
          port: info.port,
          close: () =>
            new Promise<void>((done, failed) => {
              server.close((error) => (error ? failed(error) : done()));
              if ('closeAllConnections' in server!) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', fail);
  });
}

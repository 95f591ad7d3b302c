// `digitalindex serve`: prepares the database (bundled editions when empty), warms the API cache and listens.
import {
  createApp,
  ensureComputed,
  listen,
  normaliseOptions,
  OptionsError,
  TOKEN_VARIABLE,
  warm,
  watchDatabase,
} from '../../publish/server/index.js';
import { openStore } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';

export interface ServeOptions extends GlobalOptions {
  port: number;
  host: string;
  web?: string;
  json?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serveCommand(options: ServeOptions): Promise<void> {
  let serverOptions;
  try {
    serverOptions = normaliseOptions({
      port: options.port,
      host: options.host,
      token: process.env[TOKEN_VARIABLE],
      ...(options.web === undefined ? {} : { staticDir: options.web }),
    });
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    process.stderr.write(`digitalindex serve: ${error.message}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  const store = await openStore(databaseLocation(options));
  let closing = false;
  try {
    const prepared = await ensureComputed(store);
    if (prepared.loadedBundle)
      process.stderr.write('Leere Datenbank: gebündelte Ausgaben geladen und berechnet.\n');
    const handle = createApp(store, serverOptions);
    await warm(handle);
    const server = await listen(handle.app, serverOptions).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
        throw new OptionsError(
          `cannot listen on ${serverOptions.host}:${serverOptions.port} (${error.code}); choose another --port or --host`,
        );
      }
      throw error;
    });
    if (options.json) process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
    else {
      process.stdout.write(`digitalindex: Dashboard und API unter ${server.url}\n`);
      if (!serverOptions.staticDir) process.stdout.write('(Dashboard nicht gebaut: nur die API)\n');
      if (serverOptions.token) process.stdout.write('Schreibende Endpunkte (/api/admin/…) sind aktiv.\n');
    }
    if (!LOOPBACK.has(serverOptions.host)) {
      process.stderr.write(
        `digitalindex serve: Achtung: an ${serverOptions.host} gebunden, aus dem Netz erreichbar ` +
          `(warning: bound to ${serverOptions.host}, reachable from the network)\n`,
      );
    }
    // Another process (`digitalindex run`, `import`) may change the database: the cache follows.
    const unwatch = await watchDatabase(handle.cache);
    await new Promise<void>((resolve) => {
      const stop = () => {
        if (closing) return;
        closing = true;
        unwatch();
        server.close().finally(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    process.stderr.write(`digitalindex serve: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } finally {
    await store.close();
  }
}

// `digitalindex publish --static DIR`: the dashboard plus the API's answers as files (rendered by the server's own app).
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { packageRoot } from '../../paths.js';
import { createApp, ensureComputed } from '../../publish/server/index.js';
import { checkTarget, exportSite, ExportError } from '../../publish/static/exportSite.js';
import { openStore } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';

export interface PublishOptions extends GlobalOptions {
  static: string;
  json?: boolean;
}

export async function publishCommand(options: PublishOptions): Promise<void> {
  const webDir = join(packageRoot(), 'dist', 'web');
  try {
    checkTarget(webDir, options.static);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    process.stderr.write(`digitalindex publish: ${error.message}\n`);
    process.exitCode = error.usage ? EXIT.usage : EXIT.unexpected;
    return;
  }
  const store = await openStore(databaseLocation(options));
  const bar =
    process.stderr.isTTY && !options.json
      ? new SingleBar(
          { format: 'publish [{bar}] {value}/{total} files', clearOnComplete: true },
          Presets.shades_classic,
        )
      : null;
  try {
    await ensureComputed(store);
    const { app } = createApp(store, { staticDir: webDir });
    let started = false;
    const summary = await exportSite(app, webDir, options.static, (done, total) => {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    });
    bar?.stop();
    if (options.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else
      process.stdout.write(
        `${summary.files} files (${(summary.bytes / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB) written to ${summary.dir}\n` +
          `Serve the folder with any web server, e.g. python3 -m http.server -d ${summary.dir}\n`,
      );
  } catch (error) {
    bar?.stop();
    if (!(error instanceof ExportError)) throw error;
    process.stderr.write(`digitalindex publish: ${error.message}\n`);
    process.exitCode = error.usage ? EXIT.usage : EXIT.unexpected;
  } finally {
    await store.close();
  }
}

// bench: the dashboard's first-view JavaScript (gzipped) and the overview's time to interactive in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../test/dashboard/browser.js';
import { startServer, WEB_DIR } from '../test/dashboard/server.js';

const JS_BUDGET_KB = 250;
const INTERACTIVE_BUDGET_MS = 1500;
const RUNS = 10;

const kb = (bytes: number): string => (bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
const ms = (value: number): string => value.toLocaleString('de-DE', { maximumFractionDigits: 0 });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sizes of the scripts and stylesheets index.html loads (the first view loads nothing else). */
function firstViewSizes(): { js: number; jsGzip: number; css: number; cssGzip: number } {
  const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  const sum = (pattern: RegExp): { raw: number; gzip: number } => {
    let raw = 0;
    let gzip = 0;
    for (const [, file] of html.matchAll(pattern)) {
      const body = readFileSync(join(WEB_DIR, file!));
      raw += body.length;
      gzip += gzipSync(body).length;
    }
    return { raw, gzip };
  };
  const js = sum(/<script[^>]+src="([^"]+)"/g);
  const css = sum(/<link rel="stylesheet" href="([^"]+)"/g);
  return { js: js.raw, jsGzip: js.gzip, css: css.raw, cssGzip: css.gzip };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [resolve('scripts/build-web.mjs')], { stdio: 'inherit' });
  const size = firstViewSizes();
  const verdict = size.jsGzip <= JS_BUDGET_KB * 1024 ? 'within' : 'OVER';
  console.log(
    `first-view JavaScript: ${kb(size.js)} KB, gzipped ${kb(size.jsGzip)} KB (${verdict} the budget of ${JS_BUDGET_KB} KB); ` +
      `CSS ${kb(size.css)} KB, gzipped ${kb(size.cssGzip)} KB`,
  );
  if (!existsSync(CHROMIUM)) {
    console.log(`time to interactive: skipped, ${CHROMIUM} is missing`);
    return;
  }
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const interactive: number[] = [];
    const started: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      // A fresh context per run: no HTTP cache, as a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('main:not([aria-busy]) table.ranking tbody tr', { timeout: 30_000 });
      const [start, mark] = (await page.evaluate(
        `['digitalindex:start', 'digitalindex:interactive'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null)`,
      )) as [number | null, number | null];
      await context.close();
      if (typeof mark !== 'number') throw new Error('the dashboard set no interactive mark');
      if (run === 0) console.log(`overview interactive, first visit on a cold server: ${ms(mark)} ms`);
      else {
        interactive.push(mark);
        started.push(start ?? Number.NaN);
      }
    }
    const mid = median(interactive);
    console.log(
      `overview interactive after navigation (${RUNS} fresh browser contexts, warm server): median ${ms(mid)} ms, ` +
        `max ${ms(Math.max(...interactive))} ms (${mid <= INTERACTIVE_BUDGET_MS ? 'within' : 'OVER'} the target of ${ms(INTERACTIVE_BUDGET_MS)} ms)`,
    );
    console.log(
      `of which before the bundle ran (HTML, CSS and JavaScript loaded and parsed): median ${ms(median(started))} ms`,
    );
    console.log(
      `(timings on a shared machine are noisy: load average ${loadavg()[0]!.toFixed(1)} at the end)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

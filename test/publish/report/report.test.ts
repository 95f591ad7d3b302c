// The printed reports: HTML chapters from the demo data, maps with and without boundaries, PDFs via Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFindingsInput } from '../../../src/analysis/findings/load.js';
import { readBundle } from '../../../src/ingest/bundle.js';
import {
  buildEditionReport,
  buildUnitReports,
  CHROMIUM_PATH,
  PdfPrinter,
  robustnessOf,
  scoreMap,
  type ReportData,
} from '../../../src/publish/report/index.js';
import { openStore } from '../../../src/store/index.js';
import { importBundle } from '../../../src/workflow/importBundle.js';

let data: ReportData;
const options = { lang: 'de' as const, generatedAt: '2025-07-01', seed: 1, runs: 20 };

beforeAll(async () => {
  const store = await openStore(':memory:');
  try {
    await importBundle(store, readBundle('data/bundle.json'));
    data = { input: { ...(await loadFindingsInput(store, 2025)), permutations: 99 }, boundaries: null };
  } finally {
    await store.close();
  }
}, 120_000);

describe('report HTML', () => {
  it('has every chapter of the edition report', () => {
    const html = buildEditionReport(data, options);
    for (const heading of [
      'Die wichtigsten Ergebnisse',
      'Rangliste',
      'Karte',
      'Teilindex Forschung',
      'Teilindex Infrastruktur',
      'Vergleich der Metropolregionen',
      'Methodik und Quellen',
      'Robustheit der Rangfolge',
    ])
      expect(html, heading).toContain(`<h2>${heading}`);
    expect(html).toContain('Schematische Karte');
    expect(html).toContain('synthetische Demodaten');
    expect(html).toMatch(/dl-de\/by-2-0/); // licences from the spec
    expect(html).not.toMatch(/<script/i);
  });

  it('draws boundaries when they are imported and a schematic map otherwise', () => {
    const units = [
      { code: 'a', name: 'A', lat: 51.5, lon: 7.0, areaKm2: 50, score: 80 },
      { code: 'b', name: 'B', lat: 51.5, lon: 7.2, areaKm2: 50, score: 20 },
    ];
    const square = (x: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, 51.4],
          [x + 0.1, 51.4],
          [x + 0.1, 51.6],
          [x, 51.6],
          [x, 51.4],
        ] as [number, number][],
      ],
    });
    const schematic = scoreMap(units, { lang: 'de', title: 'Index' });
    expect(schematic.schematic).toBe(true);
    expect(schematic.svg.match(/<circle/g)).toHaveLength(2);
    const real = scoreMap(units, {
      lang: 'de',
      title: 'Index',
      boundaries: new Map([
        ['a', square(6.95)],
        ['b', square(7.15)],
      ]),
    });
    expect(real.schematic).toBe(false);
    expect(real.svg.match(/<path/g)).toHaveLength(2);
    expect(real.svg).toContain('<title>A: 80,0</title>');
  });
});

const ci = Boolean(process.env.CI || process.env.REQUIRE_CHROMIUM);
const tools = existsSync(CHROMIUM_PATH) && hasCommand('pdfinfo') && hasCommand('pdftotext');

function hasCommand(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

describe('PDF tools', () => {
  it('are installed when CI or REQUIRE_CHROMIUM asks for them', () => {
    if (!tools && !ci) console.warn('SKIPPED: PDF tests need /usr/bin/chromium, pdfinfo and pdftotext');
    if (ci) expect(tools, 'chromium, pdfinfo and pdftotext must be installed').toBe(true);
  });
});

describe.runIf(tools)('PDF reports (headless Chromium)', () => {
  let dir: string;
  let printer: PdfPrinter;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'digitalindex-report-'));
    printer = await PdfPrinter.start();
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pages = (file: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const textOf = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

  it('prints the edition report with extractable text', async () => {
    const file = join(dir, 'report.pdf');
    await printer.print(buildEditionReport(data, options), file, 'Digital-Index Ruhr 2025');
    expect(pages(file)).toBeGreaterThanOrEqual(10);
    const text = textOf(file).replace(/\s+/g, ' ');
    expect(text).toContain('Sieben Kommunen liegen über dem Durchschnitt');
    expect(text).toContain('belegt die Metropole Ruhr im Digital-Index Platz 10');
    expect(text).toContain('Methodik und Quellen');
  }, 120_000);

  it('prints a two-page unit profile', async () => {
    const m = data.input.municipalities;
    const code = m.units.find((u) => u.name === 'Sonsbeck')!.code;
    const [unit] = buildUnitReports(data, [code], options, robustnessOf(data, options));
    const file = join(dir, `${code}.pdf`);
    await printer.print(unit!.html, file, 'Digital-Index Ruhr 2025');
    expect(pages(file)).toBe(2);
    const text = textOf(file);
    expect(text).toContain('Sonsbeck');
    expect(text).toContain(`AGS ${code}`);
    expect(text).toMatch(/FTTB\/H-Verfügbarkeit/);
  }, 120_000);
});

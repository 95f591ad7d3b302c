// `digitalindex crawl import|export|purge|indicators`: the firm list in, the firms' results out, page text deleted, indicators stored.
import { mkdirSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { dirname } from 'node:path';
import {
  describeInvalid,
  firmsCsv,
  importFirmList,
  isClassified,
  listStoredFirms,
  purgeCrawlText,
  type ImportFirmListReport,
} from '../../crawl/firms/index.js';
import { storeCrawlIndicators, type CrawlIndicatorsReport } from '../../crawl/indicators/index.js';
import { latestEdition, openStore, type Store } from '../../store/index.js';
import { openExistingStore } from '../../workflow/import/existingStore.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber, renderTable, type Lang } from '../table.js';

export interface CrawlImportOptions extends GlobalOptions {
  postcodes?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function crawlImportCommand(file: string, options: CrawlImportOptions): Promise<void> {
  const store = await openStore(databaseLocation(options));
  const progress = !options.json && process.stderr.isTTY ? importProgress() : null;
  try {
    const report = await importFirmList(store, file, {
      postcodesFile: options.postcodes,
      skipInvalid: options.skipInvalid,
      dryRun: options.dryRun,
      onProgress: progress?.update,
    });
    progress?.stop();
    process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describeImport(report));
  } finally {
    progress?.stop();
    await store.close();
  }
}

/** A bar on stderr for lists of a thousand firms or more: rows checked, then firms stored. */
function importProgress(): {
  update: (phase: 'check' | 'store', done: number, total: number) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | null = null;
  let shown: 'check' | 'store' | null = null;
  const label = { check: 'Zeilen geprüft    ', store: 'Firmen gespeichert' };
  return {
    update(phase, done, total) {
      if (total < 1000) return;
      if (shown !== phase) {
        bar?.stop();
        shown = phase;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${label[phase]} {bar} {value}/{total} | ETA {eta_formatted}`,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** The summary of a firm-list import, in German with the English terms the options use. */
export function describeImport(r: ImportFirmListReport): string {
  const n = (x: number) => formatNumber(x, 'de', 0);
  const lines = [
    `${r.dryRun ? 'Prüfung' : 'Firmenliste'} ${r.file} (${r.format}, ${r.encoding}): ${n(r.rows)} Zeilen, ` +
      `${n(r.firms)} Unternehmen gültig, davon ${n(r.withWebsite)} mit Website, ${n(r.withoutWebsite)} ohne`,
  ];
  if (!r.dryRun) {
    lines.push(
      `  neu ${n(r.inserted)}, geändert ${n(r.updated)} (neu zu crawlen ${n(r.recrawl)}), unverändert ${n(r.unchanged)}`,
    );
  }
  lines.push(
    `  AGS aus Spalte ags ${n(r.agsFrom.ags)}, aus Postleitzahl ${n(r.agsFrom.postcode)}, aus Ortsname ${n(r.agsFrom.town)}`,
  );
  if (r.duplicateSites.length > 0) {
    lines.push(`  ${n(r.duplicateSites.length)} Websites mehrfach gelistet (duplicate websites):`);
    for (const d of r.duplicateSites.slice(0, 20)) {
      lines.push(`    ${d.siteKey}: ${d.firms.map((f) => `${f.firmId} (Zeile ${f.line})`).join(', ')}`);
    }
    if (r.duplicateSites.length > 20) lines.push(`    … ${n(r.duplicateSites.length - 20)} weitere`);
  }
  if (r.invalid.length > 0) {
    lines.push(
      `  ${n(r.invalid.length)} ungültige Angaben übersprungen (--skip-invalid):`,
      describeInvalid(r.invalid),
    );
  }
  return lines.join('\n') + '\n';
}

export interface CrawlExportOptions extends GlobalOptions {
  out: string;
  referenceYear?: number;
  startupYears: number;
  json?: boolean;
}

export async function crawlExportCommand(options: CrawlExportOptions): Promise<void> {
  const { firms, referenceYear } = await withStore(options, async (store) => ({
    firms: await listStoredFirms(store),
    referenceYear: options.referenceYear ?? (await latestEdition(store.db))?.year ?? new Date().getFullYear(),
  }));
  const text = firmsCsv(firms, { referenceYear, startupMaxAge: options.startupYears });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  const summary = {
    out: options.out,
    firms: firms.length,
    classified: firms.filter(isClassified).length,
    referenceYear,
    startupYears: options.startupYears,
  };
  process.stdout.write(
    options.json
      ? JSON.stringify(summary, null, 2) + '\n'
      : `${formatNumber(summary.firms, 'de', 0)} Unternehmen (${formatNumber(summary.classified, 'de', 0)} klassifiziert) ` +
          `nach ${summary.out} geschrieben; Start-ups: gegründet ≤ ${summary.startupYears} Jahre vor ${referenceYear}\n`,
  );
}

export interface CrawlPurgeOptions extends GlobalOptions {
  evidence?: boolean;
  json?: boolean;
}

export async function crawlPurgeCommand(options: CrawlPurgeOptions): Promise<void> {
  const report = await withStore(options, (store) => purgeCrawlText(store, { evidence: options.evidence }));
  if (options.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const pages = report.cleared.reduce((s, c) => s + c.rows, 0);
  const lines = [`Seitentext gelöscht (page text deleted): ${formatNumber(pages, 'de', 0)} Einträge`];
  for (const c of report.cleared) lines.push(`  ${c.table}.${c.column}: ${formatNumber(c.rows, 'de', 0)}`);
  if (options.evidence)
    lines.push(
      `  Belegstellen (evidence) von ${formatNumber(report.evidence, 'de', 0)} Unternehmen gelöscht`,
    );
  process.stdout.write(lines.join('\n') + '\n');
}

export interface CrawlIndicatorsOptions extends GlobalOptions {
  edition: number;
  unitSet: string;
  startupYears: number;
  replace?: boolean;
  dryRun?: boolean;
  lang: Lang;
  json?: boolean;
}

export async function crawlIndicatorsCommand(options: CrawlIndicatorsOptions): Promise<void> {
  const report = await withStore(options, (store) =>
    storeCrawlIndicators(store, {
      edition: options.edition,
      unitSet: options.unitSet,
      startupMaxAge: options.startupYears,
      replace: options.replace,
      dryRun: options.dryRun,
    }),
  );
  process.stdout.write(
    options.json ? JSON.stringify(report, null, 2) + '\n' : describeIndicators(report, options.lang),
  );
}

const HEADERS: Record<Lang, string[]> = {
  de: [
    'AGS',
    'Kommune',
    'gelistet',
    'mit Website',
    'gecrawlt',
    'klassifiziert',
    'digital %',
    'KI %',
    'Start-ups',
  ],
  en: ['AGS', 'municipality', 'listed', 'website', 'crawled', 'classified', 'digital %', 'AI %', 'start-ups'],
};

export function describeIndicators(r: CrawlIndicatorsReport, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang, 0);
  const rows = r.units.map((u) => [
    u.unitCode,
    u.name,
    n(u.listed),
    n(u.withWebsite),
    n(u.crawled),
    n(u.classified),
    formatNumber(u.digitalShare, lang, 1),
    formatNumber(u.aiShare, lang, 1),
    u.classified > 0 ? n(u.digitalStartups) : '–',
  ]);
  const t = r.totals;
  const de = lang === 'de';
  const head = de
    ? `Crawl-Indikatoren der Ausgabe ${r.edition} (${r.dryRun ? 'Probelauf, nichts gespeichert' : `Quelle ${r.sourceId}`}), Crawl-Datum ${r.crawlDate}, Klassifikator ${r.classifierVersions.join(', ') || '–'}`
    : `Crawl indicators of edition ${r.edition} (${r.dryRun ? 'dry run, nothing stored' : `source ${r.sourceId}`}), crawl date ${r.crawlDate}, classifier ${r.classifierVersions.join(', ') || '–'}`;
  const coverage = de
    ? `Abdeckung: ${n(t.listed)} gelistet, ${n(t.withWebsite)} mit Website, ${n(t.crawled)} gecrawlt, ${n(t.classified)} klassifiziert` +
      (t.outside > 0 ? `; ${n(t.outside)} außerhalb von ${r.unitSet}` : '')
    : `Coverage: ${n(t.listed)} listed, ${n(t.withWebsite)} with a website, ${n(t.crawled)} crawled, ${n(t.classified)} classified` +
      (t.outside > 0 ? `; ${n(t.outside)} outside ${r.unitSet}` : '');
  const values = de
    ? `Werte: ${n(r.values.new)} neu, ${n(r.values.changed)} geändert, ${n(r.values.unchanged)} unverändert, ${n(r.values.removed)} entfernt` +
      (r.replacedOtherSources > 0 ? `; ${n(r.replacedOtherSources)} Werte anderer Quellen ersetzt` : '')
    : `Values: ${n(r.values.new)} new, ${n(r.values.changed)} changed, ${n(r.values.unchanged)} unchanged, ${n(r.values.removed)} removed` +
      (r.replacedOtherSources > 0 ? `; ${n(r.replacedOtherSources)} values of other sources replaced` : '');
  return (
    [head, coverage, values, '', renderTable(HEADERS[lang], rows, new Set([2, 3, 4, 5, 6, 7, 8]))].join(
      '\n',
    ) + '\n'
  );
}

async function withStore<T>(options: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openExistingStore(databaseLocation(options));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

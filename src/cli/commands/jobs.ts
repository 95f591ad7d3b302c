// `digitalindex jobs import|fetch|assign`: job ads into the database, assigned to municipalities.
import { statSync } from 'node:fs';
import { fetchJobs, type FetchReport } from '../../jobs/fetch/fetchJobs.js';
import { DEFAULT_BASE_URL } from '../../jobs/fetch/client.js';
import { importAds, type ImportAdsReport } from '../../jobs/importAds.js';
import type { IngestCounts } from '../../jobs/ingest.js';
import { reassignAds, type AssignReport } from '../../jobs/reassign.js';
import { count, progressBar, say, withJobsStore, type JobsOptions, type Lang } from './jobsShared.js';

export interface JobsImportOptions extends JobsOptions {
  postcodes?: string;
  unitSet: string;
  duplicateDays: number;
}

export async function jobsImportCommand(file: string, options: JobsImportOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const bytes = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  const bar = bytes > 50_000_000 ? progressBar(say(lang, 'Anzeigen', 'ads'), null) : null;
  const report = await withJobsStore(options, true, (store) =>
    importAds(store, file, {
      unitSet: options.unitSet,
      postcodesFile: options.postcodes,
      duplicateDays: options.duplicateDays,
      onProgress: (n) => bar?.update(n),
    }).finally(() => bar?.stop()),
  );
  if (!report) return;
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describeImport(report, lang));
}

export interface JobsFetchOptions extends JobsOptions {
  was?: string;
  wo?: string;
  umkreis?: number;
  days: number;
  size: number;
  angebotsart?: number;
  maxPages?: number;
  details: boolean;
  maxDetails?: number;
  delay: number;
  baseUrl?: string;
  apiKey?: string;
  unitSet: string;
}

export async function jobsFetchCommand(options: JobsFetchOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const bar = progressBar(say(lang, 'Abruf', 'fetch'), null);
  const report = await withJobsStore(options, true, (store) =>
    fetchJobs(store, {
      baseUrl: options.baseUrl ?? process.env.JOBSUCHE_BASE_URL ?? DEFAULT_BASE_URL,
      apiKey: options.apiKey,
      params: {
        was: options.was,
        wo: options.wo,
        umkreis: options.umkreis,
        veroeffentlichtseit: options.days,
        size: options.size,
        angebotsart: options.angebotsart,
      },
      maxPages: options.maxPages,
      details: options.details,
      maxDetails: options.maxDetails,
      delayMs: options.delay,
      unitSet: options.unitSet,
      onProgress: (e) => bar.update(e.done),
    }).finally(() => bar.stop()),
  );
  if (!report) return;
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describeFetch(report, lang));
}

export interface JobsAssignOptions extends JobsOptions {
  postcodes?: string;
  unitSet: string;
  duplicateDays?: number;
}

export async function jobsAssignCommand(options: JobsAssignOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const report = await withJobsStore(options, false, (store) =>
    reassignAds(store, {
      unitSet: options.unitSet,
      postcodesFile: options.postcodes,
      duplicateDays: options.duplicateDays,
    }),
  );
  if (!report) return;
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : describeAssign(report, lang));
}

function describeImport(r: ImportAdsReport, lang: Lang): string {
  const n = (x: number) => count(x, lang);
  return (
    [
      say(
        lang,
        `${n(r.read)} Anzeigen aus ${r.fileName} gelesen (${r.format}), ${n(r.new)} neu gespeichert`,
        `read ${n(r.read)} ads from ${r.fileName} (${r.format}), stored ${n(r.new)} new`,
      ),
      say(
        lang,
        `  Dubletten: ${n(r.knownIds)} bereits gespeichert (gleiche Id), ${n(r.repeatedIds)} mehrfach in der Datei, ` +
          `${n(r.nearDuplicates)} erneut veröffentlicht (gleicher Titel, Arbeitgeber und Ort binnen ${r.duplicateDays} Tagen; einmal gezählt)`,
        `  duplicates: ${n(r.knownIds)} stored already (same id), ${n(r.repeatedIds)} repeated in the file, ` +
          `${n(r.nearDuplicates)} re-posted (same title, employer and town within ${r.duplicateDays} days; counted once)`,
      ),
      ...assignmentLines(r, r.unitsFrom, r.boundaries, r.postcodeRows, lang),
    ].join('\n') + '\n'
  );
}

function assignmentLines(
  c: Pick<IngestCounts, 'assigned' | 'unassigned' | 'unassignedReasons'>,
  unitsFrom: string,
  boundaries: number,
  postcodeRows: number,
  lang: Lang,
): string[] {
  const n = (x: number) => count(x, lang);
  const lines = [
    say(
      lang,
      `  Zuordnung: ${n(c.assigned.coordinates)} über Koordinaten (${n(boundaries)} Grenzen), ${n(c.assigned.postcode)} über die PLZ ` +
        `(${n(postcodeRows)} Zeilen), ${n(c.assigned.town)} über den Ortsnamen (Namen aus ${unitsFrom === 'database' ? 'der Datenbank' : 'den mitgelieferten Stammdaten'})`,
      `  assigned: ${n(c.assigned.coordinates)} by coordinates (${n(boundaries)} boundaries), ${n(c.assigned.postcode)} by postcode ` +
        `(${n(postcodeRows)} rows), ${n(c.assigned.town)} by town name (names from the ${unitsFrom})`,
    ),
    say(lang, `  nicht zugeordnet: ${n(c.unassigned)}`, `  unassigned: ${n(c.unassigned)}`),
  ];
  for (const [reason, k] of Object.entries(c.unassignedReasons)) lines.push(`    ${reason}: ${n(k)}`);
  return lines;
}

function describeFetch(r: FetchReport, lang: Lang): string {
  const n = (x: number) => count(x, lang);
  const lines = [
    say(
      lang,
      `Lauf ${r.runId}${r.resumed ? ' (fortgesetzt)' : ''}: ${n(r.pages)} Ergebnisseiten abgerufen, ${n(r.pagesDone)} insgesamt` +
        (r.total === null ? '' : ` von ${n(r.total)} Treffern`) +
        (r.finished ? ', vollständig' : ', unvollständig (der nächste Aufruf setzt fort)'),
      `run ${r.runId}${r.resumed ? ' (resumed)' : ''}: fetched ${n(r.pages)} result pages, ${n(r.pagesDone)} in all` +
        (r.total === null ? '' : ` of ${n(r.total)} hits`) +
        (r.finished ? ', complete' : ', incomplete (the next call resumes)'),
    ),
    say(
      lang,
      `  Anzeigen: ${n(r.ads.read)} gelesen, ${n(r.ads.new)} neu, ${n(r.ads.knownIds + r.ads.repeatedIds)} bekannt, ${n(r.ads.nearDuplicates)} erneut veröffentlicht`,
      `  ads: ${n(r.ads.read)} read, ${n(r.ads.new)} new, ${n(r.ads.knownIds + r.ads.repeatedIds)} known, ${n(r.ads.nearDuplicates)} re-posted`,
    ),
    say(
      lang,
      `  Details: ${n(r.details.fetched)} abgerufen, ${n(r.details.gone)} nicht mehr verfügbar, ${n(r.details.pending)} ausstehend`,
      `  details: ${n(r.details.fetched)} fetched, ${n(r.details.gone)} gone, ${n(r.details.pending)} pending`,
    ),
    ...assignmentLines(r.ads, 'database', 0, 0, lang).slice(1),
  ];
  if (r.skippedEntries > 0) {
    lines.push(
      say(
        lang,
        `  übersprungene Einträge: ${n(r.skippedEntries)}`,
        `  skipped entries: ${n(r.skippedEntries)}`,
      ),
    );
    for (const e of r.skippedExamples) lines.push(`    ${e}`);
  }
  return lines.join('\n') + '\n';
}

function describeAssign(r: AssignReport, lang: Lang): string {
  const n = (x: number) => count(x, lang);
  return (
    [
      say(
        lang,
        `${n(r.ads)} Anzeigen neu zugeordnet, ${n(r.changed)} geändert`,
        `assigned ${n(r.ads)} ads again, ${n(r.changed)} changed`,
      ),
      ...assignmentLines(r, r.unitsFrom, r.boundaries, r.postcodeRows, lang),
      say(
        lang,
        `  Dubletten neu verknüpft: ${n(r.duplicates.linksChanged)} Verknüpfungen geändert, ${n(r.duplicates.duplicates)} erneut veröffentlichte Anzeigen (einmal gezählt)`,
        `  re-posts linked again: ${n(r.duplicates.linksChanged)} links changed, ${n(r.duplicates.duplicates)} re-posted ads (counted once)`,
      ),
    ].join('\n') + '\n'
  );
}

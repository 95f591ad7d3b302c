// `digitalindex jobs classify|export|indicators`: verdicts on the stored ads, the CSV of them, the indicator values.
import { classifyStoredAds } from '../../jobs/classifyAds.js';
import { exportAds } from '../../jobs/exportAds.js';
import { storeJobIndicators, type IndicatorReport } from '../../jobs/indicators.js';
import { countAds } from '../../jobs/store/ads.js';
import { renderTable } from '../table.js';
import {
  count,
  percent,
  progressBar,
  say,
  withJobsStore,
  type JobsOptions,
  type Lang,
} from './jobsShared.js';

export interface JobsClassifyOptions extends JobsOptions {
  all?: boolean;
  threads?: number;
}

export async function jobsClassifyCommand(options: JobsClassifyOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const report = await withJobsStore(options, false, async (store) => {
    const total = await countAds(store.db);
    const bar = total >= 20_000 ? progressBar(say(lang, 'klassifiziert', 'classified'), total) : null;
    return classifyStoredAds(store, {
      all: options.all,
      threads: options.threads,
      onProgress: (n) => bar?.update(n),
    }).finally(() => bar?.stop());
  });
  if (!report) return;
  const n = (x: number) => count(x, lang);
  process.stdout.write(
    options.json
      ? JSON.stringify(report, null, 2) + '\n'
      : say(
          lang,
          `${n(report.classified)} Anzeigen klassifiziert (${report.classifierVersion}): ${n(report.aiSkill)} verlangen KI-Kompetenzen` +
            (report.titleOnly > 0 ? `; ${n(report.titleOnly)} nur nach dem Titel (Details ausstehend)` : '') +
            '\n',
          `classified ${n(report.classified)} ads (${report.classifierVersion}): ${n(report.aiSkill)} ask for AI skills` +
            (report.titleOnly > 0 ? `; ${n(report.titleOnly)} from the title alone (details pending)` : '') +
            '\n',
        ),
  );
}

export interface JobsExportOptions extends JobsOptions {
  out: string;
}

export async function jobsExportCommand(options: JobsExportOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const report = await withJobsStore(options, false, (store) => exportAds(store, options.out));
  if (!report) return;
  const n = (x: number) => count(x, lang);
  process.stdout.write(
    options.json
      ? JSON.stringify(report, null, 2) + '\n'
      : say(
          lang,
          `${n(report.rows)} Anzeigen nach ${report.out} geschrieben (${n(report.aiSkill)} mit KI-Kompetenzen, ${n(report.unassigned)} ohne Kommune; ${n(report.duplicates)} Dubletten ausgelassen)\n`,
          `wrote ${n(report.rows)} ads to ${report.out} (${n(report.aiSkill)} asking for AI skills, ${n(report.unassigned)} without municipality; ${n(report.duplicates)} re-posts left out)\n`,
        ),
  );
}

export interface JobsIndicatorsOptions extends JobsOptions {
  edition: number;
  from?: string;
  to?: string;
  unitSet: string;
  replace?: boolean;
  dryRun?: boolean;
}

export async function jobsIndicatorsCommand(options: JobsIndicatorsOptions): Promise<void> {
  const lang = options.lang ?? 'de';
  const report = await withJobsStore(options, false, (store) =>
    storeJobIndicators(store, {
      edition: options.edition,
      unitSet: options.unitSet,
      from: options.from,
      to: options.to,
      replace: options.replace,
      dryRun: options.dryRun,
    }),
  );
  if (!report) return;
  process.stdout.write(
    options.json ? JSON.stringify(report, null, 2) + '\n' : describeIndicators(report, lang),
  );
}

function describeIndicators(r: IndicatorReport, lang: Lang): string {
  const n = (x: number) => count(x, lang);
  const rows = [...r.municipalities]
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.ags.localeCompare(b.ags))
    .map((m) => [m.ags, m.name, n(m.ads), n(m.aiAds), percent(m.share, lang)]);
  const header =
    lang === 'de'
      ? ['AGS', 'Kommune', 'Anzeigen', 'mit KI', 'Anteil']
      : ['AGS', 'municipality', 'ads', 'with AI', 'share'];
  const action = r.applied
    ? say(lang, 'gespeichert', 'stored')
    : say(lang, 'nicht gespeichert (Probelauf oder unverändert)', 'not stored (dry run or unchanged)');
  return (
    [
      renderTable(header, rows, new Set([2, 3, 4])),
      '',
      say(
        lang,
        `Ausgabe ${r.edition}, Stichtag ${r.referenceDate}: ${n(r.totals.aiAds)} von ${n(r.totals.ads)} Anzeigen verlangen KI-Kompetenzen; ` +
          `${n(r.totals.unassignedAds)} Anzeigen ohne Kommune der Einheitenmenge`,
        `edition ${r.edition}, reference date ${r.referenceDate}: ${n(r.totals.aiAds)} of ${n(r.totals.ads)} ads ask for AI skills; ` +
          `${n(r.totals.unassignedAds)} ads without a municipality of the unit set`,
      ),
      say(
        lang,
        `${n(r.withoutAiAds)} von ${n(r.municipalities.length)} Kommunen ohne Anzeige mit KI-Kompetenzen, ${n(r.withoutAds)} ganz ohne Anzeige (Anteil dort fehlend)`,
        `${n(r.withoutAiAds)} of ${n(r.municipalities.length)} municipalities without an ad asking for AI skills, ${n(r.withoutAds)} without any ad (share missing there)`,
      ),
      say(
        lang,
        `Werte job_ads und ai_job_ads ${action}: ${n(r.values.new)} neu, ${n(r.values.changed)} geändert, ${n(r.values.unchanged)} unverändert; Quelle ${r.sourceId}`,
        `values job_ads and ai_job_ads ${action}: ${n(r.values.new)} new, ${n(r.values.changed)} changed, ${n(r.values.unchanged)} unchanged; source ${r.sourceId}`,
      ),
    ].join('\n') + '\n'
  );
}

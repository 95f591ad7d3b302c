// `digitalindex run`: the main job on the bundled default data.
import { join } from 'node:path';
import { readBundle } from '../../ingest/bundle.js';
import { bundledDataDir } from '../../paths.js';
import { writeRankingFiles } from '../../publish/files.js';
import { buildRanking, type RankedUnit, type RankingDocument } from '../../publish/ranking.js';
import { openStore } from '../../store/index.js';
import { computeEdition } from '../../workflow/computeEdition.js';
import { importBundle } from '../../workflow/importBundle.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber, renderTable, type Lang } from '../table.js';

export interface RunOptions extends GlobalOptions {
  json?: boolean;
  out: string;
  lang: string;
  bundle?: string;
}

export async function runCommand(options: RunOptions): Promise<void> {
  const lang: Lang = options.lang === 'en' ? 'en' : 'de';
  const bundle = readBundle(options.bundle ?? join(bundledDataDir(), 'bundle.json'));
  const store = await openStore(databaseLocation(options));
  try {
    const load = await importBundle(store, bundle);
    if (load.kept.length > 0) {
      const years = load.kept.join(', ');
      const note =
        lang === 'de'
          ? `Ausgabe ${years}: enthält importierte Werte, nicht aus dem Bundle neu geladen.`
          : `Edition ${years}: holds imported values, not reloaded from the bundle.`;
      if (options.json) process.stderr.write(note + '\n');
      else process.stdout.write(note + '\n\n');
    }
    for (const edition of bundle.editions) {
      for (const unitSet of bundle.spec.spec.unitSets)
        await computeEdition(store, edition.year, unitSet.code);
    }
    const latest = Math.max(...bundle.editions.map((e) => e.year));
    const doc = await buildRanking(store, latest);
    const files = writeRankingFiles(doc, options.out);
    if (options.json) {
      process.stdout.write(JSON.stringify(jsonShape(doc), null, 2) + '\n');
    } else {
      process.stdout.write(renderReport(doc, lang) + '\n');
      process.stdout.write(
        `\n${lang === 'de' ? 'Ergebnisse geschrieben' : 'Results written'}: ${files.join(', ')}\n`,
      );
    }
  } finally {
    await store.close();
  }
}

function jsonShape(doc: RankingDocument) {
  const unit = (key: 'ags' | 'code') => (u: RankedUnit) => ({
    [key]: u.code,
    name: u.name,
    rank: u.rank,
    index: u.index,
    subIndices: u.subIndices,
  });
  return {
    edition: doc.edition,
    synthetic: doc.synthetic,
    municipalities: doc.municipalities.map(unit('ags')),
    regions: doc.regions.map(unit('code')),
  };
}

function renderReport(doc: RankingDocument, lang: Lang): string {
  const t = lang === 'de' ? GERMAN : ENGLISH;
  const subNames = doc.subIndices.map((s) => s[lang]);
  const rows = (units: RankedUnit[]) =>
    units.map((u) => [
      String(u.rank ?? '–'),
      u.code,
      u.name,
      formatNumber(u.index, lang),
      ...doc.subIndices.map((s) => formatNumber(u.subIndices[s.code] ?? null, lang)),
    ]);
  const right = new Set([0, 3, 4, 5, 6, 7]);
  const parts = [
    `${doc.title} – ${t.edition} ${doc.edition}`,
    doc.synthetic ? t.synthetic : '',
    '',
    renderTable([t.rank, 'AGS', t.municipality, 'Index', ...subNames], rows(doc.municipalities), right),
    '',
    t.regions,
    renderTable([t.rank, t.code, t.region, 'Index', ...subNames], rows(doc.regions), right),
  ];
  return parts.filter((p, i) => p !== '' || i !== 1).join('\n');
}

const GERMAN = {
  edition: 'Ausgabe',
  synthetic: 'ACHTUNG: synthetische Demodaten, keine amtlichen Statistiken.',
  rank: 'Rang',
  municipality: 'Kommune',
  regions: 'Vergleich der Metropolregionen',
  code: 'Kürzel',
  region: 'Metropolregion',
};

const ENGLISH = {
  edition: 'edition',
  synthetic: 'NOTE: synthetic demo data, not official statistics.',
  rank: 'Rank',
  municipality: 'Municipality',
  regions: 'Comparison of metropolitan regions',
  code: 'Code',
  region: 'Metropolitan region',
};

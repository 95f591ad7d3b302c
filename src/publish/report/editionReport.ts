// The complete edition report as HTML: title page, findings, ranking, map, sub-index chapters, regions, method, robustness.
import { indicatorsOf, nodeOf, subIndicesOf } from '../../analysis/access.js';
import type { Findings } from '../../analysis/findings/types.js';
import type { LeadersResult } from '../../analysis/leaders.js';
import type { RegionsResult } from '../../analysis/regions.js';
import type { RobustnessResult } from '../../analysis/robustness.js';
import type { EditionData } from '../../analysis/types.js';
import type { Geometry } from '../../geodata/types.js';
import { document, esc, fmt, raw, table, type Lang } from './html.js';
import { scoreMap } from './map.js';
import { methodologyChapter } from './methodology.js';

export interface EditionReportInput {
  lang: Lang;
  municipalities: EditionData;
  findings: Findings;
  leaders: LeadersResult;
  regions: RegionsResult | null;
  regionData: EditionData | null;
  robustness: RobustnessResult | null;
  boundaries: ReadonlyMap<string, Geometry> | null;
  /** When the report was made (ISO date), passed in so that the HTML depends on its inputs only. */
  generatedAt: string;
}

const T = {
  de: {
    report: 'Bericht',
    edition: 'Ausgabe',
    findings: 'Die wichtigsten Ergebnisse',
    numbers: 'Zahlen hinter den Aussagen',
    ranking: 'Rangliste',
    rank: 'Rang',
    municipality: 'Kommune',
    map: 'Karte',
    sub: 'Teilindex',
    indicators: 'Indikatoren',
    indicator: 'Indikator',
    unit: 'Einheit',
    leaders: 'vorn',
    median: 'Median',
    top: 'Die ersten zehn',
    bottom: 'Die letzten fünf',
    regions: 'Vergleich der Metropolregionen',
    value: 'Wert',
    robustness: 'Robustheit der Rangfolge',
    generated: 'Erstellt am',
    schematic:
      'Schematische Karte: Kreise um die Mittelpunktkoordinaten mit der Fläche der Kommune, keine Grenzen importiert.',
    boundariesNote: 'Karte aus den importierten Gemeindegrenzen.',
  },
  en: {
    report: 'Report',
    edition: 'edition',
    findings: 'Key findings',
    numbers: 'Numbers behind the statements',
    ranking: 'Ranking',
    rank: 'Rank',
    municipality: 'Municipality',
    map: 'Map',
    sub: 'Sub-index',
    indicators: 'Indicators',
    indicator: 'Indicator',
    unit: 'Unit',
    leaders: 'leaders',
    median: 'Median',
    top: 'The first ten',
    bottom: 'The last five',
    regions: 'Metropolitan regions compared',
    value: 'Value',
    robustness: 'Robustness of the ranking',
    generated: 'Made on',
    schematic:
      'Schematic map: circles of each municipality’s area around its centre; no boundaries imported.',
    boundariesNote: 'Map drawn from the imported municipal boundaries.',
  },
} as const;

export function editionReportHtml(r: EditionReportInput): string {
  const t = T[r.lang];
  const data = r.municipalities;
  const title = `${data.title[r.lang]} ${data.edition}`;
  const sections = [
    titlePage(r, title),
    findingsChapter(r),
    rankingChapter(r),
    mapChapter(r),
    ...subIndicesOf(data).map((s) => subIndexChapter(r, s.code)),
    r.regions && r.regionData ? regionsChapter(r.regions, r.regionData, r.lang) : '',
    methodologyChapter(data, r.lang),
    r.robustness ? robustnessChapter(r.robustness, r.lang) : '',
  ];
  return document(`${title} – ${t.report}`, r.lang, sections.join(''));
}

function titlePage(r: EditionReportInput, title: string): string {
  const t = T[r.lang];
  const d = r.municipalities;
  return (
    `<section class="title"><h1>${esc(title)}</h1>` +
    `<p class="subtitle">${esc(t.report)} – ${esc(d.title[r.lang])}, ${esc(t.edition)} ${d.edition}</p>` +
    `<p class="subtitle">${d.units.length} ${r.lang === 'de' ? 'Kommunen' : 'municipalities'}, ` +
    `${indicatorsOf(d).length} ${esc(t.indicators)}, ${subIndicesOf(d).length} ${r.lang === 'de' ? 'Teilindizes' : 'sub-indices'}</p>` +
    (r.findings.notice ? `<p class="notice">${esc(r.findings.notice)}</p>` : '') +
    `<p class="small">${esc(t.generated)} ${esc(r.generatedAt)}</p></section>`
  );
}

function findingsChapter(r: EditionReportInput): string {
  const t = T[r.lang];
  const body = r.findings.paragraphs
    .map(
      (p) =>
        `<h3>${esc(p.heading)}</h3><p>` +
        p.sentences.map((s) => `${esc(s.text)}<sup class="fn">${s.footnote}</sup>`).join(' ') +
        '</p>',
    )
    .join('');
  const notes = `<h3>${esc(t.numbers)}</h3><ol class="footnotes">${r.findings.footnotes.map((f) => `<li>${esc(f.text)}</li>`).join('')}</ol>`;
  return `<section class="chapter"><h2>${esc(t.findings)}</h2>${r.findings.notice ? `<p class="notice">${esc(r.findings.notice)}</p>` : ''}${body}${notes}</section>`;
}

function rankingChapter(r: EditionReportInput): string {
  const t = T[r.lang];
  const d = r.municipalities;
  const subs = subIndicesOf(d);
  const pos = new Map(d.result.units.map((u, i) => [u, i]));
  const rows = r.leaders.ranking.map((u) => {
    const i = pos.get(u.code)!;
    return [
      u.rank === null ? '–' : String(u.rank),
      u.code,
      u.name,
      raw(
        `<span class="bar" style="width:${Math.max(0, (u.score ?? 0) * 0.25).toFixed(1)}mm"></span> ${fmt(u.score, r.lang)}`,
      ),
      ...subs.map((s) => fmt(d.result.scores.get(s.code)![i]!, r.lang)),
    ];
  });
  return (
    `<section class="chapter"><h2>${esc(t.ranking)}</h2>` +
    table(
      [
        t.rank,
        'AGS',
        t.municipality,
        nodeOf(d, d.structure.root).name[r.lang],
        ...subs.map((s) => s.name[r.lang]),
      ],
      rows,
      new Set([0, 3, 4, 5, 6, 7, 8]),
    ) +
    `<p class="small">${r.lang === 'de' ? 'Punkte von 0 bis 100 (Min-Max-Normierung über die Kommunen, gewichtete Mittel).' : 'Points from 0 to 100 (min-max over the municipalities, weighted means).'}</p></section>`
  );
}

function mapChapter(r: EditionReportInput): string {
  const t = T[r.lang];
  const d = r.municipalities;
  const root = d.result.scores.get(d.structure.root)!;
  const { svg, schematic } = scoreMap(
    d.units.map((u, i) => ({ ...u, score: Number.isFinite(root[i]!) ? root[i]! : null })),
    {
      boundaries: r.boundaries,
      lang: r.lang,
      title: `${nodeOf(d, d.structure.root).name[r.lang]} ${d.edition}`,
      labels: r.leaders.frontRunners.map((u) => u.code),
    },
  );
  return `<section class="chapter"><h2>${esc(t.map)}</h2><figure>${svg}<figcaption>${esc(schematic ? t.schematic : t.boundariesNote)}</figcaption></figure></section>`;
}

function subIndexChapter(r: EditionReportInput, sub: string): string {
  const t = T[r.lang];
  const d = r.municipalities;
  const node = nodeOf(d, sub);
  const ranked = [...r.leaders.ranking]
    .map((u) => {
      const i = d.result.units.indexOf(u.code);
      return { ...u, s: d.result.scores.get(sub)![i]!, k: d.result.ranks.get(sub)![i]! };
    })
    .sort((a, b) => a.k - b.k || a.code.localeCompare(b.code));
  const row = (u: (typeof ranked)[number]) => [String(u.k), u.name, fmt(u.s, r.lang)];
  const indicators = indicatorsOf(d, sub).map((ind) => {
    const l = r.leaders.indicators.find((n) => n.node === ind.code)!;
    return [
      ind.name[r.lang],
      ind.unit?.[r.lang] ?? '',
      l.leaders.map((u) => `${u.name} (${fmt(u.value, r.lang)})`).join(', '),
      fmt(l.median, r.lang),
    ];
  });
  const sentences = r.findings.paragraphs.find((p) => p.topic === sub);
  return (
    `<section class="chapter"><h2>${esc(t.sub)} ${esc(node.name[r.lang])}</h2>` +
    (sentences
      ? `<p>${sentences.sentences.map((s) => `${esc(s.text)}<sup class="fn">${s.footnote}</sup>`).join(' ')}</p>`
      : '') +
    `<h3>${esc(t.indicators)}</h3>` +
    table([t.indicator, t.unit, t.leaders, t.median], indicators, new Set([3])) +
    `<div class="two"><div><h3>${esc(t.top)}</h3>${table([t.rank, t.municipality, 'Score'], ranked.slice(0, 10).map(row), new Set([0, 2]))}</div>` +
    `<div><h3>${esc(t.bottom)}</h3>${table([t.rank, t.municipality, 'Score'], ranked.slice(-5).map(row), new Set([0, 2]))}</div></div>` +
    '</section>'
  );
}

function regionsChapter(g: RegionsResult, data: EditionData, lang: Lang): string {
  const t = T[lang];
  const rows = [g.index, ...g.subIndices, ...g.indicators].map((s) => [
    nodeOf(data, s.node).name[lang],
    s.kind === 'indicator'
      ? `${fmt(s.value, lang)} ${nodeOf(data, s.node).unit?.[lang] ?? ''}`
      : fmt(s.score, lang),
    `${s.rank ?? '–'} / ${s.of}`,
    fmt(s.median, lang),
    `${s.leader.name} (${fmt(s.leader.value, lang)})`,
  ]);
  return (
    `<section class="chapter"><h2>${esc(t.regions)}</h2><p>${esc(g.focus.name)}</p>` +
    table(['', t.value, t.rank, t.median, t.leaders], rows, new Set([1, 2, 3])) +
    '</section>'
  );
}

function robustnessChapter(rb: RobustnessResult, lang: Lang): string {
  const t = T[lang];
  const de = lang === 'de';
  const rows = rb.units.map((u) => [
    u.rank === null ? '–' : String(u.rank),
    u.name,
    fmt(u.median, lang, 1),
    u.p05 === null || u.p95 === null ? '–' : `${fmt(u.p05, lang, 0)}–${fmt(u.p95, lang, 0)}`,
  ]);
  return (
    `<section class="chapter"><h2>${esc(t.robustness)}</h2><p>` +
    esc(
      de
        ? `Unsicherheitsanalyse mit ${rb.runs} Läufen (Seed ${rb.seed}): In jedem Lauf werden alle Gewichte um bis zu ±${fmt(100 * rb.perturbation, lang, 0)} % verändert und ein Indikator (oder keiner) weggelassen. Angegeben sind der Median-Rang und das 5–95-%-Intervall der Ränge; eine Rangänderung innerhalb dieses Intervalls ist nicht bedeutsam.`
        : `Uncertainty analysis with ${rb.runs} runs (seed ${rb.seed}): each run perturbs every weight by up to ±${fmt(100 * rb.perturbation, lang, 0)} % and leaves out one indicator (or none). Shown are the median rank and the 5–95 % rank interval; a rank change inside it is not meaningful.`,
    ) +
    (rb.failedRuns > 0
      ? esc(de ? ` ${rb.failedRuns} Läufe fehlgeschlagen.` : ` ${rb.failedRuns} runs failed.`)
      : '') +
    '</p>' +
    table(
      [t.rank, T[lang].municipality, de ? 'Median-Rang' : 'median rank', '5–95 %'],
      rows,
      new Set([0, 2, 3]),
    ) +
    '</section>'
  );
}

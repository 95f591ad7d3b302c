// A two-page profile of one unit: scores and ranks, rank interval, map; every indicator against the median.
import { nodeOf } from '../../analysis/access.js';
import type { UnitProfile } from '../../analysis/profile.js';
import type { RankInterval } from '../../analysis/robustness.js';
import type { EditionData } from '../../analysis/types.js';
import type { Geometry } from '../../geodata/types.js';
import { document, esc, fmt, table, type Lang } from './html.js';
import { scoreMap } from './map.js';

export interface UnitReportInput {
  lang: Lang;
  data: EditionData;
  profile: UnitProfile;
  interval: RankInterval | null;
  boundaries: ReadonlyMap<string, Geometry> | null;
  notice: string | null;
  generatedAt: string;
}

export function unitReportHtml(r: UnitReportInput): string {
  const de = r.lang === 'de';
  const p = r.profile;
  const d = r.data;
  const name = (code: string) => nodeOf(d, code).name[r.lang];
  const rank = (x: number | null) => (x === null ? '–' : `${x} / ${p.of}`);
  const root = d.result.scores.get(d.structure.root)!;
  const { svg, schematic } = scoreMap(
    d.units.map((u, i) => ({ ...u, score: Number.isFinite(root[i]!) ? root[i]! : null })),
    {
      boundaries: r.boundaries,
      lang: r.lang,
      highlight: p.code,
      labels: [],
      title: name(d.structure.root),
      width: 700,
      height: 380,
    },
  );
  const first =
    `<section><h1>${esc(p.name)}</h1>` +
    `<p class="subtitle">${esc(d.title[r.lang])} ${d.edition} · AGS ${esc(p.code)}</p>` +
    (r.notice ? `<p class="notice">${esc(r.notice)}</p>` : '') +
    table(
      ['', 'Score', de ? 'Rang' : 'Rank'],
      [p.index, ...p.subIndices].map((n) => [name(n.node), fmt(n.score, r.lang), rank(n.rank)]),
      new Set([1, 2]),
    ) +
    (r.interval && r.interval.p05 !== null
      ? `<p>${esc(
          de
            ? `Rangintervall (Unsicherheitsanalyse, 5–95 %): Platz ${fmt(r.interval.p05, 'de', 0)} bis ${fmt(r.interval.p95, 'de', 0)}, Median ${fmt(r.interval.median, 'de', 1)}.`
            : `Rank interval (uncertainty analysis, 5–95 %): ${fmt(r.interval.p05, 'en', 0)} to ${fmt(r.interval.p95, 'en', 0)}, median ${fmt(r.interval.median, 'en', 1)}.`,
        )}</p>`
      : '') +
    `<figure>${svg}<figcaption>${esc(
      schematic
        ? de
          ? 'Schematische Karte aus Mittelpunktkoordinaten (keine Grenzen importiert); rot umrandet: ' +
            p.name
          : 'Schematic map from centre coordinates (no boundaries imported); outlined in red: ' + p.name
        : de
          ? 'Rot umrandet: ' + p.name
          : 'Outlined in red: ' + p.name,
    )}</figcaption></figure></section>`;
  const second =
    `<section class="chapter"><h2>${esc(de ? 'Indikatoren' : 'Indicators')}</h2>` +
    table(
      [
        de ? 'Indikator' : 'Indicator',
        de ? 'Einheit' : 'Unit',
        de ? 'Wert' : 'Value',
        'Median',
        de ? 'Rang' : 'Rank',
      ],
      p.indicators.map((n) => [
        name(n.node),
        nodeOf(d, n.node).unit?.[r.lang] ?? '',
        n.value === null ? (de ? 'vertraulich' : 'confidential') : fmt(n.value, r.lang),
        fmt(n.median, r.lang),
        rank(n.rank),
      ]),
      new Set([2, 3, 4]),
    ) +
    `<div class="two"><div><h3>${de ? 'Stärken' : 'Strengths'}</h3><p>${esc(p.strengths.map((s) => `${name(s.node)} (${rank(s.rank)})`).join(', '))}</p>` +
    `<h3>${de ? 'Schwächen' : 'Weaknesses'}</h3><p>${esc(p.weaknesses.map((s) => `${name(s.node)} (${rank(s.rank)})`).join(', '))}</p></div>` +
    `<div><h3>${de ? 'Ähnlichste Kommunen' : 'Most similar municipalities'}</h3><p>${esc(p.similar.map((s) => s.name).join(', '))}</p>` +
    `<p class="small">${esc(de ? 'Ähnlichkeit: Einwohnerzahl (logarithmisch), Gemeindetyp, kreisfrei oder kreisangehörig.' : 'Similarity: population (log scale), type of municipality, district-free or not.')}</p></div></div>` +
    `<p class="small">${esc(de ? 'Erstellt am' : 'Made on')} ${esc(r.generatedAt)}</p></section>`;
  return document(`${p.name} – ${d.title[r.lang]} ${d.edition}`, r.lang, first + second);
}

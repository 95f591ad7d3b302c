// Terminal tables for `digitalindex analyse`: one renderer per analysis, German or English.
import type {
  EditionData,
  LeadersResult,
  LeversResult,
  MoversResult,
  NeedResult,
  RegionsResult,
  ScenarioResult,
  SpatialResult,
  TypologyResult,
} from '../../analysis/index.js';
import { nodeOf } from '../../analysis/access.js';
import { formatNumber, renderTable, type Lang } from '../table.js';

const n = (x: number | null, lang: Lang, d = 1) => formatNumber(x, lang, d);
const r = (x: number | null) => (x === null ? '–' : String(x));
const signed = (x: number | null, lang: Lang, d = 1) => (x !== null && x > 0 ? '+' : '') + n(x, lang, d);
const name = (data: EditionData, code: string, lang: Lang) => nodeOf(data, code).name[lang];

function head(data: EditionData, title: { de: string; en: string }, lang: Lang): string[] {
  return [
    `${title[lang]} – ${data.title[lang]} ${data.edition} (${data.unitSet})`,
    ...(data.synthetic
      ? [
          lang === 'de'
            ? 'ACHTUNG: synthetische Demodaten, keine amtlichen Statistiken.'
            : 'NOTE: synthetic demo data, not official statistics.',
        ]
      : []),
    '',
  ];
}

export function leaders(data: EditionData, l: LeadersResult, lang: Lang): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Vorreiter und Schlusslichter', en: 'Leaders and laggards' }, lang);
  out.push(
    `${de ? 'Mittelwert des Index' : 'Index mean'}: ${n(l.mean, lang)}; ${de ? 'Vorreiter (über dem Mittelwert)' : 'front-runners (above the mean)'}: ${l.frontRunners.length}` +
      (l.gap !== null ? `; ${de ? 'Abstand zum Nächsten' : 'gap to the next'}: ${n(l.gap, lang)}` : ''),
    renderTable(
      [de ? 'Rang' : 'Rank', 'Code', 'Name', 'Index'],
      l.frontRunners.map((u) => [r(u.rank), u.code, u.name, n(u.score, lang)]),
      new Set([0, 3]),
    ),
    '',
  );
  const rows = [...l.subIndices, ...l.indicators].map((node) => [
    name(data, node.node, lang),
    node.leaders.map((u) => `${u.name} (${r(u.rank)})`).join(', '),
    node.laggards.map((u) => `${u.name} (${r(u.rank)})`).join(', '),
  ]);
  out.push(
    renderTable(
      [de ? 'Knoten' : 'Node', de ? 'vorn' : 'leaders', de ? 'hinten' : 'laggards'],
      rows,
      new Set(),
    ),
    '',
  );
  const zeros = l.noneOf.filter((z) => z.count > 0);
  if (zeros.length > 0) {
    out.push(de ? 'Kommunen mit dem Wert null:' : 'Units at zero:');
    for (const z of zeros)
      out.push(
        `  ${name(data, z.indicator, lang)}: ${z.count} (${n(100 * z.share, lang, 0)} %)` +
          (z.count <= 8 ? ` – ${z.units.map((u) => u.name).join(', ')}` : ''),
      );
  }
  return out.join('\n');
}

export function typology(data: EditionData, t: TypologyResult, lang: Lang): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Typologie', en: 'Typology' }, lang);
  out.push(
    `${t.method === 'kmeans' ? 'k-means' : 'Ward'}, k = ${t.k} (${de ? 'mittlere Silhouette' : 'mean silhouette'} ${n(t.silhouette, lang, 3)}; ` +
      t.silhouettes.map((s) => `k=${s.k}: ${n(s.silhouette, lang, 3)}`).join(', ') +
      `; seed ${t.seed})`,
    '',
  );
  for (const c of t.clusters) {
    const traits = c.distinctive
      .map((d) => `${name(data, d.node, lang)} ${signed(d.standardised, lang, 2)} sd`)
      .join(', ');
    out.push(
      `${de ? 'Gruppe' : 'Group'} ${c.id}: ${c.size} (${de ? 'Index im Mittel' : 'mean index'} ${n(c.indexMean, lang)})` +
        (traits ? ` – ${de ? 'hebt sich ab durch' : 'set apart by'} ${traits}` : ''),
      '  ' + c.members.map((m) => m.name).join(', '),
      '  ' + c.profile.map((p) => `${name(data, p.node, lang)} ${n(p.clusterMean, lang)}`).join(' | '),
    );
  }
  return out.join('\n');
}

export function spatial(data: EditionData, s: SpatialResult, lang: Lang): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Räumliche Muster', en: 'Spatial patterns' }, lang);
  out.push(
    `${de ? 'Nachbarschaft' : 'Neighbourhood'}: ${s.neighbourhood.kind}, ${n(s.neighbourhood.meanNeighbours, lang)} ${de ? 'Nachbarn im Mittel' : 'neighbours on average'}; ` +
      `${s.permutations} ${de ? 'Permutationen' : 'permutations'}, seed ${s.seed}`,
    '',
  );
  const rows = s.nodes.map((x) => [
    name(data, x.node, lang),
    n(x.moran.I, lang, 3),
    n(x.moran.pValue, lang, 3),
    `${n(x.gradient.northSouth.rho, lang, 2)}${x.gradient.northSouth.higherIn ? ` (${x.gradient.northSouth.higherIn})` : ''}`,
    `${n(x.gradient.eastWest.rho, lang, 2)}${x.gradient.eastWest.higherIn ? ` (${x.gradient.eastWest.higherIn})` : ''}`,
    x.hotSpots.map((u) => u.name).join(', '),
    x.coldSpots.map((u) => u.name).join(', '),
  ]);
  out.push(
    renderTable(
      [
        de ? 'Knoten' : 'Node',
        "Moran's I",
        'p',
        de ? 'ρ Breite' : 'ρ latitude',
        de ? 'ρ Länge' : 'ρ longitude',
        'hot spots',
        'cold spots',
      ],
      rows,
      new Set([1, 2]),
    ),
    '',
    de ? 'Achsen überdurchschnittlicher Werte (west–ost):' : 'Axes of above-average values (west to east):',
  );
  for (const b of s.bands)
    out.push(
      `  ${name(data, b.indicator, lang)} (${b.measure}): ${b.west.name}–${b.east.name} [${b.members.map((m) => m.name).join(', ')}]`,
    );
  return out.join('\n');
}

export function levers(
  data: EditionData,
  l: LeversResult,
  need: NeedResult,
  lang: Lang,
  top: number,
): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Hebel', en: 'Levers' }, lang);
  const rows = l.units.map((u) => {
    const b = u.biggest;
    const best = u.levers.filter((x) => x.goal === 'best').sort((a, c) => c.indexGain - a.indexGain)[0];
    const target = u.levers.filter((x) => x.goal === 'target');
    return [
      r(u.rank),
      u.name,
      n(u.index, lang),
      b ? name(data, b.indicator, lang) : '–',
      b ? signed(b.indexGain, lang) : '–',
      b ? `${r(u.rank)} → ${r(b.rank)}` : '–',
      best ? `${name(data, best.indicator, lang)} ${signed(best.indexGain, lang)}` : '–',
      ...(target.length > 0
        ? [
            target
              .map((t) => `${name(data, t.indicator, lang)} ${signed(t.indexGain, lang)} (${r(t.rank)})`)
              .join('; '),
          ]
        : []),
    ];
  });
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  const hasTarget = l.units.some((u) => u.levers.some((x) => x.goal === 'target'));
  out.push(
    renderTable(
      [
        de ? 'Rang' : 'Rank',
        'Name',
        'Index',
        de ? 'größter Hebel (Median)' : 'biggest lever (median)',
        'Δ Index',
        de ? 'Rang danach' : 'rank after',
        de ? 'bester Wert: größter Gewinn' : 'best value: largest gain',
        ...(hasTarget ? [de ? 'Zielwert' : 'target'] : []),
      ],
      rows,
      new Set([0, 2, 4]),
    ),
    '',
    `${de ? 'Aufholen auf den Median im Teilindex' : 'Catching up to the median in'} ${name(data, need.node, lang)}:`,
    renderTable(
      [de ? 'Name' : 'Name', 'Δ Index', de ? 'Rang' : 'Rank', de ? 'angehoben' : 'raised'],
      need.byGain
        .slice(0, top)
        .map((g) => [
          g.name,
          signed(g.indexGain, lang),
          `${r(g.rank)} → ${r(g.rankAfter)}`,
          g.raised.map((c) => name(data, c, lang)).join(', '),
        ]),
      new Set([1]),
    ),
    '',
    `${de ? 'Am besten versorgt' : 'Best served'}: ${need.best.map((b) => `${b.name} (${n(b.score, lang)})`).join(', ')}`,
  );
  return out.join('\n');
}

export function whatIf(data: EditionData, s: ScenarioResult, lang: Lang): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Was-wäre-wenn', en: 'What if' }, lang);
  if (s.title) out.push(s.title);
  for (const a of s.applied)
    out.push(`  ${a.name}: ${name(data, a.indicator, lang)} ${n(a.from, lang)} → ${n(a.to, lang)}`);
  out.push(
    '',
    `${s.changed.length} ${de ? 'Rangänderungen' : 'rank changes'}:`,
    renderTable(
      [
        de ? 'Rang neu' : 'New rank',
        de ? 'Rang alt' : 'Old rank',
        'Name',
        de ? 'Index alt' : 'Old index',
        de ? 'Index neu' : 'New index',
        'Δ',
      ],
      s.changed.map((u) => [
        r(u.rankAfter),
        r(u.rankBefore),
        u.name,
        n(u.scoreBefore, lang),
        n(u.scoreAfter, lang),
        signed(u.rankChange, lang, 0),
      ]),
      new Set([0, 1, 3, 4, 5]),
    ),
  );
  return out.join('\n');
}

export function regions(data: EditionData, g: RegionsResult, lang: Lang): string {
  const de = lang === 'de';
  const out = head(data, { de: 'Vergleich der Regionen', en: 'Regions compared' }, lang);
  const rows = [g.index, ...g.subIndices, ...g.indicators].map((s) => [
    name(data, s.node, lang),
    s.kind === 'indicator' ? n(s.value, lang) : n(s.score, lang),
    `${r(s.rank)}/${s.of}`,
    n(s.median, lang),
    `${s.leader.name} (${n(s.leader.value, lang)})`,
  ]);
  out.push(
    `${g.focus.name}`,
    renderTable(
      [de ? 'Knoten' : 'Node', de ? 'Wert' : 'Value', de ? 'Rang' : 'Rank', 'Median', de ? 'vorn' : 'leader'],
      rows,
      new Set([1, 2, 3]),
    ),
  );
  return out.join('\n');
}

export function movers(m: MoversResult, lang: Lang): string {
  const de = lang === 'de';
  const line = (u: MoversResult['up'][number]) => [
    u.name,
    `${r(u.fromRank)} → ${r(u.toRank)}`,
    signed(u.rankChange, lang, 0),
    u.fromInterval ? `${n(u.fromInterval.p05, lang)}–${n(u.fromInterval.p95, lang)}` : '–',
    u.meaningful === null ? '–' : u.meaningful ? (de ? 'ja' : 'yes') : de ? 'nein' : 'no',
  ];
  const header = ['Name', de ? 'Rang' : 'Rank', 'Δ', `5–95 % ${m.from}`, de ? 'bedeutsam' : 'meaningful'];
  return [
    `${de ? 'Größte Bewegungen' : 'Biggest movers'} ${m.from} → ${m.to} (${m.unitSet})`,
    ...(m.synthetic ? [de ? 'ACHTUNG: synthetische Demodaten.' : 'NOTE: synthetic demo data.'] : []),
    m.rule,
    '',
    de ? 'Aufsteiger:' : 'Up:',
    renderTable(header, m.up.map(line), new Set([2])),
    '',
    de ? 'Absteiger:' : 'Down:',
    renderTable(header, m.down.map(line), new Set([2])),
    '',
    `${m.meaningful} ${de ? 'von' : 'of'} ${m.units} ${de ? 'Änderungen bedeutsam' : 'changes meaningful'}`,
  ].join('\n');
}

// Municipality profile: scores and ranks with the rank's uncertainty, every indicator against the Ruhr median and similar municipalities.
import { ApiError } from '../api.js';
import type { Context } from '../context.js';
import { nodeName } from '../context.js';
import type { UnitProfileResponse } from '../contract.js';
import * as data from '../data.js';
import { h, s } from '../dom.js';
import * as format from '../format.js';
import type { TextKey } from '../i18n.js';
import { pick, t } from '../i18n.js';

export async function profile(context: Context): Promise<Node[]> {
  const { results, edition, state } = context;
  const code = state.unit ?? results.rows[0]?.code ?? '';
  const chooser = unitChooser(context, code);
  let p: UnitProfileResponse;
  try {
    p = await data.profile(edition.year, code);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    return [
      h('h1', { tabindex: '-1' }, t('view.profile')),
      chooser,
      h('p', { role: 'alert' }, t('unknownUnit', { code })),
    ];
  }
  return [
    h('h1', { tabindex: '-1' }, `${t('profileOf')}: ${p.unit.name}`),
    chooser,
    facts(p),
    scores(context, p),
    interval(p),
    indicators(context, p),
    similar(context, p),
    strengths(context, p),
    change(context, p),
    sources(p),
  ];
}

function unitChooser(context: Context, selected: string): HTMLElement {
  const rows = [...context.results.rows].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const select = h(
    'select',
    { id: 'profile-unit', 'data-key': 'profile-unit' },
    ...rows.map((row) => h('option', { value: row.code, selected: row.code === selected }, row.name)),
  );
  select.addEventListener('change', () => context.navigate({ unit: select.value }));
  return h(
    'p',
    { class: 'control' },
    h('label', { for: 'profile-unit' }, t('chooseMunicipality')),
    ' ',
    select,
  );
}

function facts(p: UnitProfileResponse): HTMLElement {
  const { unit } = p;
  const item = (label: string, value: string | null): Node[] =>
    value ? [h('dt', {}, label), h('dd', {}, value)] : [];
  return h(
    'dl',
    { class: 'facts' },
    ...item(t('type'), unit.type),
    ...item(t('district'), unit.district),
    ...item(t('population'), unit.population === null ? null : format.number(unit.population, 0)),
    ...item(t('ags'), unit.code),
  );
}

function scores(context: Context, p: UnitProfileResponse): HTMLElement {
  const nodes = [context.tree.root, ...context.tree.subIndices];
  return h(
    'section',
    { 'aria-labelledby': 'profile-scores' },
    h('h2', { id: 'profile-scores' }, `${t('index')} & ${t('subIndices')}`),
    h(
      'table',
      { class: 'scores' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('node')),
          h('th', { scope: 'col', class: 'num' }, t('score')),
          h('th', { scope: 'col', class: 'num' }, t('rank')),
        ),
      ),
      h(
        'tbody',
        {},
        ...nodes.map((node) =>
          h(
            'tr',
            { 'data-node': node.code },
            h('th', { scope: 'row' }, nodeName(node, node.code)),
            h('td', { class: 'num' }, format.number(p.scores[node.code] ?? null)),
            h('td', { class: 'num' }, `${format.rank(p.ranks[node.code] ?? null)} / ${p.unitCount}`),
          ),
        ),
      ),
    ),
  );
}

/** The index rank with its 5–95 % interval: a sentence, and a drawing of it on the scale 1 … n. */
function interval(p: UnitProfileResponse): HTMLElement {
  const section = h(
    'section',
    { 'aria-labelledby': 'profile-interval' },
    h('h2', { id: 'profile-interval' }, t('rankInterval')),
  );
  const r = p.rankInterval;
  if (!r || r.p5 === null || r.p95 === null) {
    section.append(h('p', {}, t('notAvailable')));
    return section;
  }
  const text = t('rankIntervalText', {
    rank: format.rank(r.nominal),
    p5: format.rank(r.p5),
    p95: format.rank(r.p95),
    median: format.rank(r.median),
  });
  const n = Math.max(p.unitCount, 2);
  const x = (rank: number): number => 10 + ((rank - 1) / (n - 1)) * 380;
  const chart = s(
    'svg',
    { viewBox: '0 0 400 40', class: 'interval', 'aria-hidden': 'true', focusable: 'false' },
    s('line', { x1: 10, x2: 390, y1: 20, y2: 20, class: 'axis' }),
    s('rect', { x: x(r.p5), y: 12, width: Math.max(2, x(r.p95) - x(r.p5)), height: 16, class: 'range' }),
    r.nominal === null ? null : s('circle', { cx: x(r.nominal), cy: 20, r: 6, class: 'point' }),
    s('text', { x: 10, y: 38, class: 'tick' }, '1'),
    s('text', { x: 390, y: 38, class: 'tick', 'text-anchor': 'end' }, String(n)),
  );
  section.append(h('p', { 'data-role': 'interval-text' }, text), chart);
  return section;
}

function indicators(context: Context, p: UnitProfileResponse): HTMLElement {
  const similarMean = (code: string): number | null => {
    const values = p.similar.map((u) => u.scores[code]).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const rows = p.indicators.map((ind) => {
    const node = context.tree.byCode.get(ind.code);
    const unit = node?.unit ? pick(node.unit.de, node.unit.en) : '';
    const diff = ind.score !== null && ind.medianScore !== null ? ind.score - ind.medianScore : null;
    const flag =
      ind.flag && ind.flag !== 'missing'
        ? t(`flag${ind.flag[0]!.toUpperCase()}${ind.flag.slice(1)}` as TextKey)
        : null;
    return h(
      'tr',
      { 'data-indicator': ind.code },
      h(
        'th',
        { scope: 'row' },
        nodeName(node, ind.code),
        flag ? h('span', { class: 'flag' }, ` (${flag})`) : null,
      ),
      h(
        'td',
        { class: 'num' },
        ind.flag === 'confidential' ? t('flagConfidential') : format.number(ind.value, 2),
        h('span', { class: 'unit' }, unit ? ` ${unit}` : ''),
      ),
      h('td', { class: 'num', 'data-role': 'score' }, format.number(ind.score)),
      h('td', { class: 'num' }, format.number(ind.medianScore)),
      h('td', { class: 'num' }, format.signed(diff, 1)),
      h('td', { class: 'num' }, format.number(similarMean(ind.code))),
      h('td', { class: 'num' }, format.rank(ind.rank)),
      h('td', { class: 'bar-cell' }, bar(ind.score, ind.medianScore)),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'profile-indicators' },
    h('h2', { id: 'profile-indicators' }, t('indicators')),
    h('p', { class: 'note' }, t('barsNote')),
    h(
      'table',
      { class: 'indicators' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('indicator')),
          h('th', { scope: 'col', class: 'num' }, t('raw')),
          h('th', { scope: 'col', class: 'num' }, t('score')),
          h('th', { scope: 'col', class: 'num' }, t('ruhrMedian')),
          h('th', { scope: 'col', class: 'num' }, t('vsMedian')),
          h('th', { scope: 'col', class: 'num' }, t('similarMean')),
          h('th', { scope: 'col', class: 'num' }, t('rank')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('score'))),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** A 0–100 bar with the median as a tick; decorative (the numbers are in the row). */
function bar(score: number | null, median: number | null): SVGSVGElement {
  const width = (v: number): number => Math.max(0, Math.min(100, v)) * 1.2;
  return s(
    'svg',
    { viewBox: '0 0 124 14', class: 'bar', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { x: 0, y: 2, width: 120, height: 10, class: 'track' }),
    score === null ? null : s('rect', { x: 0, y: 2, width: width(score), height: 10, class: 'value' }),
    median === null
      ? null
      : s('line', { x1: width(median), x2: width(median), y1: 0, y2: 14, class: 'median' }),
  );
}

function similar(context: Context, p: UnitProfileResponse): HTMLElement {
  const root = p.root;
  return h(
    'section',
    { 'aria-labelledby': 'profile-similar' },
    h('h2', { id: 'profile-similar' }, t('similar')),
    h(
      'table',
      { class: 'similar' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('municipality')),
          h('th', { scope: 'col' }, t('type')),
          h('th', { scope: 'col', class: 'num' }, t('population')),
          h('th', { scope: 'col', class: 'num' }, t('index')),
          h('th', { scope: 'col', class: 'num' }, t('rank')),
        ),
      ),
      h(
        'tbody',
        {},
        ...p.similar.map((u) =>
          h(
            'tr',
            { 'data-code': u.code },
            h(
              'th',
              { scope: 'row' },
              h('a', { href: context.href({ view: 'profile', unit: u.code }) }, u.name),
            ),
            h('td', {}, u.type ?? ''),
            h('td', { class: 'num' }, format.number(u.population, 0)),
            h('td', { class: 'num' }, format.number(u.scores[root] ?? null)),
            h('td', { class: 'num' }, format.rank(u.ranks[root] ?? null)),
          ),
        ),
      ),
    ),
    h(
      'p',
      {},
      h(
        'a',
        {
          href: context.href({
            view: 'compare',
            units: [p.unit.code, ...p.similar.slice(0, 4).map((u) => u.code)],
          }),
        },
        `${t('view.compare')}: ${p.unit.name} & ${t('similar')}`,
      ),
    ),
  );
}

function strengths(context: Context, p: UnitProfileResponse): HTMLElement {
  const list = (items: UnitProfileResponse['strengths']): HTMLElement =>
    h(
      'ul',
      {},
      ...items.map((item) =>
        h(
          'li',
          {},
          `${nodeName(context.tree.byCode.get(item.code), item.code)}: ${t('rank')} ${format.rank(item.rank)} (${format.number(item.score)})`,
        ),
      ),
    );
  return h(
    'section',
    { class: 'two-columns', 'aria-label': `${t('strengths')} / ${t('weaknesses')}` },
    h('div', {}, h('h2', {}, t('strengths')), list(p.strengths)),
    h('div', {}, h('h2', {}, t('weaknesses')), list(p.weaknesses)),
  );
}

function change(context: Context, p: UnitProfileResponse): HTMLElement {
  const section = h(
    'section',
    { 'aria-labelledby': 'profile-change' },
    h('h2', { id: 'profile-change' }, t('change')),
  );
  if (!p.change) {
    section.append(h('p', {}, t('notAvailable')));
    return section;
  }
  const { previousEdition, nodes } = p.change;
  section.append(
    h(
      'table',
      { class: 'change' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('indicator')),
          h('th', { scope: 'col', class: 'num' }, `${t('score')} ${previousEdition}`),
          h('th', { scope: 'col', class: 'num' }, `${t('score')} ${p.edition}`),
          h('th', { scope: 'col', class: 'num' }, `${t('rank')} ${previousEdition}`),
          h('th', { scope: 'col', class: 'num' }, `${t('rank')} ${p.edition}`),
          h('th', { scope: 'col', class: 'num' }, t('rankChange')),
        ),
      ),
      h(
        'tbody',
        {},
        ...nodes.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, nodeName(context.tree.byCode.get(c.node), c.node)),
            h('td', { class: 'num' }, format.number(c.previousScore)),
            h('td', { class: 'num' }, format.number(c.score)),
            h('td', { class: 'num' }, format.rank(c.previousRank)),
            h('td', { class: 'num' }, format.rank(c.rank)),
            h('td', { class: 'num' }, format.signed(c.rankChange)),
          ),
        ),
      ),
    ),
  );
  return section;
}

function sources(p: UnitProfileResponse): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'profile-sources' },
    h('h2', { id: 'profile-sources' }, t('sources')),
    h(
      'ul',
      { class: 'sources' },
      ...p.sources.map((src) =>
        h(
          'li',
          {},
          `${src.variable}: ${src.publisher}`,
          src.title ? `, ${src.title}` : '',
          src.table ? ` (${src.table})` : '',
          src.licence ? `, ${t('licence')}: ${src.licence}` : '',
          src.retrieved ? `, ${src.retrieved}` : '',
        ),
      ),
    ),
  );
}

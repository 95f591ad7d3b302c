// Methodology: generated from the edition's spec via the API — indicators, sources, licences, normalisation, weights, aggregation, editions.
import type { Context } from '../context.js';
import type { MethodInfo, SourceInfo } from '../contract.js';
import * as data from '../data.js';
import { h, scrollBox } from '../dom.js';
import { safeUrl } from '../text.js';
import * as format from '../format.js';
import { pick, t } from '../i18n.js';

function methodText(info: MethodInfo): string {
  const params = Object.entries(info.params ?? {})
    .map(
      ([key, value]) =>
        `${key} = ${typeof value === 'number' ? format.number(value, 2) : JSON.stringify(value)}`,
    )
    .join(', ');
  return params ? `${info.method} (${params})` : info.method;
}

function sourceText(source: SourceInfo): (Node | string)[] {
  const text = [source.publisher, source.title, source.table].filter(Boolean).join(', ');
  // Addresses from the spec become links only when they are web addresses (a `javascript:` URL stays text).
  const href = safeUrl(source.url);
  if (href) return [text, ' ', h('a', { href, rel: 'noopener noreferrer' }, source.url)];
  return source.url ? [text, ` ${source.url}`] : [text];
}

export async function methodology(context: Context): Promise<Node[]> {
  const m = await data.methodology(context.edition.year);
  const name = (code: string): string => {
    const node = context.tree.byCode.get(code);
    return node ? pick(node.name_de, node.name_en) : code;
  };
  const indicatorRows = m.indicators.map((ind) =>
    h(
      'tr',
      { 'data-indicator': ind.code },
      h('th', { scope: 'row' }, pick(ind.name.de, ind.name.en)),
      h('td', {}, name(ind.parent)),
      h('td', {}, pick(ind.unit.de, ind.unit.en)),
      h('td', {}, ind.direction === 1 ? t('positive') : t('negative')),
      h('td', { class: 'num' }, format.number(ind.weight, 2)),
      h(
        'td',
        { class: 'num' },
        ind.effectiveWeight === null ? '–' : `${format.number(100 * ind.effectiveWeight, 1)} %`,
      ),
      h('td', {}, methodText(ind.normalisation)),
      h('td', {}, ...sourceText(ind.source)),
      h('td', {}, ind.source.licence ?? '–'),
    ),
  );
  const aggregateRows = m.aggregates.map((agg) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, pick(agg.name.de, agg.name.en)),
      h('td', {}, agg.parent ? name(agg.parent) : '–'),
      h('td', { class: 'num' }, format.number(agg.weight, 2)),
      h('td', {}, methodText(agg.aggregation)),
    ),
  );
  const p = m.pipeline;
  const head = (...labels: string[]): HTMLElement =>
    h('thead', {}, h('tr', {}, ...labels.map((label) => h('th', { scope: 'col' }, label))));
  return [
    h('h1', { tabindex: '-1' }, `${t('view.methodology')}: ${pick(m.title.de, m.title.en)}`),
    h('p', {}, m.description ? pick(m.description.de, m.description.en) : '', ' ', t('methodologyIntro')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('version')),
      h('dd', {}, `${m.indexId} ${m.indexVersion}`),
      h('dt', {}, t('normalisation')),
      h('dd', {}, methodText(p.normalisation)),
      h('dt', {}, t('aggregation')),
      h('dd', {}, methodText(p.aggregation)),
      h('dt', {}, t('otherSteps')),
      h('dd', {}, `${methodText(p.screening)} / ${methodText(p.imputation)} / ${methodText(p.treatment)}`),
      h('dt', {}, t('editions')),
      h('dd', {}, m.editions.join(', ')),
    ),
    h('h2', {}, t('indicators')),
    scrollBox(
      h(
        'table',
        { class: 'methodology' },
        h('caption', {}, t('indicators')),
        head(
          t('indicator'),
          t('subIndices'),
          t('unit'),
          t('direction'),
          t('weight'),
          `${t('weight')} (${t('index')})`,
          t('normalisation'),
          t('source'),
          t('licence'),
        ),
        h('tbody', {}, ...indicatorRows),
      ),
    ),
    h('h2', {}, t('aggregation')),
    h(
      'table',
      { class: 'methodology' },
      head(t('indicator'), t('index'), t('weight'), t('aggregation')),
      h('tbody', {}, ...aggregateRows),
    ),
    h('h2', {}, t('sources')),
    h(
      'ul',
      {},
      ...m.denominators.map((d) =>
        h(
          'li',
          {},
          `${pick(d.name.de, d.name.en)}: `,
          ...sourceText(d.source),
          d.source.licence ? ` (${d.source.licence})` : '',
        ),
      ),
    ),
  ];
}

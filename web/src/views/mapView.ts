// Map: the large map of the chosen column with its accessible table equivalent (value, class, rank per municipality).
import { classify } from '../colour.js';
import type { Context } from '../context.js';
import { byRank, nodeName, rankOf, scoreOf } from '../context.js';
import * as data from '../data.js';
import { h } from '../dom.js';
import * as format from '../format.js';
import { pick, t } from '../i18n.js';
import { choropleth } from '../map.js';
import { columnSelect, selectedColumn } from './rankingTable.js';

export async function mapView(context: Context): Promise<Node[]> {
  const { results, edition } = context;
  const column = selectedColumn(context);
  const geometries = await data.boundaries(edition.year);
  const classes = classify(results.rows.map((row) => scoreOf(row, column.code)));
  const subject = nodeName(column, column.code);
  const isIndicator = column.kind === 'indicator';
  const unit = column.unit ? pick(column.unit.de, column.unit.en) : '';
  const rows = byRank(results.rows, column.code).map((row) => {
    const score = scoreOf(row, column.code);
    const c = classes.classOf(score);
    return h(
      'tr',
      { 'data-code': row.code },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: context.href({ view: 'profile', unit: row.code }) }, row.name),
      ),
      h('td', { class: 'num', 'data-col': column.code }, format.number(score)),
      isIndicator ? h('td', { class: 'num' }, format.number(row.raw[column.code] ?? null, 2)) : null,
      h(
        'td',
        {},
        c < 0
          ? t('noData')
          : `${format.number(classes.breaks[c], 1)} – ${format.number(classes.breaks[c + 1], 1)}`,
      ),
      h('td', { class: 'num' }, format.rank(rankOf(row, column.code))),
    );
  });
  return [
    h('h1', { tabindex: '-1' }, `${t('view.map')}: ${subject}`),
    columnSelect(context, 'map-col'),
    choropleth({
      rows: results.rows,
      value: (row) => scoreOf(row, column.code),
      classes,
      geometries,
      subject,
      onSelect: (row) => context.navigate({ view: 'profile', unit: row.code }),
    }),
    h(
      'table',
      { class: 'map-table' },
      h('caption', {}, `${t('mapTable')}: ${subject}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('municipality')),
          h('th', { scope: 'col', class: 'num' }, t('score')),
          isIndicator ? h('th', { scope: 'col', class: 'num' }, `${t('raw')} (${unit})`) : null,
          h('th', { scope: 'col' }, t('legend')),
          h('th', { scope: 'col', class: 'num' }, t('rank')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  ];
}

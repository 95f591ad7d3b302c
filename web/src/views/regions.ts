// Regions: the metropolitan regions ranked per index, sub-index and indicator, the Ruhr highlighted.
import type { Context } from '../context.js';
import type { ResultRow } from '../contract.js';
import * as data from '../data.js';
import { byRank, nodeName, rankOf } from '../context.js';
import { h, scrollBox } from '../dom.js';
import * as format from '../format.js';
import { t } from '../i18n.js';
import { rankingTable, selectedColumn } from './rankingTable.js';

/** The focus region of the index (the Ruhr). */
export function isFocus(row: ResultRow): boolean {
  return row.code === 'ruhr' || /focus|fokus/i.test(row.type ?? '');
}

export async function regions(context: Context): Promise<Node[]> {
  const results = await data.results(context.edition.year, 'regions');
  const column = selectedColumn(context);
  return [
    h('h1', { tabindex: '-1' }, t('view.regions')),
    h('p', {}, t('regionsIntro')),
    scrollBox(
      rankingTable(context, {
        rows: results.rows,
        columns: context.tree.ordered,
        selected: column.code,
        caption: `${t('view.regions')} – ${t('ranking')}`,
        linkProfiles: false,
        highlight: isFocus,
        id: 'regions',
      }),
    ),
    h('h2', {}, `${t('rank')}: ${t('index')}, ${t('subIndices')}, ${t('indicators')}`),
    scrollBox(rankTable(context, results.rows, column.code)),
  ];
}

/** The rank of every region in every column (the ranking table shows scores). */
function rankTable(context: Context, rows: readonly ResultRow[], selected: string): HTMLTableElement {
  const nodes = context.tree.ordered;
  return h(
    'table',
    { class: 'ranks', id: 'regions-ranks' },
    h('caption', {}, `${t('view.regions')} – ${t('rank')}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('region')),
        ...nodes.map((node) => h('th', { scope: 'col', class: 'num' }, nodeName(node, node.code))),
      ),
    ),
    h(
      'tbody',
      {},
      ...byRank(rows, selected).map((row) =>
        h(
          'tr',
          { 'data-code': row.code, class: isFocus(row) ? 'focus' : null },
          h('th', { scope: 'row' }, row.name),
          ...nodes.map((node) =>
            h('td', { class: 'num', 'data-col': node.code }, format.rank(rankOf(row, node.code))),
          ),
        ),
      ),
    ),
  );
}

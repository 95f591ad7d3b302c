// The ranking table: all units without paging, one column per node; a column header re-colours and re-sorts.
import type { Context } from '../context.js';
import { byRank, nodeName, rankOf, scoreOf } from '../context.js';
import type { ResultRow, StructureNode } from '../contract.js';
import { h } from '../dom.js';
import * as format from '../format.js';
import { t } from '../i18n.js';

export interface RankingOptions {
  rows: readonly ResultRow[];
  columns: readonly StructureNode[];
  /** The column that orders the rows (and colours the map). */
  selected: string;
  caption: string;
  /** Links each name to its profile (municipalities). */
  linkProfiles: boolean;
  /** Marks a row (the focus region). */
  highlight?: (row: ResultRow) => boolean;
  id?: string;
}

export function rankingTable(context: Context, options: RankingOptions): HTMLTableElement {
  const { selected } = options;
  const heads = options.columns.map((node) => {
    const active = node.code === selected;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'column',
        'aria-pressed': active ? 'true' : 'false',
        'data-col': node.code,
        'data-key': `col-${options.id ?? 'ranking'}-${node.code}`,
        title: t('sortBy'),
      },
      nodeName(node, node.code),
    );
    button.addEventListener('click', () => context.navigate({ col: node.code }));
    return h('th', { scope: 'col', class: 'num', 'aria-sort': active ? 'ascending' : null }, button);
  });
  const body = byRank(options.rows, selected).map((row) => {
    const focus = options.highlight?.(row) ?? false;
    const name = options.linkProfiles
      ? h('a', { href: context.href({ view: 'profile', unit: row.code }) }, row.name)
      : row.name;
    return h(
      'tr',
      { 'data-code': row.code, class: focus ? 'focus' : null },
      h('td', { class: 'num rank' }, format.rank(rankOf(row, selected))),
      h('th', { scope: 'row' }, name, focus ? h('span', { class: 'badge' }, ` (${t('focus')})`) : null),
      ...options.columns.map((node) =>
        h(
          'td',
          { class: node.code === selected ? 'num selected' : 'num', 'data-col': node.code },
          format.number(scoreOf(row, node.code)),
        ),
      ),
    );
  });
  return h(
    'table',
    { class: 'ranking', id: options.id ?? null },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'num' }, t('rank')),
        h('th', { scope: 'col' }, options.linkProfiles ? t('municipality') : t('region')),
        ...heads,
      ),
    ),
    h('tbody', {}, ...body),
  );
}

/** The column to show: the state's when it names a node of the tree, else the index. */
export function selectedColumn(context: Context): StructureNode {
  return context.tree.byCode.get(context.state.col ?? '') ?? context.tree.root;
}

/** A labelled <select> of every node (index, sub-indices, indicators) that sets the column. */
export function columnSelect(context: Context, id: string): HTMLElement {
  const selected = selectedColumn(context).code;
  const { tree } = context;
  const option = (node: StructureNode): HTMLOptionElement =>
    h('option', { value: node.code, selected: node.code === selected }, nodeName(node, node.code));
  const select = h(
    'select',
    { id, 'data-key': id },
    option(tree.root),
    h('optgroup', { label: t('subIndices') }, ...tree.subIndices.map(option)),
    h('optgroup', { label: t('indicators') }, ...tree.indicators.map(option)),
  );
  select.addEventListener('change', () => context.navigate({ col: select.value }));
  return h('p', { class: 'control' }, h('label', { for: id }, t('colourBy')), ' ', select);
}

// Overview: the map coloured by the chosen column beside the ranking of all municipalities.
import { classify } from '../colour.js';
import type { Context } from '../context.js';
import { nodeName, scoreOf } from '../context.js';
import * as data from '../data.js';
import { h } from '../dom.js';
import { pick, t } from '../i18n.js';
import { choropleth } from '../map.js';
import { columnSelect, rankingTable, selectedColumn } from './rankingTable.js';

export async function overview(context: Context): Promise<Node[]> {
  const { tree, results, edition } = context;
  const column = selectedColumn(context);
  const geometries = await data.boundaries(edition.year);
  const classes = classify(results.rows.map((row) => scoreOf(row, column.code)));
  const subject = nodeName(column, column.code);
  const columns = [tree.root, ...tree.subIndices];
  if (!columns.includes(column)) columns.push(column);
  return [
    h('h1', { tabindex: '-1' }, `${pick(edition.title.de, edition.title.en)} ${edition.year}`),
    columnSelect(context, 'overview-col'),
    h(
      'div',
      { class: 'overview' },
      h(
        'section',
        { class: 'overview-map', 'aria-label': t('view.map') },
        choropleth({
          rows: results.rows,
          value: (row) => scoreOf(row, column.code),
          classes,
          geometries,
          subject,
          onSelect: (row) => context.navigate({ view: 'profile', unit: row.code }),
        }),
      ),
      h(
        'section',
        { class: 'overview-table', 'aria-label': t('ranking'), tabindex: 0 },
        rankingTable(context, {
          rows: results.rows,
          columns,
          selected: column.code,
          caption: `${t('ranking')}: ${subject}`,
          linkProfiles: true,
        }),
      ),
    ),
  ];
}

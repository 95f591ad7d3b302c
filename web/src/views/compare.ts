// Comparison: two to five municipalities side by side, every node's score and rank.
import type { Context } from '../context.js';
import { byRank, nodeName, rankOf, scoreOf } from '../context.js';
import { h } from '../dom.js';
import * as format from '../format.js';
import { t } from '../i18n.js';

const MAX = 5;

export function compare(context: Context): Promise<Node[]> {
  const { results, tree, state } = context;
  const byCode = new Map(results.rows.map((row) => [row.code, row]));
  const chosen = state.units.filter((code) => byCode.has(code));
  // Without a choice: the top three of the index.
  const codes =
    chosen.length > 0
      ? chosen
      : byRank(results.rows, tree.root.code)
          .slice(0, 3)
          .map((r) => r.code);
  const units = codes.map((code) => byCode.get(code)!);

  const others = [...results.rows]
    .filter((row) => !codes.includes(row.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const select = h(
    'select',
    { id: 'compare-add', 'data-key': 'compare-add', disabled: codes.length >= MAX },
    ...others.map((row) => h('option', { value: row.code }, row.name)),
  );
  const add = h(
    'button',
    { type: 'button', 'data-key': 'compare-add-button', disabled: codes.length >= MAX },
    t('add'),
  );
  add.addEventListener('click', () => context.navigate({ units: [...codes, select.value] }));
  const chips = units.map((row) => {
    const remove = h(
      'button',
      { type: 'button', class: 'remove', 'data-key': `remove-${row.code}`, disabled: codes.length <= 2 },
      t('remove', { name: row.name }),
    );
    remove.addEventListener('click', () => context.navigate({ units: codes.filter((c) => c !== row.code) }));
    return h('li', {}, remove);
  });

  const nodes = tree.ordered;
  const table = h(
    'table',
    { class: 'compare' },
    h('caption', {}, `${t('view.compare')}: ${units.map((u) => u.name).join(', ')}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('indicator')),
        ...units.map((u) =>
          h(
            'th',
            { scope: 'col', class: 'num', 'data-code': u.code },
            h('a', { href: context.href({ view: 'profile', unit: u.code }) }, u.name),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...nodes.map((node) =>
        h(
          'tr',
          { 'data-node': node.code, class: node.kind === 'aggregate' ? 'aggregate' : null },
          h('th', { scope: 'row' }, nodeName(node, node.code)),
          ...units.map((u) =>
            h(
              'td',
              { class: 'num', 'data-code': u.code },
              `${format.number(scoreOf(u, node.code))} (${t('rank')} ${format.rank(rankOf(u, node.code))})`,
            ),
          ),
        ),
      ),
    ),
  );
  return Promise.resolve([
    h('h1', { tabindex: '-1' }, t('view.compare')),
    h(
      'fieldset',
      { class: 'compare-choice' },
      h('legend', {}, t('compareChoose')),
      h('ul', { class: 'chips' }, ...chips),
      h(
        'p',
        { class: 'control' },
        h('label', { for: 'compare-add' }, t('chooseMunicipality')),
        ' ',
        select,
        ' ',
        add,
      ),
      h('p', { class: 'note' }, codes.length >= MAX ? t('compareTooMany') : t('compareHint')),
    ),
    table,
  ]);
}

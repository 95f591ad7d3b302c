// Weights explorer: sliders for the sub-index weights; the ranking is recomputed live in the browser by the engine's functions.
import type { Context } from '../context.js';
import { nodeName, rankOf, scoreOf } from '../context.js';
import * as data from '../data.js';
import { h, replace } from '../dom.js';
import * as format from '../format.js';
import { t } from '../i18n.js';
import { reweigh } from '../reweigh.js';
import { formatState } from '../state.js';

export async function weights(context: Context): Promise<Node[]> {
  const { tree, results, state, edition } = context;
  const method = await data.methodology(edition.year);
  const rootMethod = method.aggregates.find((a) => a.code === tree.root.code)?.aggregation ?? {
    method: tree.root.aggregation ?? 'arithmetic',
    params: {},
  };
  const children = tree.subIndices;
  const specTotal = children.reduce((sum, node) => sum + node.weight, 0) || 1;
  const specWeights = children.map((node) => Math.round((100 * node.weight) / specTotal));
  const current = children.map((node, i) => {
    const chosen = state.weights?.[node.code];
    return chosen === undefined ? specWeights[i]! : Math.min(100, Math.max(0, Math.round(chosen)));
  });
  const scores = children.map((node) => results.rows.map((row) => scoreOf(row, node.code)));

  const tbody = h('tbody');
  const status = h('p', { role: 'status', class: 'note', id: 'weights-status' });
  const link = h('a', { id: 'weights-link', href: '' }, t('weightsLink'));
  const outputs = children.map((node) =>
    h('output', { id: `weight-share-${node.code}`, for: `weight-${node.code}` }),
  );

  const update = (): void => {
    const total = current.reduce((a, b) => a + b, 0);
    children.forEach((node, i) => {
      outputs[i]!.textContent = total > 0 ? `${format.number((100 * current[i]!) / total, 0)} %` : '–';
    });
    const query = formatState({
      ...state,
      weights: Object.fromEntries(children.map((node, i) => [node.code, current[i]!])),
    });
    link.setAttribute('href', query || location.pathname);
    if (location.search !== query) history.replaceState(null, '', query || location.pathname);
    if (total <= 0) {
      status.textContent = t('weightsZero');
      replace(tbody);
      return;
    }
    status.textContent = '';
    const next = reweigh({
      root: tree.root.code,
      children: children.map((n) => n.code),
      scores,
      weights: current,
      method: rootMethod.method,
      params: rootMethod.params as never,
      minShare: method.pipeline.minShareAvailable,
    });
    const order = results.rows
      .map((row, i) => ({ row, score: next.scores[i] ?? null, rank: next.ranks[i] ?? null }))
      .sort(
        (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.row.name.localeCompare(b.row.name, 'de'),
      );
    replace(
      tbody,
      ...order.map(({ row, score, rank }) => {
        const official = rankOf(row, tree.root.code);
        return h(
          'tr',
          { 'data-code': row.code },
          h('td', { class: 'num', 'data-role': 'new-rank' }, format.rank(rank)),
          h(
            'th',
            { scope: 'row' },
            h('a', { href: context.href({ view: 'profile', unit: row.code, weights: null }) }, row.name),
          ),
          h('td', { class: 'num', 'data-role': 'new-score' }, format.number(score)),
          h('td', { class: 'num', 'data-role': 'official-rank' }, format.rank(official)),
          h(
            'td',
            { class: 'num' },
            rank === null || official === null ? '–' : format.signed(official - rank),
          ),
        );
      }),
    );
  };

  const sliders = children.map((node, i) => {
    const input = h('input', {
      type: 'range',
      id: `weight-${node.code}`,
      min: 0,
      max: 100,
      step: 1,
      value: current[i],
      'data-key': `weight-${node.code}`,
      'data-code': node.code,
    });
    input.addEventListener('input', () => {
      current[i] = Number(input.value);
      update();
    });
    return h(
      'div',
      { class: 'slider' },
      h('label', { for: `weight-${node.code}` }, `${t('weight')}: ${nodeName(node, node.code)}`),
      input,
      h('span', { class: 'share' }, `${t('share')}: `, outputs[i]),
    );
  });
  const reset = h('button', { type: 'button', 'data-key': 'weights-reset' }, t('reset'));
  reset.addEventListener('click', () => context.navigate({ weights: null }));

  update();
  return [
    h('h1', { tabindex: '-1' }, t('view.weights')),
    h('p', {}, t('weightsIntro')),
    h('fieldset', { class: 'sliders' }, h('legend', {}, t('subIndices')), ...sliders, reset),
    h('p', {}, link),
    status,
    h(
      'table',
      { class: 'ranking', id: 'weights-table' },
      h('caption', {}, `${t('ranking')}: ${nodeName(tree.root, tree.root.code)}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'num' }, t('newRank')),
          h('th', { scope: 'col' }, t('municipality')),
          h('th', { scope: 'col', class: 'num' }, t('newScore')),
          h('th', { scope: 'col', class: 'num' }, t('officialRank')),
          h('th', { scope: 'col', class: 'num' }, t('rankChange')),
        ),
      ),
      tbody,
    ),
  ];
}

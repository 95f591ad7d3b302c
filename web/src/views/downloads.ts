// Downloads: every table as CSV/XLSX/JSON, the map data as GeoJSON, and snippets to embed a map or the ranking.
import { apiUrl, appRoot } from '../api.js';
import type { Context } from '../context.js';
import { DOWNLOAD_FORMATS, DOWNLOAD_TABLES } from '../../../src/publish/api/types.js';
import { h } from '../dom.js';
import { escapeAttribute } from '../text.js';
import type { TextKey } from '../i18n.js';
import { t } from '../i18n.js';
import { formatState } from '../state.js';

const TABLE_NAMES: Record<string, { de: string; en: string }> = {
  municipalities: { de: 'Kommunen', en: 'Municipalities' },
  regions: { de: 'Metropolregionen', en: 'Metropolitan regions' },
  indicators: { de: 'Indikatoren', en: 'Indicators' },
  'rank-stats': { de: 'Rang-Unsicherheit', en: 'Rank uncertainty' },
  sources: { de: 'Quellen', en: 'Sources' },
};

export function downloads(context: Context): Promise<Node[]> {
  const year = context.edition.year;
  const lang = context.state.lang;
  const rows = DOWNLOAD_TABLES.map((table) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, TABLE_NAMES[table]?.[lang] ?? table),
      ...DOWNLOAD_FORMATS.map((fmt) =>
        h(
          'td',
          {},
          h(
            'a',
            {
              href: apiUrl(`editions/${year}/download/${table}.${fmt}`),
              download: `${table}-${year}.${fmt}`,
              'data-download': `${table}.${fmt}`,
            },
            `${fmt.toUpperCase()}`,
            h('span', { class: 'visually-hidden' }, ` ${TABLE_NAMES[table]?.[lang] ?? table}`),
          ),
        ),
      ),
    ),
  );
  // Pages under embed/ may be framed by other sites (the server's Content-Security-Policy allows it there only).
  const base = new URL('embed/index.html', appRoot).href;
  const embed = (view: 'map' | 'overview', key: TextKey): HTMLElement => {
    const src =
      base + formatState({ ...context.state, view, embed: true, unit: null, units: [], weights: null });
    const code = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(t(key))}" width="800" height="600" loading="lazy"></iframe>`;
    const id = `embed-${view}`;
    return h(
      'p',
      { class: 'control' },
      h('label', { for: id }, t(key)),
      h('textarea', { id, readonly: true, rows: 3, cols: 80, 'data-key': id }, code),
    );
  };
  return Promise.resolve([
    h('h1', { tabindex: '-1' }, t('view.downloads')),
    h('p', {}, t('downloadsIntro')),
    h(
      'table',
      { class: 'downloads' },
      h('caption', {}, `${t('table')} – ${year}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('table')),
          ...DOWNLOAD_FORMATS.map((f) => h('th', { scope: 'col' }, f.toUpperCase())),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h(
      'p',
      {},
      h(
        'a',
        {
          href: apiUrl(`editions/${year}/map.geojson`),
          download: `map-${year}.geojson`,
          'data-download': 'map.geojson',
        },
        t('mapData'),
      ),
    ),
    h('h2', {}, t('embed')),
    embed('map', 'embedMap'),
    embed('overview', 'embedChart'),
  ]);
}

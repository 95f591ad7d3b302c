// web: the dashboard client — renders every view from the API into the page, keeps the view in the URL.
import type { Context } from './context.js';
import { treeOf } from './context.js';
import * as data from './data.js';
import { h, replace } from './dom.js';
import type { TextKey } from './i18n.js';
import { pick, setLanguage, t } from './i18n.js';
import type { State, View } from './state.js';
import { formatState, parseState, VIEWS } from './state.js';
import { views } from './views/index.js';

// For the benchmark: when the bundle started to run (interactive is marked after the first render).
performance.mark('digitalindex:start');

let rendered: string | null = null;
let generation = 0;

function stateNow(): State {
  return parseState(location.search);
}

function href(patch: Partial<State>): string {
  return formatState({ ...stateNow(), ...patch }) || location.pathname;
}

function navigate(patch: Partial<State>, options: { replace?: boolean } = {}): void {
  const url = href(patch);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

/** Renders the page for the URL's state; a render superseded by a later one drops its result. */
async function render(): Promise<void> {
  const state = stateNow();
  const previous = rendered === null ? null : parseState(rendered);
  rendered = location.search;
  const mine = ++generation;
  setLanguage(state.lang);
  document.body.classList.toggle('embedded', state.embed);
  const main = document.getElementById('main')!;
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  main.setAttribute('aria-busy', 'true');
  try {
    const { editions, latest } = await data.editions();
    const year = state.edition ?? latest ?? editions.at(-1)?.year;
    const edition = editions.find((e) => e.year === year);
    if (!edition) throw new Error(`${t('notFound')}: ${t('edition')} ${state.edition ?? ''}`);
    // The maps' data are fetched alongside, not after, what every view needs.
    if (state.view === 'overview' || state.view === 'map')
      void data.boundaries(edition.year).catch(() => null);
    const [structure, results] = await Promise.all([
      data.structure(edition.year),
      data.results(edition.year, 'municipalities'),
    ]);
    const context: Context = {
      state,
      editions,
      edition,
      structure,
      results,
      tree: treeOf(structure),
      href,
      navigate,
    };
    const content = await views[state.view](context);
    if (mine !== generation) return;
    header(context);
    notice(context);
    replace(main, ...content);
    document.title = `${t(`view.${state.view}` as TextKey)} – ${pick(edition.title.de, edition.title.en)}`;
  } catch (error) {
    if (mine !== generation) return;
    header(null);
    replace(
      main,
      h('h1', { tabindex: '-1' }, t('loadError')),
      h('p', { role: 'alert' }, error instanceof Error ? error.message : String(error)),
    );
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
  if (mine !== generation) return;
  // For the benchmark: the first view is rendered and its controls are live.
  if (performance.getEntriesByName('digitalindex:interactive').length === 0)
    performance.mark('digitalindex:interactive');
  // A new view or language: focus its heading. Else keep the focus on the control that caused the change.
  if (previous && (previous.view !== state.view || previous.lang !== state.lang)) {
    main.querySelector<HTMLElement>('h1')?.focus();
  } else if (focusKey) {
    document.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  }
}

/** Site header: title, navigation (current view marked), edition choice, language switch. */
function header(context: Context | null): void {
  const state = stateNow();
  const target = document.getElementById('site-header')!;
  const links = VIEWS.map((view: View) =>
    h(
      'li',
      {},
      h(
        'a',
        {
          href: href({ view }),
          'aria-current': view === state.view ? 'page' : null,
          'data-view': view,
          'data-key': `nav-${view}`,
        },
        t(`view.${view}` as TextKey),
      ),
    ),
  );
  const brand = h(
    'p',
    { class: 'brand' },
    h(
      'a',
      { href: href({ view: 'overview' }) },
      context ? pick(context.edition.title.de, context.edition.title.en) : t('siteTitle'),
    ),
  );
  const tools = h('div', { class: 'tools' });
  if (context && context.editions.length > 1) {
    const select = h(
      'select',
      { id: 'edition-select', 'data-key': 'edition' },
      ...context.editions.map((e) =>
        h('option', { value: e.year, selected: e.year === context.edition.year }, String(e.year)),
      ),
    );
    select.addEventListener('change', () => navigate({ edition: Number(select.value) }));
    tools.append(h('label', { for: 'edition-select' }, t('edition')), select);
  }
  const other = state.lang === 'de' ? 'en' : 'de';
  tools.append(
    h(
      'a',
      {
        href: href({ lang: other }),
        lang: other,
        hreflang: other,
        class: 'language',
        'data-key': 'language',
        'aria-label': t('switchToLabel'),
      },
      t('switchTo'),
    ),
  );
  replace(target, brand, h('nav', { 'aria-label': t('mainNav') }, h('ul', {}, ...links)), tools);
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = t('skip');
  const footer = document.getElementById('site-footer');
  if (footer) footer.textContent = t('footer');
}

/** The synthetic-data notice, on every view of a synthetic edition. */
function notice(context: Context): void {
  const target = document.getElementById('notice')!;
  const { edition } = context;
  if (!edition.synthetic) {
    replace(target);
    target.hidden = true;
    return;
  }
  target.hidden = false;
  target.setAttribute('aria-label', t('syntheticTitle'));
  // The API's notice says what the data are; without one, the dashboard's own words.
  replace(
    target,
    h('strong', {}, edition.notice ? pick(edition.notice.de, edition.notice.en) : t('syntheticText')),
  );
}

// Links inside the page navigate without reloading; back and forward re-render.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a');
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    link.target ||
    link.hasAttribute('download')
  )
    return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname || url.hash) return;
  event.preventDefault();
  if (url.search === location.search) return;
  history.pushState(null, '', url.search || location.pathname);
  void render();
});

window.addEventListener('popstate', () => {
  // A jump to a fragment (the skip link) changes nothing that is rendered.
  if (location.search !== rendered) void render();
});

void render();

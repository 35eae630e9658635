/**
 * The search page's only script (bundled by Astro into an external module: no inline script, so
 * the Content-Security-Policy holds). Reads the search from the URL, runs it with Pagefind's JS API,
 * keeps the URL shareable with `history.replaceState`, and renders results as plain DOM nodes.
 * Pagefind itself is loaded on first use: the newest bundle of the index (`pagefind/<years>/`,
 * written by `npm run build`: src/cli/search-index.ts), with the other bundles merged into it.
 */
import { isLanguage, defaultLanguage } from '../i18n/languages.ts';
import { uiFor } from '../i18n/ui.ts';
import { formatDate } from '../domain/dates.ts';
import {
  SEARCH_FOLDER,
  excerptParts,
  filterValues,
  hasSearch,
  pagefindFilters,
  readSearchParams,
  searchFilterKeys,
  searchParamsOf,
  type SearchState,
} from '../output/search.ts';

/** The part of Pagefind's JS API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
}

/** Results rendered per batch: each needs its own small download (a Pagefind fragment). */
const BATCH = 10;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
// The page's language picks the strings: one script serves /search/, /ja/search/ and /ko/search/.
const pageLang = document.documentElement.lang;
const t = uiFor(isLanguage(pageLang) ? pageLang : defaultLanguage).searchPage;

let pagefind: Promise<Pagefind> | undefined;

/** The filter naming the bundle a page is in: not one of the search form's filters. */
const BUNDLE_FILTER = 'bundle';

/** `bundles`: the folder names of the index's bundles, newest first. */
function loadPagefind(bundles: readonly string[]): Promise<Pagefind> {
  pagefind ??= (async () => {
    const [newest, ...older] = bundles;
    const bundle = (name: string | undefined) => `${base}${SEARCH_FOLDER}/${name}/`;
    const module = (await import(/* @vite-ignore */ `${bundle(newest)}pagefind.js`)) as Pagefind;
    // Result URLs carry the deploy base, for every bundle. Each bundle's pages carry its name as a
    // filter of their own (`mergeFilter`), so a search can ask one bundle alone.
    const options = { baseUrl: base, excerptLength: 24 };
    // No web worker: one download less.
    await module.options({ ...options, noWorker: true, mergeFilter: { [BUNDLE_FILTER]: newest } });
    await module.init();
    await Promise.all(
      older.map((name) => module.mergeIndex(bundle(name), { ...options, mergeFilter: { [BUNDLE_FILTER]: name } })),
    );
    return module;
  })();
  return pagefind;
}

/**
 * Filters alone list the newest first. Pagefind merges its bundles by score, and in a sorted search
 * a score is a place inside one bundle: so each bundle (whole years, newest bundle first) is asked
 * apart, and their lists are joined in that order.
 */
async function newestFirst(
  engine: Pagefind,
  filters: Record<string, string>,
  bundles: readonly string[],
): Promise<PagefindResult[]> {
  const responses = await Promise.all(
    bundles.map((name) =>
      engine.search(null, { filters: { ...filters, [BUNDLE_FILTER]: name }, sort: { date: 'desc' } }),
    ),
  );
  return responses.flatMap((response) => response?.results ?? []);
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Search page: missing ${selector}`);
  return element;
}

function start(form: HTMLFormElement): void {
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const selects = searchFilterKeys.map((key) => required<HTMLSelectElement>(form, `select[name="${key}"]`));
  const status = required<HTMLElement>(document, '[data-search-status]');
  const list = required<HTMLOListElement>(document, '[data-search-results]');
  const more = required<HTMLButtonElement>(document, '[data-search-more]');
  const fallback = required<HTMLElement>(document, '[data-search-fallback]');
  const locale = form.dataset['locale'] ?? document.documentElement.lang;
  const bundles = (form.dataset['searchBundles'] ?? '').split(' ').filter(Boolean);
  const timeZone = form.dataset['timeZone'] ?? 'UTC';

  fallback.hidden = true;
  let searchId = 0;
  let pending: PagefindResult[] = [];

  const formState = (): SearchState =>
    readSearchParams(
      new URLSearchParams([['q', input.value], ...selects.map((s): [string, string] => [s.name, s.value])]),
    );

  function showState(state: SearchState): void {
    input.value = state.query;
    for (const select of selects) {
      // A hand-typed URL may differ in case (`country=japan`); an unknown value means no filter.
      const wanted = (state.filters[select.name as keyof SearchState['filters']] ?? '').toLowerCase();
      select.value = [...select.options].find((option) => option.value.toLowerCase() === wanted)?.value ?? '';
    }
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'article-card search-result';
    const heading = document.createElement('h3');
    heading.className = 'article-card__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    item.append(heading);
    const date = data.meta['date'];
    if (date) {
      const meta = document.createElement('p');
      meta.className = 'article-card__meta';
      const time = document.createElement('time');
      time.dateTime = date;
      try {
        time.textContent = formatDate(date, locale, timeZone);
      } catch {
        time.textContent = date;
      }
      meta.append(time);
      item.append(meta);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of excerptParts(data.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(document.createTextNode(part.text));
      }
    }
    item.append(excerpt);
    return item;
  }

  async function showBatch(id: number): Promise<void> {
    const batch = pending.slice(0, BATCH);
    pending = pending.slice(BATCH);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  }

  async function run(state: SearchState): Promise<void> {
    const id = ++searchId;
    const params = searchParamsOf(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    if (!hasSearch(state)) {
      status.textContent = t.prompt;
      return;
    }
    status.textContent = t.searching;
    try {
      const filters = pagefindFilters(state);
      let results: PagefindResult[] = [];
      if (bundles.length > 0) {
        const engine = await loadPagefind(bundles);
        // Words rank by relevance across every year.
        results = state.query
          ? ((await engine.search(state.query, { filters }))?.results ?? [])
          : await newestFirst(engine, filters, bundles);
      }
      if (id !== searchId) return;
      pending = results;
      const count = pending.length;
      await showBatch(id);
      if (id !== searchId) return;
      status.textContent = t.status(count, state.query, filterValues(state));
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      status.textContent = t.failed;
      required<HTMLElement>(fallback, '[data-search-fallback-reason]').hidden = true;
      fallback.hidden = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(formState());
  });
  for (const select of selects) select.addEventListener('change', () => void run(formState()));
  // Fetch the search code while the reader is still typing.
  if (bundles.length > 0)
    input.addEventListener('focus', () => void loadPagefind(bundles).catch(() => undefined), { once: true });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void showBatch(searchId).then(() => (list.children[next]?.querySelector('a') ?? more).focus());
  });

  const initial = readSearchParams(new URLSearchParams(location.search));
  showState(initial);
  if (hasSearch(initial)) void run(formState());
}

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (form) start(form);

/**
 * The search page's only script (bundled by Astro into an external module: no inline script, so
 * the Content-Security-Policy holds). Reads the search from the URL, runs it with Pagefind's JS API,
 * keeps the URL shareable with `history.replaceState`, and renders results as plain DOM nodes.
 * Pagefind itself (`pagefind/pagefind.js`, written by `npm run build`) is loaded on first use.
 */
import { ui } from '../i18n/ui.ts';
import { formatDate } from '../lib/dates.ts';
import {
  excerptParts,
  filterValues,
  hasSearch,
  pagefindFilters,
  readSearchParams,
  searchFilterKeys,
  searchParamsOf,
  type SearchState,
} from '../lib/search.ts';

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
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

/** Results rendered per batch: each needs its own small download (a Pagefind fragment). */
const BATCH = 10;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const t = ui.searchPage;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Result URLs carry the deploy base; no web worker: one download less, the archive is small.
    await module.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  return pagefind;
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
  const timeZone = form.dataset['timeZone'] ?? 'UTC';

  fallback.hidden = true;
  let searchId = 0;
  let pending: PagefindResult[] = [];

  const formState = (): SearchState =>
    readSearchParams(new URLSearchParams([['q', input.value], ...selects.map((s): [string, string] => [s.name, s.value])]));

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
      const engine = await loadPagefind();
      const filters = pagefindFilters(state);
      // Words rank by relevance; filters alone list the newest first.
      const response = state.query
        ? await engine.search(state.query, { filters })
        : await engine.search(null, { filters, sort: { date: 'desc' } });
      if (id !== searchId || !response) return;
      pending = response.results;
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
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
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

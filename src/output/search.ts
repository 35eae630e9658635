/**
 * The pure part of site search (no DOM, no Pagefind): the `/search/` URL's parameters, the Pagefind
 * filters they stand for, and Pagefind's excerpts taken apart into text and highlights so the page
 * never inserts result HTML as markup. Used by the browser script and by the tests.
 *
 * URL form: `/search/?q=relay&country=Aldoria&program=Lunar+Relay&leader=…&year=2021`. Filter values
 * are the names shown on article pages, which are what Pagefind indexes (`data-pagefind-filter`).
 */

import { defaultLanguage } from '../i18n/languages.ts';

/** The site folder of the search index: Pagefind bundles of whole years, `pagefind/<years>/`. */
export const SEARCH_FOLDER = 'pagefind';

/** The search filters, in form order: each is a URL parameter and a Pagefind filter of that name. */
export const searchFilterKeys = ['country', 'program', 'leader', 'relation', 'year'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export interface SearchState {
  /** The words typed, trimmed; `''` for none. */
  query: string;
  /** Only the filters that are set. */
  filters: Partial<Record<SearchFilterKey, string>>;
}

/** The search a `/search/` URL asks for; unknown parameters are ignored. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** The parameters of a shareable URL for a search, in a fixed order, empty ones left out. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** True when there is something to search for: words, a filter, or both. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** The filters as Pagefind's `search(term, { filters })` takes them. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (value) filters[key] = value;
  }
  return filters;
}

/** The set filter values in form order, for the status message. */
export function filterValues(state: SearchState): string[] {
  return searchFilterKeys.flatMap((key) => state.filters[key] ?? []);
}

export interface ExcerptPart {
  text: string;
  /** A highlighted match (`<mark>` in Pagefind's excerpt). */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind's excerpts may contain; anything else stays as written. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as plain-text parts. Only `<mark>`
 * and `</mark>` are read as tags; anything else that looks like markup stays literal text, so the
 * caller can build text nodes and `<mark>` elements and never parse result HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      mark = tag === '<mark>';
      continue;
    }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** Where a language's bundles are under `pagefind/`: the site's language at the top, others in `<lang>/`. */
export function searchFolderOf(lang: string): string {
  return lang === defaultLanguage ? '' : lang;
}

export interface SearchBundle {
  /**
   * Its folder under `pagefind/`: the year, or the first and last year, `2019-2021`; a language
   * edition's bundles are in a folder of their language, `ja/2019-2021`.
   */
  name: string;
  /** The ids of its articles, sorted. */
  ids: string[];
}

/**
 * How the search index is cut into Pagefind bundles (src/cli/search-index.ts), newest first. Whole
 * years, gathered oldest first until a bundle holds `minArticles`: new articles, which go into the
 * newest year, never move an older bundle, and bundles never overlap in time, so the search page
 * can list filter-only results bundle by bundle, newest first (src/scripts/search.ts). Drafts have
 * no page: left out.
 */
export function searchBundles(
  articles: readonly { id: string; date: string; draft?: boolean }[],
  minArticles: number,
  /** The folder of a language edition's bundles; none for the site's language. */
  folder = '',
): SearchBundle[] {
  const years = new Map<string, string[]>();
  for (const article of articles) {
    if (article.draft) continue;
    const year = article.date.slice(0, 4);
    const ids = years.get(year);
    if (ids) ids.push(article.id);
    else years.set(year, [article.id]);
  }
  const bundles: { years: string[]; ids: string[] }[] = [];
  for (const year of [...years.keys()].sort()) {
    const open = bundles.at(-1);
    if (open && open.ids.length < minArticles) {
      open.years.push(year);
      open.ids.push(...years.get(year)!);
    } else {
      bundles.push({ years: [year], ids: [...years.get(year)!] });
    }
  }
  return bundles.reverse().map(({ years: [first, ...rest], ids }) => ({
    name: `${folder ? `${folder}/` : ''}${rest.length > 0 ? `${first}-${rest.at(-1)}` : first!}`,
    ids: ids.sort(),
  }));
}

/**
 * Every URL of the site comes from here. Paths honour the deploy base (`/` or `/archive/`) and end
 * in `/`, as the URL contract in DESIGN.md requires; files such as `rss.xml` keep their name.
 */
import { siteConfig } from '../config.ts';
import { defaultLanguage, languageCodes, type Language } from '../i18n/languages.ts';
import { relationKey } from '../domain/relations.ts';
import { CARD_FOLDER } from './cards.ts';
import type { TaxonomyKind } from '../domain/taxonomy.ts';

/** Prefix a site-relative path with the base; directories get a trailing slash. */
export function withBase(path: string, base: string = siteConfig.base): string {
  const clean = path.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(clean);
  const withSlash = clean === '' || isFile || clean.endsWith('/') ? clean : `${clean}/`;
  return `${base}${withSlash}`;
}

/** Full URL for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string, siteUrl: string = siteConfig.siteUrl): string {
  return new URL(path, `${siteUrl}/`).href;
}

/** Page 1 lives at the list's own URL; later pages add their number. */
function paged(path: string, page: number, prefix = ''): string {
  return page > 1 ? `${path}${prefix}${page}/` : path;
}

/**
 * The URLs of one language's pages: English at the root, the others under `/<lang>/`. Files every
 * language shares (cards, the logo, data downloads, assets) have one URL.
 */
export function createUrls(base: string = siteConfig.base, lang: Language = defaultLanguage) {
  const shared = (path: string) => withBase(path, base);
  const at = (path: string) => shared(lang === defaultLanguage ? path : `${lang}/${path}`);
  return {
    lang,
    home: (page = 1) => at(paged('', page, 'page/')),
    article: (id: string) => at(`articles/${id}/`),
    termList: (kind: TaxonomyKind) => at(`${kind}/`),
    term: (kind: TaxonomyKind, id: string, page = 1) => at(paged(`${kind}/${id}/`, page)),
    agreements: () => at('agreements/'),
    agreement: (id: string) => at(`agreements/${id}/`),
    relations: () => at('relations/'),
    /** The two country ids in either order: the URL has them in alphabetical order. */
    relation: (x: string, y: string, page = 1) => at(paged(`relations/${relationKey(x, y)}/`, page)),
    relationFeed: (x: string, y: string) => at(`relations/${relationKey(x, y)}/rss.xml`),
    archive: () => at('archive/'),
    archiveYear: (year: string, page = 1) => at(paged(`archive/${year}/`, page)),
    search: (query?: string) => `${at('search/')}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    feed: () => at('rss.xml'),
    termFeed: (kind: TaxonomyKind, id: string) => at(`${kind}/${id}/rss.xml`),
    data: (file: string) => shared(`data/${file}`),
    /** A link-preview card, named by the digest of its text (src/output/cards.ts). */
    card: (key: string) => shared(`${CARD_FOLDER}/${key}.png`),
    logo: () => shared('logo.png'),
    asset: (file: string) => shared(file),
  };
}

export type Urls = ReturnType<typeof createUrls>;

export const urls: Urls = createUrls();

const byLanguage = new Map<Language, Urls>();

/** The URLs of a language's pages under the site's base, made once per language. */
export function urlsFor(lang: Language): Urls {
  let made = byLanguage.get(lang);
  if (!made) {
    made = createUrls(siteConfig.base, lang);
    byLanguage.set(lang, made);
  }
  return made;
}

/**
 * The path of the page at `pathname` (base included) in every language: the same path under each
 * language's root (`/archive/countries/japan/` and `/archive/ja/countries/japan/`).
 */
export function alternatePaths(
  pathname: string,
  lang: Language,
  base: string = siteConfig.base,
): Record<Language, string> {
  const rootOf = (code: Language) => withBase(code === defaultLanguage ? '' : `${code}/`, base);
  const rest = pathname.startsWith(rootOf(lang)) ? pathname.slice(rootOf(lang).length) : '';
  return Object.fromEntries(languageCodes.map((code) => [code, `${rootOf(code)}${rest}`])) as Record<Language, string>;
}

/**
 * Every URL of the site comes from here. Paths honour the deploy base (`/` or `/archive/`) and end
 * in `/`, as the URL contract in DESIGN.md requires; files such as `rss.xml` keep their name.
 */
import { siteConfig } from '../config.ts';
import { relationKey } from '../domain/relations.ts';
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

export function createUrls(base: string = siteConfig.base) {
  const at = (path: string) => withBase(path, base);
  return {
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
    data: (file: string) => at(`data/${file}`),
    /** A link-preview card, named by the digest of its text (src/output/cards.ts). */
    card: (key: string) => at(`og/${key}.png`),
    logo: () => at('logo.png'),
    asset: (file: string) => at(file),
  };
}

export type Urls = ReturnType<typeof createUrls>;

export const urls: Urls = createUrls();

/**
 * The sitemap's language alternates: each page lists its versions in the other languages, as its
 * `hreflang` links do. @astrojs/sitemap's own `i18n` option compares every page with every other
 * (four seconds at 25,000 pages); here the pages are collected as its `filter` sees them, then
 * each entry looks its alternates up by path.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { siteConfig } from '../config.ts';
import { languageCodes, localeOf, translationLanguages } from '../i18n/languages.ts';
import { pageLanguage } from './page-language.ts';
import { alternatePaths } from './urls.ts';

export function sitemapAlternates(base: string = siteConfig.base) {
  const pages = new Set<string>();
  /** The editions' not-found pages are no more to be indexed than /404.html, which is left out already. */
  const notFound = (pathname: string) => translationLanguages.some((lang) => pathname === `${base}${lang}/404/`);
  return {
    filter(page: string): boolean {
      if (notFound(new URL(page).pathname)) return false;
      pages.add(page);
      return true;
    },
    serialize(item: SitemapItem): SitemapItem {
      const url = new URL(item.url);
      const paths = alternatePaths(url.pathname, pageLanguage(url, base).lang, base);
      const links = languageCodes
        .map((lang) => ({ url: new URL(paths[lang], url).href, lang: localeOf[lang] }))
        .filter((link) => pages.has(link.url));
      return links.length > 1 ? { ...item, links } : item;
    },
  };
}

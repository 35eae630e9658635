/** schema.org data for search engines: articles are `NewsArticle`s about countries, people and programs. */
import { siteConfig } from '../config.ts';
import type { Archive, ArticleRecord } from '../domain/archive.ts';
import { defaultLanguage, isLanguage } from '../i18n/languages.ts';
import { languageOf } from './page-language.ts';
import { absoluteUrl, urls } from './urls.ts';

/** The archive as a publisher: its name, home page and logo (a square PNG, src/pages/logo.png.ts). */
function publisher(): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: siteConfig.title,
    url: absoluteUrl(urls.home()),
    logo: { '@type': 'ImageObject', url: absoluteUrl(urls.logo()), width: LOGO_SIZE, height: LOGO_SIZE },
  };
}

/** Width and height of the publisher logo, in pixels. */
export const LOGO_SIZE = 512;

/**
 * `imageUrl`: the page's link-preview picture (absolute), the article's own image or its card;
 * search engines show it with the result.
 */
export function newsArticleJsonLd(archive: Archive, article: ArticleRecord, imageUrl: string): Record<string, unknown> {
  const language = languageOf(isLanguage(archive.lang) ? archive.lang : defaultLanguage);
  const url = absoluteUrl(language.urls.article(article.id));
  const { translation } = article;
  const organisation = publisher();
  const thing = (type: string, kind: 'countries' | 'programs' | 'leaders', id: string) => ({
    '@type': type,
    name: archive.termName(kind, id),
    url: absoluteUrl(language.urls.term(kind, id)),
  });
  const { source } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: url,
    inLanguage: language.locale,
    // A translation names the report it translates and who translated it.
    ...(translation
      ? {
          translationOfWork: { '@type': 'NewsArticle', url: absoluteUrl(urls.article(article.id)) },
          ...(translation.translator ? { translator: { '@type': 'Organization', name: translation.translator } } : {}),
        }
      : {}),
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    // The archive writes its reports in its own words; the reporting it draws on is credited below.
    author: organisation,
    publisher: organisation,
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: source.publication },
      ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
      ...(source.url ? { url: source.url } : {}),
    },
    about: [
      ...article.countries.map((id) => thing('Country', 'countries', id)),
      ...article.programs.map((id) => thing('Thing', 'programs', id)),
    ],
    mentions: article.leaders.map((id) => thing('Person', 'leaders', id)),
    image: [imageUrl],
  };
}

export interface Crumb {
  name: string;
  /** Path with base; absent for the page itself, the last crumb. */
  href?: string;
}

/** The trail from the home page to this page, as schema.org's `BreadcrumbList`. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href ?? pageUrl),
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">` holding `data`. Every `<` is written as
 * `\u003c` (the same string to a JSON reader), so `</script>` or `<!--` in a headline can neither
 * end the element nor change how the HTML around it parses; JSON.stringify escapes lone surrogates.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

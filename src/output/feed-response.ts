/**
 * Renders an RSS 2.0 document with @astrojs/rss, in the language of its edition. @astrojs/rss escapes markup
 * but passes on characters XML 1.0 forbids, and one of them makes the whole feed unparseable:
 * every string it is given goes through xmlSafe first.
 */
import rss from '@astrojs/rss';
import type { Archive, ArticleRecord } from '../domain/archive.ts';
import { compareDates, toUtcDate } from '../domain/dates.ts';
import { feedItems } from './feeds.ts';
import { xmlAttribute, xmlSafe } from './safe-text.ts';
import { absoluteUrl } from './urls.ts';
import type { PageLanguage } from './page-language.ts';

export interface FeedOptions {
  title: string;
  description: string;
  articles: readonly ArticleRecord[];
  /** The page the feed is about (path with base). */
  page: string;
  /** The feed's own address (path with base), for `<atom:link rel="self">`. */
  self: string;
  /** The edition's language: `<language>` and the articles' addresses. */
  language: PageLanguage;
}

/**
 * When the feed's content last changed: the newest publication or update among its articles.
 * Taken from the content, not the clock, so the same content gives a byte-identical feed.
 */
export function lastChange(articles: readonly ArticleRecord[]): Date | undefined {
  let newest: string | undefined;
  for (const article of articles) {
    for (const date of [article.date, article.updated]) {
      if (date && (newest === undefined || compareDates(date, newest) > 0)) newest = date;
    }
  }
  return newest === undefined ? undefined : toUtcDate(newest);
}

export function feedResponse(
  archive: Archive,
  { title, description, articles, page, self, language }: FeedOptions,
): Promise<Response> {
  const categoriesOf = (article: ArticleRecord) => [
    ...article.countries.map((id) => archive.termName('countries', id)),
    ...article.programs.map((id) => archive.termName('programs', id)),
  ];
  const changed = lastChange(articles);
  const customData = [
    `<language>${language.locale}</language>`,
    `<atom:link href="${xmlAttribute(absoluteUrl(self))}" rel="self" type="application/rss+xml"/>`,
    ...(changed ? [`<lastBuildDate>${changed.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
  return rss(
    xmlSafe({
      title,
      description,
      site: absoluteUrl(page),
      items: feedItems(articles, categoriesOf, (article) => language.urls.article(article.id)),
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
      customData,
      trailingSlash: true,
    }),
  );
}

/** RSS items from articles: the same for the site feed and every term's feed. */
import type { ArticleRecord } from '../domain/archive.ts';
import { toUtcDate } from '../domain/dates.ts';
import { absoluteUrl } from './urls.ts';

/** How many items a feed carries: enough for a reader who checks weekly, small enough to fetch often. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  description: string;
  /** Absolute URL, base path included. */
  link: string;
  /** Midnight UTC of the calendar publication date, so feeds do not depend on the build machine. */
  pubDate: Date;
  categories: string[];
}

export function feedItems(
  articles: readonly ArticleRecord[],
  categoriesOf: (article: ArticleRecord) => string[],
  /** The article's page in the feed's language (path with base). */
  pageOf: (article: ArticleRecord) => string,
  limit = FEED_SIZE,
): FeedItem[] {
  return articles.slice(0, limit).map((article) => ({
    title: article.title,
    description: article.description,
    link: absoluteUrl(pageOf(article)),
    pubDate: toUtcDate(article.date),
    categories: categoriesOf(article),
  }));
}

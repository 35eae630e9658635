/**
 * Renders an RSS 2.0 document with @astrojs/rss, in the site's language. @astrojs/rss escapes markup
 * but passes on characters XML 1.0 forbids, and one of them makes the whole feed unparseable:
 * every string it is given goes through xmlSafe first.
 */
import rss from '@astrojs/rss';
import { siteConfig } from '../config.ts';
import type { Archive, ArticleRecord } from '../domain/archive.ts';
import { feedItems } from './feeds.ts';
import { xmlSafe } from './safe-text.ts';
import { absoluteUrl } from './urls.ts';

export function feedResponse(
  archive: Archive,
  {
    title,
    description,
    articles,
    page,
  }: { title: string; description: string; articles: readonly ArticleRecord[]; page: string },
): Promise<Response> {
  const categoriesOf = (article: ArticleRecord) => [
    ...article.countries.map((id) => archive.termName('countries', id)),
    ...article.programs.map((id) => archive.termName('programs', id)),
  ];
  return rss(
    xmlSafe({
      title,
      description,
      site: absoluteUrl(page),
      items: feedItems(articles, categoriesOf),
      customData: `<language>${siteConfig.locale}</language>`,
      trailingSlash: true,
    }),
  );
}

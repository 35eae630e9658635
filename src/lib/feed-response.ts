/** Renders an RSS 2.0 document with @astrojs/rss, in the site's language. */
import rss from '@astrojs/rss';
import { siteConfig } from '../config.ts';
import type { Archive, ArticleRecord } from './archive.ts';
import { feedItems } from './feeds.ts';
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
  return rss({
    title,
    description,
    site: absoluteUrl(page),
    items: feedItems(articles, categoriesOf),
    customData: `<language>${siteConfig.locale}</language>`,
    trailingSlash: true,
  });
}

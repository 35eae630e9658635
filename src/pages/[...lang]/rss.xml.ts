import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../pipeline/content.ts';
import { feedResponse } from '../../output/feed-response.ts';
import { inEveryLanguage, pageLanguage } from '../../output/page-language.ts';

export const getStaticPaths = (() => inEveryLanguage(() => [{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ url }) => {
  const language = pageLanguage(url);
  const archive = await getArchive(language.lang);
  return feedResponse(archive, {
    title: language.ui.siteTitle,
    description: language.ui.tagline,
    articles: archive.articles,
    page: language.urls.home(),
    self: language.urls.feed(),
    language,
  });
};

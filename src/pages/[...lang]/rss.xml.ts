import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { getArchive } from '../pipeline/content.ts';
import { feedResponse } from '../output/feed-response.ts';
import { urls } from '../output/urls.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return feedResponse(archive, {
    title: siteConfig.title,
    description: siteConfig.tagline,
    articles: archive.articles,
    page: urls.home(),
    self: urls.feed(),
  });
};

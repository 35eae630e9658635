import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../config.ts';
import type { Term } from '../../../domain/taxonomy.ts';
import type { ArticleRecord } from '../../../domain/archive.ts';
import { getArchive, getArchiveWithKeys } from '../../../pipeline/content.ts';
import { feedResponse } from '../../../output/feed-response.ts';
import { taxonomyKinds } from '../../../domain/taxonomy.ts';
import { urls } from '../../../output/urls.ts';
import { ui } from '../../../i18n/ui.ts';

export const getStaticPaths = (async () => {
  const { archive, keys } = await getArchiveWithKeys();
  return taxonomyKinds.flatMap((kind) =>
    archive.terms[kind].map((term) => ({
      params: { kind, term: term.id },
      props: { term },
      cacheKey: keys.page(term),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ term: Term<ArticleRecord> }> = async ({ props: { term } }) =>
  feedResponse(await getArchive(), {
    title: `${term.name} · ${siteConfig.title}`,
    description: ui.termFeedDescription(term.name),
    articles: term.articles,
    page: urls.term(term.kind, term.id),
    self: urls.termFeed(term.kind, term.id),
  });

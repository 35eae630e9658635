import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../config.ts';
import type { Term } from '../../../lib/taxonomy.ts';
import type { ArticleRecord } from '../../../lib/archive.ts';
import { getArchive, getArchiveWithKeys } from '../../../lib/content.ts';
import { feedResponse } from '../../../lib/feed-response.ts';
import { taxonomyKinds } from '../../../lib/taxonomy.ts';
import { urls } from '../../../lib/urls.ts';
import { ui } from '../../../i18n/ui.ts';

export const getStaticPaths = (async () => {
  const { archive, keys } = await getArchiveWithKeys();
  return taxonomyKinds.flatMap((kind) =>
    archive.terms[kind].map((term) => ({ params: { kind, term: term.id }, props: { term }, cacheKey: keys.page(term) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ term: Term<ArticleRecord> }> = async ({ props: { term } }) =>
  feedResponse(await getArchive(), {
    title: `${term.name} · ${siteConfig.title}`,
    description: ui.termFeedDescription(term.name),
    articles: term.articles,
    page: urls.term(term.kind, term.id),
  });

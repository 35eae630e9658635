import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../../config.ts';
import type { ArticleRecord } from '../../../../domain/archive.ts';
import type { Relation } from '../../../../domain/relations.ts';
import { getArchive, getArchiveWithKeys } from '../../../../pipeline/content.ts';
import { feedResponse } from '../../../../output/feed-response.ts';
import { urls } from '../../../../output/urls.ts';
import { ui } from '../../../../i18n/ui.ts';

export const getStaticPaths = (async () => {
  const { archive, keys } = await getArchiveWithKeys();
  return archive.relations.map((relation) => ({
    params: { a: relation.a, b: relation.b },
    props: { relation },
    cacheKey: keys.page(relation.a, relation.b, relation.articles),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ relation: Relation<ArticleRecord> }> = async ({ props: { relation } }) => {
  const archive = await getArchive();
  const [nameA, nameB] = [relation.a, relation.b].map((id) => archive.termName('countries', id)) as [string, string];
  return feedResponse(archive, {
    title: `${ui.relations.pairName(nameA, nameB)} · ${siteConfig.title}`,
    description: ui.relations.feedDescription(nameA, nameB),
    articles: relation.articles,
    page: urls.relation(relation.a, relation.b),
    self: urls.relationFeed(relation.a, relation.b),
  });
};

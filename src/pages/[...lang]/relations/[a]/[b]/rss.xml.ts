import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleRecord } from '../../../../../domain/archive.ts';
import type { Relation } from '../../../../../domain/relations.ts';
import { getArchive, getArchiveWithKeys } from '../../../../../pipeline/content.ts';
import { feedResponse } from '../../../../../output/feed-response.ts';
import { inEveryLanguage, pageLanguage } from '../../../../../output/page-language.ts';

export const getStaticPaths = (() =>
  inEveryLanguage(async (lang) => {
    const { archive, keys } = await getArchiveWithKeys(lang);
    return archive.relations.map((relation) => ({
      params: { a: relation.a, b: relation.b },
      props: { relation },
      cacheKey: keys.page(relation.a, relation.b, relation.articles),
    }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ relation: Relation<ArticleRecord> }> = async ({ url, props: { relation } }) => {
  const language = pageLanguage(url);
  const { ui, urls } = language;
  const archive = await getArchive(language.lang);
  const [nameA, nameB] = [relation.a, relation.b].map((id) => archive.termName('countries', id)) as [string, string];
  return feedResponse(archive, {
    title: `${ui.relations.pairName(nameA, nameB)} · ${ui.siteTitle}`,
    description: ui.relations.feedDescription(nameA, nameB),
    articles: relation.articles,
    page: urls.relation(relation.a, relation.b),
    self: urls.relationFeed(relation.a, relation.b),
    language,
  });
};

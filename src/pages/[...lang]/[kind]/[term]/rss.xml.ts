import type { APIRoute, GetStaticPaths } from 'astro';
import type { Term } from '../../../../domain/taxonomy.ts';
import type { ArticleRecord } from '../../../../domain/archive.ts';
import { getArchive, getArchiveWithKeys } from '../../../../pipeline/content.ts';
import { feedResponse } from '../../../../output/feed-response.ts';
import { inEveryLanguage, pageLanguage } from '../../../../output/page-language.ts';
import { taxonomyKinds } from '../../../../domain/taxonomy.ts';

export const getStaticPaths = (() =>
  inEveryLanguage(async (lang) => {
    const { archive, keys } = await getArchiveWithKeys(lang);
    return taxonomyKinds.flatMap((kind) =>
      archive.terms[kind].map((term) => ({
        params: { kind, term: term.id },
        props: { term },
        cacheKey: keys.page(term),
      })),
    );
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ term: Term<ArticleRecord> }> = async ({ url, props: { term } }) => {
  const language = pageLanguage(url);
  const { ui, urls } = language;
  return feedResponse(await getArchive(language.lang), {
    title: `${term.name} · ${ui.siteTitle}`,
    description: ui.termFeedDescription(term.name),
    articles: term.articles,
    page: urls.term(term.kind, term.id),
    self: urls.termFeed(term.kind, term.id),
    language,
  });
};

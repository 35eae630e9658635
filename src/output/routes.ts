/** Static paths shared by routes: which pages exist, computed from the archive once. */
import { siteConfig } from '../config.ts';
import type { ArticleRecord } from '../domain/archive.ts';
import { languageCodes, type Language } from '../i18n/languages.ts';
import type { PageKeys } from './page-keys.ts';
import { paginate, type Page } from './pagination.ts';

export interface PagedPathOptions<E> {
  pageSize?: number;
  /** More props for a page, computed from it: part of the page's key like the page itself. */
  extra?: (page: Page<ArticleRecord>) => E;
}

/**
 * Pages of a list for a `[...page]` route: page 1 has no segment, later pages their number. Each
 * carries its incremental-build key (see page-keys.ts).
 */
export function pagedPaths<P extends Record<string, string>, E extends object = object>(
  articles: readonly ArticleRecord[],
  params: P,
  keys: PageKeys,
  { pageSize = siteConfig.termPageSize, extra }: PagedPathOptions<E> = {},
): { params: P & { page: string | undefined }; props: { page: Page<ArticleRecord> } & E; cacheKey: string }[] {
  return paginate(articles, pageSize).map((page) => {
    const props = { page, ...(extra?.(page) as E) };
    return {
      params: { ...params, page: page.number === 1 ? undefined : String(page.number) },
      props,
      cacheKey: keys.page(params, props),
    };
  });
}

/**
 * The languages page `number` of a list exists in, from the list's length in each language's
 * edition: the `languages` of its layout. A list's first page exists even when it is empty, except
 * where the list itself exists only with articles (`emptyHasPage`: false, a year's list).
 */
export function pageLanguages(
  lengthIn: (lang: Language) => number,
  pageSize: number,
  number: number,
  emptyHasPage = true,
): Language[] {
  return languageCodes.filter((code) => {
    const length = lengthIn(code);
    if (length === 0) return emptyHasPage && number === 1;
    return Math.ceil(length / pageSize) >= number;
  });
}

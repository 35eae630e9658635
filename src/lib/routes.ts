/** Static paths shared by routes: which pages exist, computed from the archive once. */
import { siteConfig } from '../config.ts';
import type { ArticleRecord } from './archive.ts';
import { paginate, type Page } from './pagination.ts';

/** Pages of a list for a `[...page]` route: page 1 has no segment, later pages their number. */
export function pagedPaths<P extends Record<string, string>>(
  articles: readonly ArticleRecord[],
  params: P,
  pageSize: number = siteConfig.termPageSize,
): { params: P & { page: string | undefined }; props: { page: Page<ArticleRecord> } }[] {
  return paginate(articles, pageSize).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : String(page.number) },
    props: { page },
  }));
}

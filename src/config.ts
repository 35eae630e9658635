/**
 * Every site setting in one typed object. Deploy-time values come from the environment so the
 * same checkout can build for a CDN root, a GitHub Pages subpath or a test fixture corpus.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { translationLanguages } from './i18n/languages.ts';
import { ui } from './i18n/ui.ts';

/**
 * The project folder. Every command runs from it (npm starts scripts there); `import.meta.url` would
 * not do, because Astro bundles this module into its build folder.
 */
export const projectRoot = process.cwd();

/**
 * A number setting from the environment, if set: one that is not a number of at least `min` stops
 * the build naming the variable, instead of running with NaN (which a timer reads as "at once").
 */
export function numberFromEnv(name: string, min: number, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name}="${raw}": give a number of at least ${min}`);
  return value;
}

/** `/` or `/sub/path/`: always with a leading and a trailing slash. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export interface SiteConfig {
  /** Public origin, no trailing slash: used for canonical URLs, feeds and the sitemap. */
  readonly siteUrl: string;
  /** Path prefix the site is served under, `/` at the root of a host. */
  readonly base: string;
  /** Absolute path of the folder holding `articles/` and the data files. */
  readonly contentDir: string;
  /**
   * The content folder's cache: rendered bodies and content-check results, shared by every build of
   * the folder, and beneath it each build setup's state (src/cli/output-folders.ts).
   */
  readonly cacheDir: string;
  readonly title: string;
  readonly tagline: string;
  /** BCP 47 language of the pages and of date formatting. */
  readonly locale: string;
  /** Languages articles may be translated into (`<name>.<lang>.md` beside the original). */
  readonly translationLanguages: readonly string[];
  /** Calendar dates are rendered in this zone, so output never depends on the build machine. */
  readonly timeZone: string;
  /** Articles per page on the home page and the year archive. */
  readonly pageSize: number;
  /** Articles per page on a country, program, leader or summit page. */
  readonly termPageSize: number;
  /**
   * Fewest articles in one search bundle (src/output/search.ts): larger bundles mean a smaller first
   * download for readers, smaller ones a quicker rebuild. Tests lower it to get several bundles.
   */
  readonly searchBundleArticles: number;
  /**
   * Pages Astro's main thread renders before worker threads join in (src/integrations/
   * parallel-prerender.ts). Tests set 0, so that their small sites are rendered by the threads too.
   */
  readonly prerenderThreadsAfter: number;
  /**
   * Pages a worker thread may have in hand (unset: the integration's default). A test sets it high,
   * so that the thread takes every page it can, pictures and all, several at a time.
   */
  readonly prerenderQueuedPerThread: number | undefined;
  /**
   * Seconds Pagefind may take over one search bundle, plus a fiftieth of a second a page, before the
   * build stops it and fails: a backend that stays alive but never answers would hang it for ever.
   * A bundle of 1,000 pages takes 2–4 s on the two-core machine the README measures on.
   */
  readonly searchTimeoutSeconds: number;
}

const contentDir = path.resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');

/** The cache folder of a content folder: one per folder, so corpora never share one. */
export function cacheDirFor(folder: string): string {
  return path.join(projectRoot, 'node_modules/.astro', createHash('sha256').update(folder).digest('hex').slice(0, 12));
}

export const siteConfig: SiteConfig = {
  siteUrl: (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, ''),
  base: normaliseBase(process.env.SITE_BASE),
  contentDir,
  cacheDir: cacheDirFor(contentDir),
  title: ui.siteTitle,
  tagline: ui.tagline,
  locale: 'en-GB',
  translationLanguages,
  timeZone: 'UTC',
  pageSize: 20,
  termPageSize: 20,
  searchBundleArticles: numberFromEnv('SEARCH_BUNDLE_ARTICLES', 1) ?? 1000,
  prerenderThreadsAfter: numberFromEnv('PRERENDER_THREADS_AFTER', 0) ?? 500,
  prerenderQueuedPerThread: numberFromEnv('PRERENDER_QUEUED_PER_THREAD', 1),
  searchTimeoutSeconds: numberFromEnv('SEARCH_TIMEOUT_SECONDS', 1) ?? 120,
};

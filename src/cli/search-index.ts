/**
 * The search index: Pagefind bundles of whole years of publication, at least a thousand articles
 * each where the archive has them (`searchBundles` in src/output/search.ts), in `pagefind/<years>/`. The search page loads the newest
 * bundle and merges the others (src/scripts/search.ts).
 *
 * An edit or a new article touches one bundle: a rebuild indexes that one again instead of the whole
 * archive, and keeps the others as the last build wrote them. A bundle is kept only when its article
 * pages are the very files it was built from (same paths, sizes and times), as recorded with the
 * published site. Indexing a bundle at a time also bounds Pagefind's memory, which grew with the
 * archive when it was one index. A thousand, because every bundle answers a query with a chunk of
 * its own: at 10,000 articles, nine bundles downloaded 8–30% more than one index did, one per year
 * (25) 1.8 to 2.8 times as much (measured once, see the issue note).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { siteConfig } from '../config.ts';
import { ARTICLE_NAME } from '../pipeline/article-id.ts';
import type { Language } from '../i18n/languages.ts';
import { SEARCH_FOLDER, searchBundles, searchFolderOf, type SearchBundle } from '../output/search.ts';
import { fileVersion, removeFolder } from './folder-copies.ts';

/** What a language's bundles are built with: a change to it makes every bundle stale. */
const indexOptions = (lang: Language) => ({
  // Pagefind tells languages by `<html lang>`; a bundle holds one language, and says so.
  forceLanguage: lang,
  // The `#` of heading links is not article text; it would show up in excerpts.
  excludeSelectors: ['.heading-anchor'],
});

/**
 * Bundles indexed at once, each by a thread with a Pagefind backend of its own: one backend given
 * two bundles at once kept 1.5 of 2 cores busy, two backends 1.9 (all 13 bundles at 10,000
 * articles: 23.3 and 29.4 s against 20.9 and 23.6 s, by turns). More would only add memory.
 */
const BUNDLES_AT_ONCE = 2;

/** Pagefind's ready-made UIs and worker: the search page uses none of them. */
const UNUSED_PAGEFIND_FILE =
  /^(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js|pagefind-worker\.js)$/;

/**
 * Pagefind's search module without a stemmer, for a language it has none for (Japanese, Korean:
 * `"wasm": null` in pagefind-entry.json); a bundle in a language with a stemmer never loads it.
 */
const PLAIN_SEARCH_MODULE = 'wasm.unknown.pagefind';

/** What a bundle's pagefind-entry.json says of its languages. */
interface PagefindEntry {
  languages: Record<string, { wasm: string | null }>;
}

/** Bundle name → digest of the article pages it was built from. */
export type BundleDigests = Record<string, string>;

export interface SearchIndexReport {
  pages: number;
  /** Bundles indexed in this build (the others were kept). */
  indexed: string[];
  bundles: BundleDigests;
  problems: string[];
}

/** The articles of one language edition: what its search page searches. */
export interface SearchEdition {
  lang: Language;
  articles: readonly { id: string; date: string; draft?: boolean }[];
}

/** One bundle of one edition. */
export interface EditionBundle extends SearchBundle {
  lang: Language;
}

/** An article page of a language's edition, in a site folder: `ja/articles/<id>/index.html`. */
const pagePath = (siteDir: string, lang: Language, id: string) =>
  path.join(siteDir, searchFolderOf(lang), 'articles', id, 'index.html');

/** The pages' versions as the staging copy compares files (output-folders.ts). */
function bundleDigest(siteDir: string, { lang, ids }: EditionBundle): string {
  const hash = createHash('sha256').update(JSON.stringify(indexOptions(lang)));
  for (const id of ids) hash.update(`\0${id}\0${fileVersion(statSync(pagePath(siteDir, lang, id)))}`);
  return hash.digest('hex');
}

/**
 * Settles like `work`, or rejects if the event loop runs dry first: a Pagefind backend that dies
 * without answering leaves its promise pending, and the build must fail, not exit half-done.
 */
function settles<T>(work: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () => reject(new Error(`${what} stopped without an answer`));
    process.once('beforeExit', stalled);
    work.then(resolve, reject).finally(() => process.off('beforeExit', stalled));
  });
}

/**
 * The bundle's article pages as a glob for Pagefind, relative to the site folder: Pagefind names
 * pages by their path there. Every folder and file name of an article id is a slug
 * (`ARTICLE_NAME`), so none holds a character a glob reads as a pattern; one that did is refused.
 */
export function bundleGlob({ lang, ids }: EditionBundle): string {
  const unsafe = ids.find((id) => !id.split('/').every((name) => ARTICLE_NAME.test(name)));
  if (unsafe !== undefined) throw new Error(`the article id "${unsafe}" cannot be matched by a glob`);
  const folder = path.posix.join(searchFolderOf(lang), 'articles');
  return `${folder}/{${ids.join(',')}}/index.html`;
}

/** How long Pagefind may take over a bundle (`searchTimeoutSeconds` in src/config.ts), in ms. */
const bundleTimeLimit = (pages: number) => siteConfig.searchTimeoutSeconds * 1000 + pages * 20;

/**
 * Settles like `work`, or stops Pagefind's backend and rejects once `ms` have passed: a backend
 * alive but silent keeps the thread waiting, where a dead one lets `settles` see it. The timer
 * does not keep the thread alive itself, so a dead backend still fails at once.
 */
async function inTime<T>(work: Promise<T>, ms: number, bundle: EditionBundle): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void pagefind.close();
      reject(
        new Error(
          `Pagefind gave no answer in ${Math.round(ms / 1000)} s over the ${bundle.ids.length} pages of ${bundle.name}, and was stopped. ` +
            `Build again; if the machine is only slow, give it longer with SEARCH_TIMEOUT_SECONDS (now ${siteConfig.searchTimeoutSeconds}).`,
        ),
      );
    }, ms).unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Indexes one bundle into `outputPath`, within its time limit. Pagefind reads the bundle's pages
 * where they are, picked by a glob of their paths: no copy, no links, nothing to clean up. A folder
 * of hard links to them cost a folder, a link and their removal a page: 5.6 s of this process at
 * 14,000 pages (profiled once).
 */
export function indexBundle(siteDir: string, bundle: EditionBundle, outputPath: string): Promise<number> {
  return inTime(indexPages(siteDir, bundle, outputPath), bundleTimeLimit(bundle.ids.length), bundle);
}

async function indexPages(siteDir: string, bundle: EditionBundle, outputPath: string): Promise<number> {
  const created = await settles(pagefind.createIndex(indexOptions(bundle.lang)), 'Pagefind');
  if (!created.index) throw new Error(created.errors.join('\n') || 'no index created');
  const added = await settles(created.index.addDirectory({ path: siteDir, glob: bundleGlob(bundle) }), 'Pagefind');
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  const written = await settles(created.index.writeFiles({ outputPath }), 'Pagefind');
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const stemmed = Object.values(entry.languages).every((language) => language.wasm !== null);
  for (const file of readdirSync(outputPath)) {
    if (UNUSED_PAGEFIND_FILE.test(file) || (stemmed && file === PLAIN_SEARCH_MODULE))
      rmSync(path.join(outputPath, file));
  }
  return added.page_count;
}

/** Whether a bundle folder has its entry file and the search module each of its languages loads. */
function isComplete(folder: string): boolean {
  try {
    const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    return Object.values(entry.languages).every(({ wasm }) =>
      existsSync(path.join(folder, wasm === null ? PLAIN_SEARCH_MODULE : `wasm.${wasm}.pagefind`)),
    );
  } catch {
    return false;
  }
}

/** The bundles a language's built search page loads (`data-search-bundles`), newest first. */
function pageBundles(siteDir: string, lang: Language): string | undefined {
  const page = path.join(siteDir, searchFolderOf(lang), 'search', 'index.html');
  try {
    // An edition with no report yet has no bundle: Astro writes the empty attribute without a value.
    const match = /data-search-bundles(?:="([^"]*)")?/.exec(readFileSync(page, 'utf8'));
    return match ? (match[1] ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/** Removes what no bundle needs: folders of old bundles, in the top folder and in each language's. */
function removeUnused(searchDir: string, names: ReadonlySet<string>): void {
  const kept = new Set(
    [...names].flatMap((name) => name.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))),
  );
  const sweep = (folder: string) => {
    for (const entry of readdirSync(path.join(searchDir, folder), { withFileTypes: true })) {
      const name = folder ? `${folder}/${entry.name}` : entry.name;
      if (!kept.has(name)) removeFolder(path.join(searchDir, name));
      else if (entry.isDirectory() && !names.has(name)) sweep(name);
    }
  };
  sweep('');
}

/**
 * Indexes bundles taken from `pending` one after another on a thread of its own
 * (src/cli/search-index-worker.ts) until none is left. A failure empties `pending`, so that the
 * other threads take no further bundle, and rejects once this thread has stopped.
 */
async function indexOnThread(siteDir: string, searchDir: string, pending: EditionBundle[]): Promise<void> {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { siteDir } });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const answer = (bundle: EditionBundle, outputPath: string) =>
    new Promise<number>((resolve, reject) => {
      worker.once('message', ({ pages, error }: { pages?: number; error?: string }) =>
        error === undefined ? resolve(pages!) : reject(new Error(error)),
      );
      // A thread that ends without answering (it crashed, or its backend died and left it nothing to
      // wait for) fails the build instead of leaving it waiting.
      void exited.then(() => reject(new Error(`the search index thread stopped while indexing ${bundle.name}`)));
      worker.postMessage({ bundle, outputPath });
    });
  try {
    for (let bundle = pending.shift(); bundle; bundle = pending.shift()) {
      const outputPath = path.join(searchDir, bundle.name);
      removeFolder(outputPath);
      const indexed = await answer(bundle, outputPath);
      if (indexed !== bundle.ids.length)
        throw new Error(`${bundle.name}: ${indexed} of ${bundle.ids.length} article pages indexed`);
    }
    worker.postMessage('close');
    await exited;
  } catch (error) {
    pending.length = 0;
    await worker.terminate();
    throw error;
  }
}

/**
 * Brings `<siteDir>/pagefind/` up to date for the published `articles`: indexes the bundles whose
 * pages changed since `previous` was recorded, keeps the others, removes what no bundle needs.
 */
export async function buildSearchIndex(
  siteDir: string,
  editions: readonly SearchEdition[],
  previous: BundleDigests,
): Promise<SearchIndexReport> {
  const searchDir = path.join(siteDir, SEARCH_FOLDER);
  const report: SearchIndexReport = { pages: 0, indexed: [], bundles: {}, problems: [] };
  try {
    const bundles: EditionBundle[] = [];
    for (const { lang, articles } of editions) {
      const own = searchBundles(articles, siteConfig.searchBundleArticles, searchFolderOf(lang));
      const listed = pageBundles(siteDir, lang);
      if (listed !== own.map((bundle) => bundle.name).join(' ')) {
        // Astro cut them from its own read of the content: an article saved while the build ran.
        throw new Error(
          `the search page in "${lang}" loads bundles "${listed ?? ''}", the index has "${own.map((bundle) => bundle.name).join(' ')}": build again`,
        );
      }
      bundles.push(...own.map((bundle) => ({ ...bundle, lang })));
    }
    const names = new Set(bundles.map((bundle) => bundle.name));
    mkdirSync(searchDir, { recursive: true });
    removeUnused(searchDir, names);
    const stale: EditionBundle[] = [];
    for (const bundle of bundles) {
      const digest = bundleDigest(siteDir, bundle);
      report.bundles[bundle.name] = digest;
      report.pages += bundle.ids.length;
      const kept = previous[bundle.name] === digest && isComplete(path.join(searchDir, bundle.name));
      if (!kept) stale.push(bundle);
    }
    const pending = [...stale];
    // Settled, not just awaited: both threads have stopped before a failure is reported.
    const runs = await Promise.allSettled(
      Array.from({ length: Math.min(BUNDLES_AT_ONCE, stale.length) }, () => indexOnThread(siteDir, searchDir, pending)),
    );
    const failure = runs.find((run) => run.status === 'rejected');
    if (failure) throw failure.reason;
    report.indexed = stale.map((bundle) => bundle.name);
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
  }
  return report;
}

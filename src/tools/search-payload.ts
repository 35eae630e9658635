/**
 * What a reader's first search downloads: the search page's script, Pagefind's script and the index
 * files Pagefind fetches for one query and its first ten results, with every bundle merged
 * as the search page does. Measured by running the built `pagefind.js` in Node with `fetch` served
 * from the built folder, so it counts the real files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEARCH_FOLDER } from '../output/search.ts';

/** The part of Pagefind's browser bundle used here and by the search tests. */
export interface PagefindModule<Result> {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: Result[] }>;
  destroy(): Promise<void>;
}

/**
 * The bundle folders of a built site's search index, newest first: the English edition's, or with
 * `folder` (`ja`) a language edition's, named as its search page names them (`ja/2022`).
 */
export function bundleNames(siteDir: string, folder = ''): string[] {
  return readdirSync(path.join(siteDir, SEARCH_FOLDER, folder))
    .filter((name) => /^\d{4}(-\d{4})?$/.test(name))
    .sort()
    .reverse()
    .map((name) => (folder ? `${folder}/${name}` : name));
}

/**
 * Loads a built site's search index in Node as the search page does: the newest bundle's
 * `pagefind.js`, the other bundles merged in. `fetch` must serve `file:` URLs (Node's does not).
 */
export async function loadSearchIndex<Result>(siteDir: string, baseUrl: string): Promise<PagefindModule<Result>> {
  const [newest, ...older] = bundleNames(siteDir);
  const folder = (name: string) => path.join(siteDir, SEARCH_FOLDER, name);
  const pagefind = (await import(
    pathToFileURL(path.join(folder(newest ?? ''), 'pagefind.js')).href
  )) as PagefindModule<Result>;
  // A page derives the base from the bundle's URL; from a file URL it cannot, so say it.
  const options = { baseUrl, excerptLength: 24 };
  await pagefind.options(options);
  for (const name of older) await pagefind.mergeIndex(`${pathToFileURL(folder(name)).href}/`, options);
  return pagefind;
}

export interface SearchPayload {
  totalBytes: number;
  pageScriptBytes: number;
  pagefindScriptBytes: number;
  indexBytes: number;
  indexFiles: number;
}

export async function firstQueryBytes(siteDir: string, query: string): Promise<SearchPayload> {
  const fetched: number[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return realFetch(input);
    const body = readFileSync(fileURLToPath(url));
    fetched.push(body.length);
    return new Response(body);
  }) as typeof fetch;
  try {
    const pagefind = await loadSearchIndex<{ data(): Promise<unknown> }>(siteDir, '/');
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 10).map((result) => result.data()));
    await pagefind.destroy();
    const scripts = readdirSync(path.join(siteDir, '_astro')).filter((file) => file.endsWith('.js'));
    const pageScriptBytes = scripts.reduce(
      (sum, file) => sum + readFileSync(path.join(siteDir, '_astro', file)).length,
      0,
    );
    const pagefindScriptBytes = readFileSync(
      path.join(siteDir, SEARCH_FOLDER, bundleNames(siteDir)[0] ?? '', 'pagefind.js'),
    ).length;
    const indexBytes = fetched.reduce((sum, bytes) => sum + bytes, 0);
    return {
      totalBytes: pageScriptBytes + pagefindScriptBytes + indexBytes,
      pageScriptBytes,
      pagefindScriptBytes,
      indexBytes,
      indexFiles: fetched.length,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}

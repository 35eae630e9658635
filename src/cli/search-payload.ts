/**
 * What a reader's first search downloads: the search page's script, Pagefind's script and the index
 * files Pagefind fetches for one query and its first ten results, with every bundle merged
 * as the search page does. Measured by running the built `pagefind.js` in Node with `fetch` served
 * from the built folder, so it counts the real files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEARCH_FOLDER } from '../lib/search.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  destroy(): Promise<void>;
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
    const searchDir = path.join(siteDir, SEARCH_FOLDER);
    const [newest, ...older] = readdirSync(searchDir).sort().reverse();
    const bundle = path.join(searchDir, newest ?? '', 'pagefind.js');
    const pagefind = (await import(pathToFileURL(bundle).href)) as Pagefind;
    const options = { baseUrl: '/', excerptLength: 24 };
    await pagefind.options(options);
    for (const year of older) await pagefind.mergeIndex(`${pathToFileURL(path.join(searchDir, year)).href}/`, options);
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 10).map((result) => result.data()));
    await pagefind.destroy();
    const scripts = readdirSync(path.join(siteDir, '_astro')).filter((file) => file.endsWith('.js'));
    const pageScriptBytes = scripts.reduce((sum, file) => sum + readFileSync(path.join(siteDir, '_astro', file)).length, 0);
    const pagefindScriptBytes = readFileSync(bundle).length;
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

/**
 * Search, end to end: builds a synthetic corpus with the real pipeline (`npm run build`, Pagefind
 * included), then runs real queries against the built index by loading the browser bundle in Node
 * as the search page does (the newest bundle's `pagefind/<years>/pagefind.js`, the other bundles
 * merged in: `loadSearchIndex`, shared with the benchmark), with `fetch` served from the built
 * folder. Also checks the `/search/` page's HTML, that only it loads JavaScript, its CSP, and a
 * build under `/archive/`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excerptParts, searchBundles } from '../../src/output/search.ts';
import { bundleNames, loadSearchIndex, type PagefindModule } from '../../src/tools/search-payload.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus, type Corpus, type CorpusArticle } from '../../src/tools/synthetic-corpus.ts';
import {
  hashTree,
  listFiles,
  readSite,
  removeCache,
  runBuild,
  text,
  type BuildResult,
  type Site,
} from '../support/site.ts';

const corpus: Corpus = makeCorpus({ articles: 14, drafts: 1, seed: 11 });
const published = corpus.articles.filter((a) => !a.draft);
const draft = corpus.articles.find((a) => a.draft)!;
/** A made-up word written into these articles only (and the draft), so the right answer is known. */
const MARKER = 'heliopause';
const marked = published.filter((_, index) => index % 3 === 0);
/** A word only the draft contains. */
const DRAFT_WORD = 'quasiperiodic';

/** Small bundles, so that the search page merges several, as it does for a real archive. */
const BUNDLE_ARTICLES = 4;
const buildEnv = { SEARCH_BUNDLE_ARTICLES: String(BUNDLE_ARTICLES) };

const work = mkdtempSync(path.join(tmpdir(), 'sda-search-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const baseOutDir = path.join(work, 'dist-archive');
const againDir = path.join(work, 'dist-again');
let againBuild: BuildResult;
let site: Site;

const nameOf = (kind: 'countries' | 'programs' | 'leaders', id: string) => corpus[kind].find((t) => t.id === id)!.name;
const urlOf = (article: CorpusArticle, base = '/') => `${base}articles/${article.id}/`;

// --- Pagefind's browser bundle in Node ------------------------------------------------------------

interface PagefindResult {
  data(): Promise<{
    url: string;
    content: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
type Pagefind = PagefindModule<PagefindResult>;

/** Every file Pagefind fetched, with its size: what a browser downloads for the same query. */
const fetched: { url: string; bytes: number }[] = [];
const realFetch = globalThis.fetch;

/** Pagefind's bundle fetches its index next to itself: from disk here, as a static host would. */
async function fileFetch(input: string | URL | Request): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== 'file:') return realFetch(input);
  try {
    const body = readFileSync(fileURLToPath(url));
    fetched.push({ url: url.pathname, bytes: body.length });
    return new Response(body, { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

const bundleDir = (siteDir: string, name: string) => path.join(siteDir, 'pagefind', name);
const loadPagefind = (siteDir: string, base: string) => loadSearchIndex<PagefindResult>(siteDir, base);

/** A bundle's entry file: its languages and their page counts. */
const entryOf = (siteDir: string, name: string) =>
  JSON.parse(readFileSync(path.join(bundleDir(siteDir, name), 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

async function urlsFor(
  pagefind: Pagefind,
  term: string | null,
  filters: Record<string, string> = {},
): Promise<string[]> {
  const { results } = await pagefind.search(term, { filters });
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => d.url).sort();
}

let pagefind: Pagefind;

beforeAll(async () => {
  await writeCorpus(contentDir, corpus, 11);
  const append = (article: CorpusArticle, paragraph: string) => {
    const file = path.join(contentDir, 'articles', `${article.id}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${paragraph}\n`);
  };
  // Markdown-escaped angle brackets: text that looks like a tag must reach the excerpt as text.
  for (const article of marked)
    append(article, `Delegates also discussed the ${MARKER} probe & its \\<relay\\> budget.`);
  append(draft, `The ${MARKER} and ${DRAFT_WORD} notes are not ready.`);

  const build = runBuild(contentDir, outDir, buildEnv);
  if (build.code !== 0) throw new Error(`Search fixture build failed:\n${build.output}`);
  // A second build of the same content, straight after, for the byte-identity check.
  againBuild = runBuild(contentDir, againDir, buildEnv);
  site = readSite(outDir);
  globalThis.fetch = fileFetch as typeof fetch;
  pagefind = await loadPagefind(outDir, '/');
});

afterAll(async () => {
  await pagefind?.destroy();
  removeCache(contentDir);
  globalThis.fetch = realFetch;
  rmSync(work, { recursive: true, force: true });
});

describe('the search index', () => {
  it('indexes every published article and nothing else, in bundles of whole years', () => {
    const bundles = searchBundles(published, BUNDLE_ARTICLES);
    expect(bundles.length).toBeGreaterThan(1);
    expect(bundleNames(outDir)).toEqual(bundles.map((bundle) => bundle.name));
    for (const { name, ids } of bundles) {
      const entry = entryOf(outDir, name);
      expect(Object.keys(entry.languages), name).toEqual(['en']);
      expect(entry.languages['en']!.page_count, name).toBe(ids.length);
    }
  });

  it('names the same bundles on the search page, for its script to load', () => {
    const form = site.page('/search/').querySelector('form[role="search"]')!;
    expect(form.getAttribute('data-search-bundles')!.split(' ')).toEqual(bundleNames(outDir));
  });

  it('finds exactly the articles that contain a word', async () => {
    expect(marked.length).toBeGreaterThan(1);
    expect(await urlsFor(pagefind, MARKER)).toEqual(marked.map((a) => urlOf(a)).sort());
  });

  it('gives each result its title, date and an excerpt with the match highlighted', async () => {
    const { results } = await pagefind.search(MARKER);
    const first = await results[0]!.data();
    const article = marked.find((a) => urlOf(a) === first.url)!;
    expect(first.meta['title']).toBe(article.title);
    expect(first.meta['date']).toBe(article.date);
    expect(first.excerpt).toContain(`<mark>${MARKER}</mark>`);
    // Text that looks like markup is escaped in the excerpt; the page shows it as text.
    expect(first.excerpt).not.toMatch(/<(?!\/?mark>)/);
    const shown = excerptParts(first.excerpt);
    expect(shown.map((part) => part.text).join('')).toContain(`${MARKER} probe & its <relay> budget`);
    expect(shown.filter((part) => part.mark).map((part) => part.text)).toEqual([MARKER]);
    // Heading links (`#`) are left out of the indexed text.
    expect(first.content).not.toContain('#');
  });

  it('narrows by country, program, leader and year, returning only articles tagged with them', async () => {
    const cases: [string, string, (a: CorpusArticle) => boolean][] = [];
    for (const country of corpus.countries)
      cases.push(['country', country.name, (a) => a.countries.includes(country.id)]);
    for (const program of corpus.programs)
      cases.push(['program', program.name, (a) => a.programs.includes(program.id)]);
    for (const leader of corpus.leaders) cases.push(['leader', leader.name, (a) => a.leaders.includes(leader.id)]);
    for (const year of ['2021', '2022']) cases.push(['year', year, (a) => a.date.startsWith(year)]);
    let narrowed = 0;
    for (const [filter, value, tagged] of cases) {
      const expected = marked
        .filter(tagged)
        .map((a) => urlOf(a))
        .sort();
      expect(await urlsFor(pagefind, MARKER, { [filter]: value }), `${filter}=${value}`).toEqual(expected);
      // Filters alone (no words) list every tagged article.
      expect(await urlsFor(pagefind, null, { [filter]: value }), `${filter}=${value} only`).toEqual(
        published
          .filter(tagged)
          .map((a) => urlOf(a))
          .sort(),
      );
      if (expected.length > 0 && expected.length < marked.length) narrowed += 1;
    }
    expect(narrowed, 'some filter really narrows the word search').toBeGreaterThan(0);
  });

  it('sorts a year by publication date (data-pagefind-sort), as filter-only searches do year by year', async () => {
    for (const year of new Set(published.map((a) => a.date.slice(0, 4)))) {
      const { results } = await pagefind.search(null, { filters: { year }, sort: { date: 'desc' } });
      const dates = (await Promise.all(results.map((r) => r.data()))).map((d) => d.meta['date']!);
      const expected = published.filter((a) => a.date.startsWith(year)).map((a) => a.date);
      expect(expected.length, year).toBeGreaterThan(1);
      expect(dates, year).toEqual(expected.sort().reverse());
    }
  });

  it('combines filters', async () => {
    const article = marked[0]!;
    const filters = { country: nameOf('countries', article.countries[0]!), year: article.date.slice(0, 4) };
    const expected = marked
      .filter((a) => a.countries.includes(article.countries[0]!) && a.date.startsWith(filters.year))
      .map((a) => urlOf(a))
      .sort();
    expect(await urlsFor(pagefind, MARKER, filters)).toEqual(expected);
  });

  it('returns nothing for a word no article contains', async () => {
    expect(await urlsFor(pagefind, 'xylophonequark')).toEqual([]);
  });

  it('never returns the home page, term lists, agreements or any other non-article page', async () => {
    // Words from list pages, term pages, agreement titles and the page chrome.
    for (const word of ['Synthetic', 'summit', 'accord', 'Aldoria', 'Latest', 'Archive', 'Agreements']) {
      for (const url of await urlsFor(pagefind, word)) expect(url, word).toMatch(/^\/articles\/\d{4}\/[^/]+\/$/);
    }
    const all = await urlsFor(pagefind, null);
    expect(all).toEqual(published.map((a) => urlOf(a)).sort());
  });

  it('never finds a draft', async () => {
    // Pagefind forgives typos, so a rare word may still match something near it; never the draft.
    const { results } = await pagefind.search(DRAFT_WORD);
    for (const result of results) {
      const data = await result.data();
      expect(data.url).not.toBe(urlOf(draft));
      expect(data.content.toLowerCase()).not.toContain(DRAFT_WORD);
    }
    expect(await urlsFor(pagefind, DRAFT_WORD)).not.toContain(urlOf(draft));
    expect(await urlsFor(pagefind, MARKER)).not.toContain(urlOf(draft));
    for (const name of bundleNames(outDir)) {
      expect(readFileSync(path.join(bundleDir(outDir, name), 'pagefind-entry.json'), 'utf8')).not.toContain(draft.id);
    }
  });

  it('keeps the first query small: the page script, Pagefind and only the index parts it needs', async () => {
    // Start afresh, as a browser opening /search/?q=… does, and count what Pagefind fetches.
    await pagefind.destroy();
    fetched.length = 0;
    pagefind = await loadPagefind(outDir, '/');
    const { results } = await pagefind.search(MARKER);
    await Promise.all(results.slice(0, 10).map((r) => r.data()));
    const script = listFiles(path.join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
    const scriptBytes = script.reduce((sum, f) => sum + readFileSync(path.join(outDir, '_astro', f)).length, 0);
    const bundleBytes = readFileSync(path.join(bundleDir(outDir, bundleNames(outDir)[0]!), 'pagefind.js')).length;
    const indexBytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
    const total = scriptBytes + bundleBytes + indexBytes;
    console.log(
      `first query download: ${total} bytes (page script ${scriptBytes}, pagefind.js ${bundleBytes}, index files ${indexBytes}: ${fetched
        .map((f) => `${path.basename(f.url)} ${f.bytes}`)
        .join(', ')})`,
    );
    expect(fetched.map((f) => f.url).some((u) => u.includes('worker') || u.includes('-ui'))).toBe(false);
    expect(total).toBeLessThan(200_000);
  });

  it('is byte-identical when the same content is built again', () => {
    expect(againBuild.code, againBuild.output).toBe(0);
    expect(hashTree(path.join(againDir, 'pagefind'))).toEqual(hashTree(path.join(outDir, 'pagefind')));
  });
});

describe('the /search/ page', () => {
  it('has a real GET form with role=search and a labelled search input', () => {
    const page = site.page('/search/');
    const form = page.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/search/');
    const input = form.querySelector('input[type="search"][name="q"]')!;
    const label = form.querySelector(`label[for="${input.getAttribute('id')}"]`);
    expect(text(label)).not.toBe('');
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
    expect(page.querySelector('main [role="status"][aria-live="polite"]')).not.toBeNull();
  });

  it('offers every country, program, leader and year with an article as a labelled filter', () => {
    const form = site.page('/search/').querySelector('form[role="search"]')!;
    const used = (kind: 'countries' | 'programs' | 'leaders') =>
      corpus[kind]
        .filter((t) => published.some((a) => a[kind].includes(t.id)))
        .map((t) => t.name)
        .sort();
    const expected: Record<string, string[]> = {
      country: used('countries'),
      program: used('programs'),
      leader: used('leaders'),
      year: [...new Set(published.map((a) => a.date.slice(0, 4)))].sort().reverse(),
    };
    expect(form.querySelector('fieldset legend')).not.toBeNull();
    for (const [name, values] of Object.entries(expected)) {
      const select = form.querySelector(`select[name="${name}"]`)!;
      expect(text(form.querySelector(`label[for="${select.getAttribute('id')}"]`)), name).not.toBe('');
      const options = select.querySelectorAll('option').map((o) => o.getAttribute('value'));
      expect(options[0], name).toBe('');
      const listed = options.slice(1);
      expect(name === 'year' ? listed : [...listed].sort(), name).toEqual(values);
    }
  });

  it('says without JavaScript that search needs it, and links to the indexes and the archive', () => {
    const fallback = site.page('/search/').querySelector('[data-search-fallback]')!;
    expect(fallback.hasAttribute('hidden')).toBe(false);
    expect(text(fallback)).toContain('JavaScript');
    for (const href of ['/countries/', '/programs/', '/leaders/', '/summits/', '/archive/']) {
      expect(fallback.querySelector(`a[href="${href}"]`), href).not.toBeNull();
    }
  });

  it('loads one external module script, and no other page loads any script file', () => {
    const scripts = site.page('/search/').querySelectorAll('script');
    const external = scripts.filter((s) => s.getAttribute('src'));
    expect(external).toHaveLength(1);
    expect(external[0]!.getAttribute('type')).toBe('module');
    expect(external[0]!.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.js$/);
    // No inline script: only structured data (not executed) may appear inline.
    for (const s of scripts.filter((s) => !s.getAttribute('src')))
      expect(s.getAttribute('type')).toBe('application/ld+json');
    for (const [urlPath, page] of site.pages) {
      // Each edition's search page loads the same script.
      if (/^\/((ja|ko)\/)?search\/$/.test(urlPath)) {
        expect(page.querySelector('script[src]')?.getAttribute('src'), urlPath).toBe(external[0]!.getAttribute('src'));
        continue;
      }
      expect(page.querySelectorAll('script[src]'), urlPath).toHaveLength(0);
    }
  });

  it('allows WebAssembly on the search page only', () => {
    const csp = (urlPath: string) =>
      site.page(urlPath).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp('/search/')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp('/search/')).not.toContain('unsafe-inline');
    for (const urlPath of ['/', `/articles/${published[0]!.id}/`, '/archive/']) {
      expect(csp(urlPath), urlPath).toMatch(/script-src 'self'/);
      expect(csp(urlPath), urlPath).not.toContain('wasm-unsafe-eval');
    }
  });

  it('is in the site navigation', () => {
    expect(site.page('/').querySelector('nav .site-nav a[href="/search/"]')).not.toBeNull();
    expect(site.page('/search/').querySelector('nav a[href="/search/"]')?.getAttribute('aria-current')).toBe('page');
  });

  it('has a script that loads Pagefind from the site', () => {
    const src = site.page('/search/').querySelector('script[src]')!.getAttribute('src')!;
    const js = readFileSync(path.join(outDir, src), 'utf8');
    expect(js).toContain('pagefind.js');
    expect(js).toContain('mergeIndex');
    expect(js).not.toContain('innerHTML');
  });
});

describe('search under a base path', () => {
  let baseSite: Site;
  let basePagefind: Pagefind;

  beforeAll(async () => {
    const build = runBuild(contentDir, baseOutDir, { ...buildEnv, SITE_BASE: '/archive/' });
    if (build.code !== 0) throw new Error(`Base-path build failed:\n${build.output}`);
    baseSite = readSite(baseOutDir);
    basePagefind = await loadPagefind(baseOutDir, '/archive/');
  });

  afterAll(async () => {
    await basePagefind?.destroy();
  });

  it('points the form, the script and Pagefind at /archive/', () => {
    const page = baseSite.page('/search/');
    expect(page.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/archive/search/');
    const src = page.querySelector('script[src]')!.getAttribute('src')!;
    expect(src).toMatch(/^\/archive\/_astro\//);
    const js = readFileSync(path.join(baseOutDir, src.slice('/archive/'.length)), 'utf8');
    expect(js).toContain('/archive/');
    expect(js).toContain('pagefind.js');
    expect(baseSite.page('/').querySelector('nav a[href="/archive/search/"]')).not.toBeNull();
  });

  it('returns article URLs under /archive/', async () => {
    expect(await urlsFor(basePagefind, MARKER)).toEqual(marked.map((a) => urlOf(a, '/archive/')).sort());
  });
});

describe('a failed search index', () => {
  it('fails the build and leaves the previous output untouched', () => {
    const before = hashTree(outDir);
    // An edited article: its bundle must be indexed again (an unchanged bundle is kept).
    const file = path.join(contentDir, 'articles', `${published[0]!.id}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA correction.\n`);
    const failed = runBuild(contentDir, outDir, {
      ...buildEnv,
      PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind',
    });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('search index (Pagefind) could not be built');
    expect(failed.output).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(before);
  });

  it('stops a Pagefind that never answers, in its time limit, and leaves neither output nor process behind', () => {
    // Reads every request, answers none, and outlives the build unless it is stopped.
    const silent = fakePagefind(
      'silent',
      `#!${process.execPath}\nprocess.stdin.resume();\nsetInterval(() => {}, 60_000);\n`,
    );
    const before = hashTree(outDir);
    const failed = runBuild(contentDir, outDir, {
      ...buildEnv,
      PAGEFIND_EXTENDED_BINARY_PATH: silent,
      SEARCH_TIMEOUT_SECONDS: '1',
    });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/Pagefind gave no answer in 1 s over the \d+ pages of \S+, and was stopped/);
    expect(failed.output).toContain('SEARCH_TIMEOUT_SECONDS (now 1)');
    expect(hashTree(outDir)).toEqual(before);
    const leftover = processesOf(silent);
    for (const pid of leftover) process.kill(Number(pid));
    expect(leftover).toEqual([]);
  });

  it('fails the build when Pagefind dies without answering', () => {
    const dying = fakePagefind('dying', '#!/bin/sh\nhead -c 1 > /dev/null\nexit 7\n');
    const before = hashTree(outDir);
    const failed = runBuild(contentDir, outDir, { ...buildEnv, PAGEFIND_EXTENDED_BINARY_PATH: dying });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('Pagefind stopped without an answer');
    expect(hashTree(outDir)).toEqual(before);
  });
});

/** An executable standing in for Pagefind's backend, in the test's folder. */
function fakePagefind(name: string, script: string): string {
  const file = path.join(work, name);
  writeFileSync(file, script, { mode: 0o755 });
  return file;
}

/** The running processes whose command line names `file`, by their /proc entries. */
function processesOf(file: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(file) ? [pid] : [];
      } catch {
        return [];
      }
    });
}

/**
 * Incremental builds: after editors change articles or a data file, a rebuild that reuses the pages
 * of the previous build must publish exactly what a clean build of the same content publishes, and
 * must really reuse them. Each round edits the corpus, rebuilds in place, then builds a copy of the
 * content from nothing and compares every file.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus } from '../../src/tools/synthetic-corpus.ts';
import { hashTree, removeCache, runBuild, setupFolders } from '../support/site.ts';

// A third of the reports translated into Japanese and Korean: an edit must stay in its language.
const corpus = makeCorpus({ articles: 25, seed: 11, translations: 0.3 });
/** Small search bundles, so that an edit re-indexes one of several. */
const buildEnv = { SEARCH_BUNDLE_ARTICLES: '8' };
const work = mkdtempSync(path.join(tmpdir(), 'sda-incremental-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cleanContentDirs: string[] = [];

const articleFile = (id: string) => path.join(contentDir, 'articles', `${id}.md`);
const [bodyEdited, titleEdited, retagged, deleted, copied, editedBeforeFailure] = corpus.articles
  .slice(3, 9)
  .map((a) => a.id) as [string, string, string, string, string, string];

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The edit changed nothing in ${file}`);
  writeFileSync(file, after);
}

/** How many pages Astro rendered and how many it reused, from the build log. */
function pageCounts(output: string): { rendered: number; reused: number } {
  const pages = output.match(/├─/g)?.length ?? 0;
  const reused = output.match(/\((restored|cached)\)/g)?.length ?? 0;
  return { rendered: pages - reused, reused };
}

/** The pages Astro rendered (not reused), by output path, from the build log. */
function renderedPaths(output: string): string[] {
  // Astro writes a page's line when it starts it: entries can share a line, so split on the marks.
  return stripVTControlCharacters(output)
    .split(/[├└]─/)
    .slice(1)
    .filter((entry) => !/^[^\n]*\((restored|cached)\)/.test(entry))
    .flatMap((entry) => /^\s*(\/\S+?\.(?:html|xml|json|csv|txt|png))/.exec(entry)?.[1] ?? []);
}

/** Builds the current content into `outDir` again, then a copy of it from nothing, and returns both trees. */
function rebuildAndCompare(round: string) {
  const incremental = runBuild(contentDir, outDir, buildEnv);
  if (incremental.code !== 0) throw new Error(`Incremental build failed:\n${incremental.output}`);
  const cleanContent = path.join(work, `content-${round}`);
  cpSync(contentDir, cleanContent, { recursive: true });
  cleanContentDirs.push(cleanContent);
  const cleanOut = path.join(work, `dist-clean-${round}`);
  const clean = runBuild(cleanContent, cleanOut, buildEnv);
  if (clean.code !== 0) throw new Error(`Clean build failed:\n${clean.output}`);
  return {
    incremental: hashTree(outDir),
    clean: hashTree(cleanOut),
    counts: pageCounts(incremental.output),
    output: incremental.output,
  };
}

beforeAll(async () => {
  await writeCorpus(contentDir, corpus, 11);
  const first = runBuild(contentDir, outDir, buildEnv);
  if (first.code !== 0) throw new Error(`First build failed:\n${first.output}`);
});

afterAll(() => {
  for (const dir of [contentDir, ...cleanContentDirs]) removeCache(dir);
  rmSync(work, { recursive: true, force: true });
});

describe('incremental rebuilds', () => {
  // Pages without a key (home, search, lists, data exports) are rendered every time.
  let alwaysRendered: number;
  let alwaysRenderedPaths: Set<string>;

  /**
   * The pages a rebuild rendered beyond those rendered every time: each must show the report
   * (link to it in its language, at `href`), so that an edit touches only its own pages.
   */
  function renderedBeyondLists(output: string): string[] {
    return renderedPaths(output).filter((file) => !alwaysRenderedPaths.has(file));
  }
  const shows = (file: string, href: string) => readFileSync(path.join(outDir, file), 'utf8').includes(href);

  it('after a build from nothing, keep no second copy of the site (the first rebuild copies the published one)', () => {
    const cacheDir = path.dirname(setupFolders(contentDir, outDir).stagingDir);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('staging-'))).toEqual([]);
  });

  it('with nothing changed, reuse every keyed page and publish the same files', () => {
    const before = hashTree(outDir);
    const rebuild = runBuild(contentDir, outDir, buildEnv);
    expect(rebuild.code, rebuild.output).toBe(0);
    expect(hashTree(outDir)).toEqual(before);
    expect(rebuild.output).toContain('Staging folder: a copy of the published site');
    expect(rebuild.output).toMatch(/Search index: .*, 0 bundle\(s\) indexed, [1-9]\d* kept/);
    const counts = pageCounts(rebuild.output);
    expect(counts.reused).toBeGreaterThan(corpus.articles.length);
    alwaysRendered = counts.rendered;
    alwaysRenderedPaths = new Set(renderedPaths(rebuild.output));
  });

  it('after a correction in one translation’s text, re-render that translated page alone', () => {
    const translation = corpus.translations.find((t) => t.lang === 'ko')!;
    edit(
      articleFile(`${translation.id}.ko`),
      (text) => `${text}
정정: 게재 후 문장을 바로잡았습니다.
`,
    );
    const { incremental, clean, output } = rebuildAndCompare('translation-body');
    expect(incremental).toEqual(clean);
    expect(renderedBeyondLists(output)).toEqual([`/ko/articles/${translation.id}/index.html`]);
    expect(output).toMatch(/Search index: .*, 1 bundle\(s\) indexed, [1-9]\d* kept/);
  });

  it('after a headline edit in a translation, re-render only pages of that report in that language', () => {
    // A report without agreements, as above: an agreement's pages list the titles of its reports.
    const withoutAgreements = new Set(corpus.articles.filter((a) => a.agreements.length === 0).map((a) => a.id));
    const translation = corpus.translations.find((t) => t.lang === 'ja' && withoutAgreements.has(t.id))!;
    edit(articleFile(`${translation.id}.ja`), (text) => text.replace(/^title: ".*"$/m, 'title: "見出しを改めました"'));
    const { incremental, clean, output } = rebuildAndCompare('translation-headline');
    expect(incremental).toEqual(clean);
    const rendered = renderedBeyondLists(output);
    expect(rendered).toContain(`/ja/articles/${translation.id}/index.html`);
    for (const file of rendered) {
      expect(file, 'in Japanese only').toMatch(/^\/ja\//);
      expect(shows(file, `/ja/articles/${translation.id}/`), `${file} shows the report`).toBe(true);
    }
  });

  it('after a headline edit in an original, re-render only pages that show it in each language', () => {
    const translated = new Set(corpus.translations.map((t) => t.id));
    const article = corpus.articles.find(
      (a) => !a.draft && translated.has(a.id) && a.agreements.length === 0 && a.id !== titleEdited,
    )!;
    edit(articleFile(article.id), (text) => text.replace(/^title: ".*"$/m, 'title: "An original headline, edited"'));
    const { incremental, clean, output } = rebuildAndCompare('original-headline');
    expect(incremental).toEqual(clean);
    const rendered = renderedBeyondLists(output);
    expect(rendered).toContain(`/articles/${article.id}/index.html`);
    // A translation has its own headline: an edition shows the English one only where it links the original.
    for (const file of rendered) expect(shows(file, `/articles/${article.id}/`), `${file} shows the report`).toBe(true);
  });

  it('after a correction in one article body, re-render that article page alone', () => {
    edit(articleFile(bodyEdited), (text) => `${text}\nA correction was added after publication.\n`);
    const { incremental, clean, counts, output } = rebuildAndCompare('body');
    expect(incremental).toEqual(clean);
    expect(counts.rendered).toBe(alwaysRendered + 1);
    expect(renderedBeyondLists(output)).toEqual([`/articles/${bodyEdited}/index.html`]);
    // Only the search bundle holding the edited article is built again.
    expect(output).toMatch(/Search index: .*, 1 bundle\(s\) indexed, [1-9]\d* kept/);
  });

  it('after a headline edit, re-render among relation pages only those of the article’s own pairs', () => {
    // An article without agreements: an agreement's pages show the titles of the reports on it.
    const article = corpus.articles.find(
      (a) => new Set(a.countries).size > 1 && a.agreements.length === 0 && a.id !== titleEdited,
    )!;
    edit(articleFile(article.id), (text) => text.replace(/^title: ".*"$/m, 'title: "A headline for the pairs"'));
    const { incremental, clean, output } = rebuildAndCompare('pair-headline');
    expect(incremental).toEqual(clean);
    const ids = [...new Set(article.countries)].sort();
    const own = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => `/relations/${x}/${y}/`));
    // The index of relations has no key: it is rendered every time, like the other lists.
    const relationPages = renderedPaths(output).filter((file) => /^\/relations\/[^/]+\/[^/]+\//.test(file));
    expect(relationPages.length).toBeGreaterThan(0);
    for (const file of relationPages)
      expect(
        own.some((prefix) => file.startsWith(prefix)),
        file,
      ).toBe(true);
    for (const prefix of own)
      expect(
        relationPages.some((file) => file.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('after a build that failed once Astro had run, start from nothing and publish what a clean build publishes', () => {
    // Astro's page cache now holds the edited page, the published site does not.
    edit(articleFile(editedBeforeFailure), (text) => `${text}\nA second correction.\n`);
    const failed = runBuild(contentDir, outDir, {
      ...buildEnv,
      PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind',
    });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('Astro build:');
    expect(failed.output).toContain('the search index (Pagefind) could not be built');
    const { incremental, clean, output } = rebuildAndCompare('after-failure');
    expect(output).toContain('Staging folder: empty');
    expect(incremental).toEqual(clean);
  });

  it('after headline, tag, new and deleted articles, publish what a clean build publishes', () => {
    edit(articleFile(titleEdited), (text) => text.replace(/^title: ".*"$/m, 'title: "A corrected headline"'));
    const retaggedCountries = corpus.articles.find((a) => a.id === retagged)!.countries;
    const newCountry = corpus.countries.map((c) => c.id).find((id) => !retaggedCountries.includes(id))!;
    edit(articleFile(retagged), (text) => text.replace(/^countries:\n/m, `countries:\n  - "${newCountry}"\n`));
    rmSync(articleFile(deleted));
    const added = path.join(contentDir, 'articles', '2022/a-new-report.md');
    cpSync(articleFile(copied), added);
    edit(added, (text) => text.replace(/^title: ".*"$/m, 'title: "A new report on the lunar relay"'));

    const { incremental, clean, counts } = rebuildAndCompare('frontmatter');
    expect(incremental).toEqual(clean);
    expect(counts.reused).toBeGreaterThan(0);
  });

  it('after a data file edit, publish what a clean build publishes', () => {
    edit(path.join(contentDir, 'countries.yaml'), (text) => text.replace('name: Aldoria', 'name: Aldoria Republic'));
    const { incremental, clean } = rebuildAndCompare('data');
    expect(incremental).toEqual(clean);
  });
});

describe('an output folder on another file system', () => {
  // The staging folder lives in node_modules/.astro/; a tmpfs such as /dev/shm cannot take hard links from it.
  const otherDevice = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/sda-incremental-') : undefined;
  afterAll(() => {
    if (otherDevice) rmSync(otherDevice, { recursive: true, force: true });
  });

  it.runIf(otherDevice)('is published, rebuilt from its copy and equal to a build on this file system', () => {
    const farOut = path.join(otherDevice!, 'dist');
    const first = runBuild(contentDir, farOut, buildEnv);
    expect(first.code, first.output).toBe(0);
    edit(articleFile(bodyEdited), (text) => `${text}\nAnother correction.\n`);
    const rebuild = runBuild(contentDir, farOut, buildEnv);
    expect(rebuild.code, rebuild.output).toBe(0);
    expect(rebuild.output).toContain('Staging folder: a copy of the published site');
    const here = runBuild(contentDir, outDir, buildEnv);
    expect(here.code, here.output).toBe(0);
    expect(hashTree(farOut)).toEqual(hashTree(outDir));
  });
});

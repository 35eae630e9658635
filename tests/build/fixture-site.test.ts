/**
 * Builds a synthetic corpus larger than one page with the real pipeline, then checks every page
 * kind in the built HTML: links, counts, pagination, drafts, time-zone independence, and that a
 * failed build leaves the previous output alone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { taxonomyKinds, type TaxonomyKind } from '../../src/domain/taxonomy.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus, type Corpus, type CorpusArticle } from '../../src/tools/synthetic-corpus.ts';
import {
  brokenLinks,
  hashTree,
  readSite,
  removeCache,
  runBuild,
  text,
  type BuildResult,
  type Site,
} from '../support/site.ts';

const PUBLISHED = 50;
const corpus: Corpus = makeCorpus({ articles: PUBLISHED, drafts: 1, seed: 7 });
const published = corpus.articles.filter((a) => !a.draft);
const draft = corpus.articles.find((a) => a.draft)!;
const newestFirst = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

const work = mkdtempSync(path.join(tmpdir(), 'sda-fixture-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
let build: BuildResult;
let site: Site;

function termIds(article: CorpusArticle, kind: TaxonomyKind): string[] {
  if (kind === 'summits') return article.summit ? [article.summit] : [];
  return article[kind];
}

/** Article URLs listed on a page's main article list. */
function listedArticles(site: Site, urlPath: string): string[] {
  return site
    .page(urlPath)
    .querySelectorAll('main .article-list a')
    .map((a) => a.getAttribute('href')!);
}

function paginationLinks(site: Site, urlPath: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const a of site.page(urlPath).querySelectorAll('nav.pagination a')) links[text(a)] = a.getAttribute('href')!;
  return links;
}

beforeAll(async () => {
  await writeCorpus(contentDir, corpus, 7);
  build = runBuild(contentDir, outDir, { TZ: 'Pacific/Pago_Pago' });
  if (build.code !== 0) throw new Error(`Fixture build failed:\n${build.output}`);
  site = readSite(outDir);
});

afterAll(() => {
  for (const dir of [contentDir, path.join(work, 'bad-content')]) removeCache(dir);
  rmSync(work, { recursive: true, force: true });
});

describe('fixture site build', () => {
  it('builds every page kind of the URL contract', () => {
    const expected = [
      '/',
      '/page/2/',
      `/articles/${published[0]!.id}/`,
      ...taxonomyKinds.map((kind) => `/${kind}/`),
      '/countries/aldoria/',
      '/programs/lunar-relay/',
      '/leaders/leader-aldoria/',
      '/summits/alpha-2021/',
      '/agreements/',
      '/agreements/relay-accord/',
      '/archive/',
      '/archive/2021/',
      '/404.html',
    ];
    for (const urlPath of expected) expect(site.pages.has(urlPath), urlPath).toBe(true);
    expect(site.files.has('sitemap-index.xml')).toBe(true);
  });

  it('has no broken internal link or anchor on any page', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('passes html-validate (recommended preset) on every page', async () => {
    expect(await htmlProblems(site)).toEqual([]);
  });

  it('pages the home page, newest first, with right first/last links', () => {
    const pages = Math.ceil(PUBLISHED / siteConfig.pageSize);
    expect(pages).toBeGreaterThan(2);
    const all = ['/', ...Array.from({ length: pages - 1 }, (_, i) => `/page/${i + 2}/`)].flatMap((p) =>
      listedArticles(site, p),
    );
    expect(all).toEqual(newestFirst.map((a) => `/articles/${a.id}/`));
    expect(listedArticles(site, '/')).toHaveLength(siteConfig.pageSize);
    expect(site.pages.has(`/page/${pages + 1}/`)).toBe(false);
    expect(site.pages.has('/page/1/')).toBe(false);

    expect(paginationLinks(site, '/')).toEqual({ Older: '/page/2/', Last: `/page/${pages}/` });
    expect(paginationLinks(site, `/page/${pages}/`)).toEqual({ First: '/', Newer: `/page/${pages - 1}/` });
    expect(paginationLinks(site, '/page/2/')).toMatchObject({ First: '/', Newer: '/', Older: '/page/3/' });
    expect(text(site.page('/page/2/').querySelector('[aria-current="page"]'))).toBe(`Page 2 of ${pages}`);
  });

  it.each(taxonomyKinds)('lists every %s term with its article count', (kind) => {
    const rows = site.page(`/${kind}/`).querySelectorAll('.term-index li');
    const definitions = corpus[kind];
    expect(rows).toHaveLength(definitions.length);
    for (const row of rows) {
      const href = row.querySelector('a')!.getAttribute('href')!;
      const id = href.split('/')[2]!;
      const count = published.filter((a) => termIds(a, kind).includes(id)).length;
      expect(text(row.querySelector('.term-index__count')), href).toBe(`${count} article${count === 1 ? '' : 's'}`);
    }
  });

  it.each(taxonomyKinds)('pages every %s term page and lists exactly its articles', (kind) => {
    for (const { id } of corpus[kind]) {
      const tagged = published.filter((a) => termIds(a, kind).includes(id));
      const expected = newestFirst.filter((a) => tagged.includes(a)).map((a) => `/articles/${a.id}/`);
      const pages = Math.max(1, Math.ceil(tagged.length / siteConfig.termPageSize));
      const paths = [`/${kind}/${id}/`, ...Array.from({ length: pages - 1 }, (_, i) => `/${kind}/${id}/${i + 2}/`)];
      expect(paths.flatMap((p) => listedArticles(site, p))).toEqual(expected);
      expect(site.pages.has(`/${kind}/${id}/${pages + 1}/`)).toBe(false);
      if (pages > 1) {
        expect(paginationLinks(site, paths[0]!)).toEqual({ Older: paths[1], Last: paths.at(-1) });
        expect(paginationLinks(site, paths.at(-1)!)).toMatchObject({ First: paths[0] });
      }
    }
  });

  it('has a term larger than one page, so pagination is really exercised', () => {
    const sizes = taxonomyKinds.flatMap((kind) =>
      corpus[kind].map(({ id }) => published.filter((a) => termIds(a, kind).includes(id)).length),
    );
    expect(Math.max(...sizes)).toBeGreaterThan(siteConfig.termPageSize);
  });

  it('renders an article with its dek, date, source, summit box, agreements and topics', () => {
    const article = published.find((a) => a.summit && a.agreements.length > 0)!;
    const page = site.page(`/articles/${article.id}/`);
    expect(text(page.querySelector('h1'))).toBe(article.title);
    expect(page.querySelector('.article__dek')).not.toBeNull();
    expect(page.querySelector(`.article__meta time[datetime="${article.date}"]`)).not.toBeNull();
    expect(text(page.querySelector('.article__source'))).toBe('Source: Synthetic Wire, by Test Writer');
    const summit = corpus.summits.find((s) => s.id === article.summit)!;
    const box = page.querySelector('.summit-box')!;
    expect(box.querySelector(`a[href="/summits/${summit.id}/"]`)).not.toBeNull();
    expect(text(box)).toContain(summit.city);
    for (const leader of summit.leaders) expect(box.querySelector(`a[href="/leaders/${leader}/"]`)).not.toBeNull();
    const agreement = page.querySelector('.article-agreements li')!;
    expect(agreement.querySelector(`a[href="/agreements/${article.agreements[0]!.id}/"]`)).not.toBeNull();
    expect(text(agreement.querySelector('.status'))).not.toBe('');
    for (const country of article.countries) {
      expect(page.querySelector(`.article__topics a[href="/countries/${country}/"]`)).not.toBeNull();
    }
    expect(page.querySelectorAll('.prose h2 a.heading-anchor').length).toBeGreaterThan(0);
    expect(page.querySelector('.prose a.external-link')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('tracks every agreement, linked to the articles that mention it, with history by date', () => {
    const ids = [...new Set(published.flatMap((a) => a.agreements.map((g) => g.id)))];
    const rows = site.page('/agreements/').querySelectorAll('.agreements-table tbody tr');
    expect(rows).toHaveLength(ids.length);
    for (const id of ids) {
      const mentions = published.filter((a) => a.agreements.some((g) => g.id === id));
      const history = site.page(`/agreements/${id}/`).querySelectorAll('.timeline li.timeline__entry--agreement');
      expect(history).toHaveLength(mentions.length);
      const dates = history.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect(dates).toEqual([...dates].sort());
      const row = rows.find((r) => r.querySelector(`a[href="/agreements/${id}/"]`))!;
      const linked = row.querySelectorAll('td a').map((a) => a.getAttribute('href'));
      expect(new Set(linked)).toEqual(new Set(mentions.map((a) => `/articles/${a.id}/`)));
    }
  });

  it('groups the archive by year with counts and year pages', () => {
    const rows = site.page('/archive/').querySelectorAll('.term-index li');
    expect(rows.map((r) => text(r.querySelector('a')))).toEqual(['2022', '2021']);
    for (const year of ['2021', '2022']) {
      const count = published.filter((a) => a.date.startsWith(year)).length;
      const row = rows.find((r) => text(r.querySelector('a')) === year)!;
      expect(text(row.querySelector('.term-index__count'))).toBe(`${count} articles`);
      const pages = Math.ceil(count / siteConfig.pageSize);
      const paths = [`/archive/${year}/`, ...Array.from({ length: pages - 1 }, (_, i) => `/archive/${year}/${i + 2}/`)];
      expect(paths.flatMap((p) => listedArticles(site, p))).toHaveLength(count);
    }
  });

  it('publishes no draft anywhere', () => {
    const slug = draft.id.split('/')[1]!;
    for (const file of site.files) {
      expect(readFileSync(path.join(outDir, file), 'utf8').includes(slug), file).toBe(false);
    }
  });

  it('gives every page a language, a title, a description, a canonical URL and Open Graph tags', () => {
    for (const [urlPath, page] of site.pages) {
      // English at the root, the Japanese and Korean editions under /ja/ and /ko/.
      const edition = /^\/(ja|ko)\//.exec(urlPath)?.[1];
      expect(page.querySelector('html')!.getAttribute('lang'), urlPath).toBe(edition ?? 'en-GB');
      expect(text(page.querySelector('title')), urlPath).not.toBe('');
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content'), urlPath).toBeTruthy();
      expect(page.querySelector('meta[property="og:title"]'), urlPath).not.toBeNull();
      if (urlPath === '/404.html' || /^\/(ja|ko)\/404\/$/.test(urlPath)) continue;
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), urlPath).toBe(
        `http://127.0.0.1:4321${urlPath}`,
      );
    }
  });

  it('has a 404 page that links to every section and the latest reports', () => {
    const page = site.page('/404.html');
    for (const href of ['/', '/countries/', '/programs/', '/leaders/', '/summits/', '/agreements/', '/archive/']) {
      expect(page.querySelector(`main a[href="${href}"]`), href).not.toBeNull();
    }
    expect(page.querySelectorAll('main .article-list li')).toHaveLength(3);
  });

  it('renders byte-identical output in a time zone 25 hours away', () => {
    const otherOut = path.join(work, 'dist-kiritimati');
    const other = runBuild(contentDir, otherOut, { TZ: 'Pacific/Kiritimati' });
    expect(other.code, other.output).toBe(0);
    const [a, b] = [hashTree(outDir), hashTree(otherOut)];
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
    expect(differing).toEqual([]);
  });

  it('fails on content errors, lists every one, and leaves the previous output untouched', () => {
    const badDir = path.join(work, 'bad-content');
    cpSync(contentDir, badDir, { recursive: true });
    const [first, second] = published;
    const firstFile = path.join(badDir, 'articles', `${first!.id}.md`);
    const secondFile = path.join(badDir, 'articles', `${second!.id}.md`);
    writeFileSync(
      firstFile,
      readFileSync(firstFile, 'utf8').replace(/countries:\n {2}- "\w+"/, 'countries:\n  - "aldria"'),
    );
    writeFileSync(
      secondFile,
      readFileSync(secondFile, 'utf8').replace(/programs:\n {2}- "[\w-]+"/, 'programs:\n  - "moon-base"'),
    );
    const before = hashTree(outDir);

    const failed = runBuild(badDir, outDir);

    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(
      new RegExp(`${first!.id}\\.md: countries\\[0\\]: unknown country "aldria" — did you mean "aldoria"\\?`),
    );
    expect(failed.output).toMatch(new RegExp(`${second!.id}\\.md: programs\\[0\\]: unknown program "moon-base"`));
    expect(failed.output).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(before);
  });
});

describe('feeds, exports and structured data', () => {
  const xmlItems = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
  const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

  it('publishes the site feed: latest articles first, absolute links, dates from the calendar date', () => {
    const xml = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(xml).toContain('<atom:link href="http://127.0.0.1:4321/rss.xml" rel="self" type="application/rss+xml"/>');
    const newest = newestFirst[0]!.date.split('-').map(Number);
    expect(tag(xml, 'lastBuildDate')).toBe(new Date(Date.UTC(newest[0]!, newest[1]! - 1, newest[2]!)).toUTCString());
    const items = xmlItems(xml);
    expect(items).toHaveLength(Math.min(50, PUBLISHED));
    expect(items.map((item) => tag(item, 'link'))).toEqual(
      newestFirst.slice(0, 50).map((a) => `http://127.0.0.1:4321/articles/${a.id}/`),
    );
    const [year, month, day] = newestFirst[0]!.date.split('-').map(Number);
    expect(tag(items[0]!, 'pubDate')).toBe(new Date(Date.UTC(year!, month! - 1, day!)).toUTCString());
  });

  it.each(taxonomyKinds)('publishes a feed for every %s term, announced on its page', (kind) => {
    for (const { id } of corpus[kind]) {
      const xml = readFileSync(path.join(outDir, kind, id, 'rss.xml'), 'utf8');
      const tagged = newestFirst.filter((a) => termIds(a, kind).includes(id));
      expect(xmlItems(xml).map((item) => tag(item, 'link'))).toEqual(
        tagged.slice(0, 50).map((a) => `http://127.0.0.1:4321/articles/${a.id}/`),
      );
      const alternate = site
        .page(`/${kind}/${id}/`)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
      expect(alternate.map((l) => l.getAttribute('href'))).toContain(`/${kind}/${id}/rss.xml`);
    }
  });

  it('exports articles.json in agreement with the pages', () => {
    const data = JSON.parse(readFileSync(path.join(outDir, 'data/articles.json'), 'utf8')) as {
      articles: { id: string; url: string; title: string; countries: string[] }[];
    };
    expect(data.articles.map((a) => a.id)).toEqual(newestFirst.map((a) => a.id));
    for (const exported of data.articles) {
      const page = site.page(new URL(exported.url).pathname);
      expect(text(page.querySelector('h1'))).toBe(exported.title);
      const linked = page
        .querySelectorAll('.article__topics a[href^="/countries/"]')
        .map((a) => a.getAttribute('href'));
      expect(linked).toEqual(exported.countries.map((id) => `/countries/${id}/`));
    }
  });

  it('exports agreements as JSON and CSV in agreement with the tracker', () => {
    const data = JSON.parse(readFileSync(path.join(outDir, 'data/agreements.json'), 'utf8')) as {
      agreements: { id: string; url: string; latestStatus: string; history: { article: { url: string } }[] }[];
    };
    const rows = site.page('/agreements/').querySelectorAll('.agreements-table tbody tr');
    expect(data.agreements.map((a) => new URL(a.url).pathname)).toEqual(
      rows.map((row) => row.querySelector('th a')!.getAttribute('href')),
    );
    const statusLabels: Record<string, string> = {
      announced: 'Announced',
      'in-negotiation': 'In negotiation',
      signed: 'Signed',
      'in-force': 'In force',
    };
    data.agreements.forEach((agreement, index) => {
      expect(text(rows[index]!.querySelector('.status'))).toBe(statusLabels[agreement.latestStatus]);
      for (const event of agreement.history) expect(site.pages.has(new URL(event.article.url).pathname)).toBe(true);
    });
    const csv = readFileSync(path.join(outDir, 'data/agreements.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('"id","title","kind","parties","programs","latest_status","latest_date","reports","url"');
    expect(csv.slice(1).map((line) => JSON.parse(`[${line}]`)[0])).toEqual(data.agreements.map((a) => a.id));
  });

  it('describes every article as a NewsArticle and offers related reading that never points to itself', () => {
    for (const article of published) {
      const page = site.page(`/articles/${article.id}/`);
      const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent) as Record<
        string,
        unknown
      >;
      expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: article.title, datePublished: article.date });
      expect((ld.about as { name: string }[]).length).toBe(article.countries.length + article.programs.length);
      const related = page.querySelectorAll('.related .article-list a').map((a) => a.getAttribute('href'));
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(`/articles/${article.id}/`);
    }
  });

  it('links each article to the next older and newer report', () => {
    const middle = newestFirst[5]!;
    const nav = site.page(`/articles/${middle.id}/`).querySelector('nav.read-on')!;
    expect(nav.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(`/articles/${newestFirst[4]!.id}/`);
    expect(nav.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(`/articles/${newestFirst[6]!.id}/`);
    expect(site.page(`/articles/${newestFirst[0]!.id}/`).querySelector('a[rel="next"]')).toBeNull();
  });

  it('gives every page a unique title', () => {
    const titles = [...site.pages]
      .filter(([p]) => p !== '/404.html')
      .map(([, page]) => text(page.querySelector('title')));
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('article images', () => {
  it('renders the picture optimised, with alt text, caption, credit and a link-preview image', () => {
    const article = published.find((a) => a.image)!;
    const page = site.page(`/articles/${article.id}/`);
    const img = page.querySelector('figure.article__figure img')!;
    expect(img.getAttribute('alt')).toBe('A generated test pattern');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/cover\.[\w-]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/400w.*800w.*1200w/);
    expect(text(page.querySelector('figcaption .article__caption'))).toBe('A caption');
    expect(text(page.querySelector('figcaption .article__credit'))).toBe('Credit: Test Studio');
    const og = page.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(og).toMatch(/^http:\/\/127\.0\.0\.1:4321\/_astro\/cover\.[\w-]+\.jpg$/);
    expect(site.files.has(new URL(og).pathname.slice(1))).toBe(true);
    for (const candidate of img
      .getAttribute('srcset')!
      .split(',')
      .map((c) => c.trim().split(' ')[0]!)) {
      expect(site.files.has(candidate.slice(1)), candidate).toBe(true);
    }
  });
});

describe('relations between countries', () => {
  interface Expected {
    agreements: Set<string>;
    summits: Set<string>;
    articles: string[];
  }
  const expected = new Map<string, Expected>();
  const pairKeys = (ids: readonly string[]) => {
    const distinct = [...new Set(ids)].sort();
    return distinct.flatMap((x, i) => distinct.slice(i + 1).map((y) => `${x}/${y}`));
  };
  const entry = (key: string) => {
    if (!expected.has(key)) expected.set(key, { agreements: new Set(), summits: new Set(), articles: [] });
    return expected.get(key)!;
  };
  const countryOf = new Map(corpus.leaders.map((leader) => [leader.id, leader.country]));
  for (const article of newestFirst) {
    for (const key of pairKeys(article.countries)) entry(key).articles.push(`/articles/${article.id}/`);
    for (const agreement of article.agreements) {
      for (const key of pairKeys(agreement.parties)) entry(key).agreements.add(`/agreements/${agreement.id}/`);
    }
  }
  for (const summit of corpus.summits) {
    const countries = [summit.country, ...summit.leaders.map((id) => countryOf.get(id)!)];
    for (const key of pairKeys(countries)) entry(key).summits.add(`/summits/${summit.id}/`);
  }
  const hrefs = (urlPath: string, selector: string) =>
    site
      .page(urlPath)
      .querySelectorAll(selector)
      .map((a) => a.getAttribute('href')!);

  it('has a page for every pair sharing an agreement, a summit or an article, and for no other', () => {
    const pairs = [...site.pages.keys()]
      .map((p) => /^\/relations\/([a-z0-9-]+\/[a-z0-9-]+)\/$/.exec(p)?.[1])
      .filter((key): key is string => key !== undefined);
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs)).toEqual(new Set(expected.keys()));
    for (const key of pairs) expect(key.split('/')).toEqual([...key.split('/')].sort());
  });

  it('lists exactly the pair’s agreements, summits and reports (paged) on its pages', () => {
    for (const [key, want] of expected) {
      const first = `/relations/${key}/`;
      expect(new Set(hrefs(first, '.relation-agreements li > a')), key).toEqual(want.agreements);
      expect(new Set(hrefs(first, '.relation-summits li > a')), key).toEqual(want.summits);
      const listed: string[] = [];
      for (let n = 1; ; n++) {
        const urlPath = n === 1 ? first : `${first}${n}/`;
        if (!site.pages.has(urlPath)) break;
        listed.push(...listedArticles(site, urlPath));
      }
      expect(listed, key).toEqual(want.articles);
      const [a, b] = key.split('/');
      expect(hrefs(first, '.relation-countries a'), key).toEqual([`/countries/${a}/`, `/countries/${b}/`]);
    }
  });

  it('draws every country on the map of /countries/ or names it as not on the map, never a silent gap', () => {
    const page = site.page('/countries/');
    for (const { id } of corpus.countries) {
      const onMap = page.querySelector(`.world-map svg a[href="/countries/${id}/"]`);
      const listed = page.querySelector(`.world-map__missing a[href="/countries/${id}/"]`);
      expect([onMap, listed].filter(Boolean), id).toHaveLength(1);
    }
    const lines = page.querySelectorAll('.world-map svg a[href^="/relations/"]').map((a) => a.getAttribute('href'));
    for (const href of lines) expect(expected.has(href!.slice('/relations/'.length, -1)), href!).toBe(true);
  });

  it('shows the pairs as a matrix on /relations/ and each country’s partners on its page, linked', () => {
    const cells = hrefs('/relations/', '.chart svg a');
    expect(new Set(cells)).toEqual(new Set([...expected.keys()].map((key) => `/relations/${key}/`)));
    for (const { id } of corpus.countries) {
      const bars = hrefs(`/countries/${id}/`, '.chart svg a');
      const partners = [...expected]
        .filter(([key, want]) => key.split('/').includes(id) && want.agreements.size > 0)
        .map(([key]) => `/relations/${key}/`);
      expect(new Set(bars), id).toEqual(new Set(partners));
    }
  });

  it('lists every pair on /relations/ with its counts of agreements, summits and reports', () => {
    const rows = site.page('/relations/').querySelectorAll('.relations-table tbody tr');
    expect(rows.map((row) => row.querySelector('a')!.getAttribute('href'))).toEqual(
      [...expected.keys()].sort().map((key) => `/relations/${key}/`),
    );
    for (const row of rows) {
      const key = row.querySelector('a')!.getAttribute('href')!.slice('/relations/'.length, -1);
      const want = expected.get(key)!;
      expect(row.querySelectorAll('td').map(text), key).toEqual(
        [want.agreements.size, want.summits.size, want.articles.length].map(String),
      );
    }
  });

  it('links each country page to its relations and each agreement page to the pair of its parties', () => {
    for (const { id } of corpus.countries) {
      const mine = [...expected.keys()].filter((key) => key.split('/').includes(id)).map((k) => `/relations/${k}/`);
      expect(hrefs(`/countries/${id}/`, '.relation-list a').sort(), id).toEqual(mine.sort());
    }
    for (const article of published) {
      for (const agreement of article.agreements) {
        const links = hrefs(`/agreements/${agreement.id}/`, 'main a[href^="/relations/"]');
        expect(links, agreement.id).toEqual(pairKeys(agreement.parties).map((key) => `/relations/${key}/`));
      }
    }
  });

  it('publishes a feed per pair with its reports, announced on its page, with a self link and lastBuildDate', () => {
    for (const [key, want] of expected) {
      const xml = readFileSync(path.join(outDir, 'relations', key, 'rss.xml'), 'utf8');
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
      expect(links, key).toEqual(want.articles.slice(0, 50));
      expect(xml).toContain(`<atom:link href="http://127.0.0.1:4321/relations/${key}/rss.xml" rel="self"`);
      expect(xml.includes('<lastBuildDate>'), key).toBe(want.articles.length > 0);
      expect(hrefs(`/relations/${key}/`, 'link[rel="alternate"][type="application/rss+xml"]')).toContain(
        `/relations/${key}/rss.xml`,
      );
    }
  });

  it('gives term, relation and agreement pages BreadcrumbList JSON-LD ending at the page', () => {
    const pages = [...site.pages.keys()].filter((p) =>
      /^\/(countries|programs|leaders|summits|relations\/[a-z0-9-]+|agreements)\/[a-z0-9-]+\/$/.test(p),
    );
    expect(pages.length).toBeGreaterThan(corpus.countries.length);
    for (const urlPath of pages) {
      const blocks = site
        .page(urlPath)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.textContent) as { '@type': string; itemListElement?: { item: string }[] });
      const trail = blocks.find((block) => block['@type'] === 'BreadcrumbList');
      expect(trail, urlPath).toBeDefined();
      expect(trail!.itemListElement![0]!.item).toBe('http://127.0.0.1:4321/');
      expect(trail!.itemListElement!.at(-1)!.item, urlPath).toBe(`http://127.0.0.1:4321${urlPath}`);
    }
  });

  it('offers a relation search filter fed by the relation links of every article', () => {
    const options = site.page('/search/').querySelectorAll('select[name="relation"] option').map(text).slice(1);
    const names = new Map(corpus.countries.map((c) => [c.id, c.name]));
    const withArticles = [...expected].filter(([, want]) => want.articles.length > 0).map(([key]) => key);
    expect(options).toEqual(
      withArticles.sort().map((key) =>
        key
          .split('/')
          .map((id) => names.get(id))
          .join(' – '),
      ),
    );
    const article = published.find((a) => new Set(a.countries).size > 1)!;
    const filtered = site
      .page(`/articles/${article.id}/`)
      .querySelectorAll('a[data-pagefind-filter="relation"]')
      .map((a) => a.getAttribute('href'));
    expect(filtered).toEqual(pairKeys(article.countries).map((key) => `/relations/${key}/`));
  });
});

describe('link previews', () => {
  it('gives every page a 1200×630 og:image in the site, with alt text and a large Twitter card', async () => {
    const sizes = new Map<string, string>();
    for (const [urlPath, page] of site.pages) {
      const meta = (property: string) =>
        page.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
      const src = meta('og:image');
      expect(src, urlPath).toMatch(/^http:\/\/127\.0\.0\.1:4321\//);
      const file = new URL(src!).pathname.slice(1);
      expect(site.files.has(file), `${urlPath}: ${file}`).toBe(true);
      expect([meta('og:image:width'), meta('og:image:height')], urlPath).toEqual(['1200', '630']);
      expect(meta('og:image:alt'), urlPath).toBeTruthy();
      expect(meta('twitter:card'), urlPath).toBe('summary_large_image');
      if (!sizes.has(file)) {
        const { width, height, format } = await sharp(path.join(outDir, file)).metadata();
        sizes.set(file, `${width}×${height} ${format}`);
      }
      expect(sizes.get(file), file).toMatch(/^1200×630 (png|jpeg)$/);
      expect(meta('og:image:type'), urlPath).toBe(`image/${sizes.get(file)!.split(' ')[1]}`);
    }
    // Cards are per subject and language: far fewer files than pages, and each edition has no more
    // than the English site (names and kickers in its language, so a card of its own per subject).
    const englishPages = [...site.pages].filter(([urlPath]) => !/^\/(ja|ko)\//.test(urlPath));
    const englishCards = new Set(
      englishPages.map(([, page]) => page.querySelector('meta[property="og:image"]')!.getAttribute('content')),
    );
    expect(englishCards.size).toBeLessThan(englishPages.length / 2);
    expect(sizes.size).toBeLessThanOrEqual(3 * englishCards.size);
  });

  it('crops an article’s own image to 1200×630 and gives other articles the card of their summit', () => {
    const withImage = published.find((a) => a.image)!;
    const og = (id: string) =>
      site.page(`/articles/${id}/`).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(og(withImage.id)).toMatch(/\/_astro\/cover\.[\w-]+\.jpg$/);
    const atSummit = published.filter((a) => a.summit && !a.image);
    for (const article of atSummit) {
      expect(og(article.id)).toBe(
        site.page(`/summits/${article.summit}/`).querySelector('meta[property="og:image"]')!.getAttribute('content'),
      );
    }
  });

  it('gives NewsArticle JSON-LD the preview image and a publisher logo that exists', async () => {
    for (const article of published.slice(0, 5)) {
      const page = site.page(`/articles/${article.id}/`);
      const data = page
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
        .find((block) => block['@type'] === 'NewsArticle') as {
        image: string[];
        publisher: { logo: { url: string; width: number; height: number } };
      };
      expect(data.image).toEqual([page.querySelector('meta[property="og:image"]')!.getAttribute('content')]);
      const logo = new URL(data.publisher.logo.url).pathname.slice(1);
      const { width, height, format } = await sharp(path.join(outDir, logo)).metadata();
      expect([width, height, format]).toEqual([data.publisher.logo.width, data.publisher.logo.height, 'png']);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('names the sitemap, which lists every page but the 404 page', () => {
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: http://127.0.0.1:4321/sitemap-index.xml',
    );
    const index = readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const locs = sitemaps.flatMap((file) =>
      [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
    const pages = [...site.pages.keys()].filter((p) => p !== '/404.html' && !/^\/(ja|ko)\/404\/$/.test(p));
    expect(new Set(locs)).toEqual(new Set(pages));
  });
});

describe('page-weight budgets (bytes, not time)', () => {
  const gzipBytes = (file: string) => gzipSync(readFileSync(path.join(outDir, file))).length;

  it('keeps every article page within 8 KB gzip of HTML plus CSS', () => {
    for (const article of published) {
      const page = site.page(`/articles/${article.id}/`);
      const css = page
        .querySelectorAll('link[rel="stylesheet"]')
        .reduce((sum, link) => sum + gzipBytes(link.getAttribute('href')!.slice(1)), 0);
      const html = gzipBytes(`articles/${article.id}/index.html`);
      expect(html + css, `${article.id}: ${html} B HTML + ${css} B CSS`).toBeLessThanOrEqual(8 * 1024);
    }
  });

  it('loads JavaScript on /search/ only, and nothing from another origin anywhere', () => {
    for (const [urlPath, page] of site.pages) {
      const scripts = page.querySelectorAll('script[src]');
      expect(scripts.length, urlPath).toBe(/^\/((ja|ko)\/)?search\/$/.test(urlPath) ? 1 : 0);
      const requested = page
        .querySelectorAll(
          'link[href]:not([rel="canonical"]):not([rel="alternate"]), script[src], img[src], source[srcset], iframe[src]',
        )
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset')!);
      for (const url of requested) expect(/^(https?:)?\/\//.test(url), `${urlPath}: ${url}`).toBe(false);
    }
    expect([...site.files].filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/'))).toHaveLength(1);
  });
});

/**
 * The built site in a real browser (Debian's Chromium through playwright-core): builds a synthetic
 * corpus larger than one page under the deploy base `/archive/`, serves it as a static host would,
 * and checks every page kind at phone and desktop widths: no console error, no failed or
 * cross-origin request, no CSP violation, zero axe (WCAG 2.2 AA) violations; home, article and
 * search in the dark scheme too.
 * Then keyboard use (skip link, focus order, visible focus, search), the script-free colour-scheme
 * switch, 320 px reflow and the print stylesheet. Screenshots go to tests/.output/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { uiFor } from '../../src/i18n/ui.ts';
import { taxonomyKinds, type TaxonomyKind } from '../../src/domain/taxonomy.ts';
import {
  axeViolations,
  describeFocus,
  focusIndicator,
  launchChromium,
  luminance,
  recordCspViolations,
  tabTo,
  watchPage,
  type PageWatch,
} from '../support/browser.ts';
import { projectRoot, removeCache, runBuild } from '../support/site.ts';
import { SECURITY_HEADERS } from '../../src/output/deploy-headers.ts';
import { startStaticServer, type StaticServer } from '../../src/tools/static-server.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus, type Corpus, type CorpusArticle } from '../../src/tools/synthetic-corpus.ts';

const BASE = '/archive/';
const WIDTHS = [375, 1280] as const;
const corpus: Corpus = makeCorpus({ articles: 50, seed: 7, translations: 0.3 });
const published = corpus.articles.filter((a) => !a.draft);
const withImage = published.find((a) => a.image)!;
const translationsInto = (lang: 'ja' | 'ko') => corpus.translations.filter((t) => t.lang === lang);
/** A report translated into both languages, and one translated into neither. */
const inBoth = translationsInto('ja').find((t) => translationsInto('ko').some((k) => k.id === t.id))!.id;
const inNeither = published.find((a) => !corpus.translations.some((t) => t.id === a.id))!.id;

const outputRoot = path.join(projectRoot, 'tests/.output');
const screenshots = path.join(outputRoot, 'screenshots');
mkdirSync(outputRoot, { recursive: true });
const work = mkdtempSync(path.join(outputRoot, 'browser-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const userDataDir = mkdtempSync(path.join(tmpdir(), 'sda-chromium-'));

function termIds(article: CorpusArticle, kind: TaxonomyKind): string[] {
  if (kind === 'summits') return article.summit ? [article.summit] : [];
  return article[kind];
}

/** The term of a kind with the most articles, so that at least one of them has a page 2. */
function biggestTerm(kind: TaxonomyKind): { id: string; count: number } {
  return corpus[kind]
    .map(({ id }) => ({ id, count: published.filter((a) => termIds(a, kind).includes(id)).length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))[0]!;
}

const terms = taxonomyKinds.map((kind) => ({ kind, ...biggestTerm(kind) }));
const paginated = terms.find((t) => t.count > siteConfig.termPageSize);
if (!paginated) throw new Error('The corpus has no term larger than one page: choose another seed or size.');
const agreementId = published.flatMap((a) => a.agreements.map((g) => g.id))[0]!;
const year = published[0]!.date.slice(0, 4);
/** The pair of countries tagged together most often, as `a/b`: its page has a timeline and page 2. */
const biggestPair = (() => {
  const counts = new Map<string, number>();
  for (const article of published) {
    const ids = [...new Set(article.countries)].sort();
    for (const [i, x] of ids.entries())
      for (const y of ids.slice(i + 1)) counts.set(`${x}/${y}`, (counts.get(`${x}/${y}`) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
})();

interface SitePage {
  name: string;
  /** Path below the base, no leading slash. */
  path: string;
  status?: number;
}

/** One page of every kind in the URL contract. */
const PAGES: SitePage[] = [
  { name: 'home', path: '' },
  { name: 'home-page-2', path: 'page/2/' },
  { name: 'article', path: `articles/${withImage.id}/` },
  ...taxonomyKinds.map((kind) => ({ name: `${kind}-list`, path: `${kind}/` })),
  ...terms.map(({ kind, id }) => ({ name: `${kind}-term`, path: `${kind}/${id}/` })),
  { name: `${paginated.kind}-term-page-2`, path: `${paginated.kind}/${paginated.id}/2/` },
  { name: 'agreements', path: 'agreements/' },
  { name: 'agreement', path: `agreements/${agreementId}/` },
  { name: 'relations', path: 'relations/' },
  { name: 'relation', path: `relations/${biggestPair}/` },
  { name: 'archive', path: 'archive/' },
  { name: 'archive-year', path: `archive/${year}/` },
  { name: 'search', path: 'search/' },
  { name: 'not-found', path: 'no-such-page/', status: 404 },
  // The Japanese and Korean editions: home, a translated article and search in each, and more kinds.
  ...(['ja', 'ko'] as const).flatMap((lang) => [
    { name: `${lang}-home`, path: `${lang}/` },
    { name: `${lang}-article`, path: `${lang}/articles/${inBoth}/` },
    { name: `${lang}-search`, path: `${lang}/search/` },
  ]),
  { name: 'ja-countries-term', path: `ja/countries/${terms.find((t) => t.kind === 'countries')!.id}/` },
  { name: 'ja-agreements', path: 'ja/agreements/' },
  { name: 'ko-relation', path: `ko/relations/${biggestPair}/` },
  { name: 'ko-not-found', path: 'ko/404/' },
];

let server: StaticServer;
let context: BrowserContext;

const urlOf = (page: SitePage | string) => `${server.url}${typeof page === 'string' ? page : page.path}`;

/** A fresh tab in the shared context, watched from before its first request. */
async function open(
  sitePage: SitePage | string,
  width = 1280,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ media: 'screen', colorScheme });
  const url = urlOf(sitePage);
  const watch = watchPage(page, {
    origin: server.origin,
    ...(typeof sitePage !== 'string' && sitePage.status === 404 ? { expected404: url } : {}),
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  const expectedStatus = typeof sitePage === 'string' ? 200 : (sitePage.status ?? 200);
  expect(response?.status(), url).toBe(expectedStatus);
  return { page, watch };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Everything a page must never do, axe included, as one list for one readable assertion. */
async function audit(page: Page, watch: PageWatch): Promise<string[]> {
  const violations = await axeViolations(page);
  // Collected last, so late requests (images loaded by the full-page screenshot) are counted too.
  const problems = await watch.problems();
  return [...problems, ...violations.map((v) => `axe ${v}`)];
}

beforeAll(async () => {
  // Fail fast, before the build, if the browser is missing.
  context = await launchChromium(userDataDir);
  await context.addInitScript(recordCspViolations);
  mkdirSync(screenshots, { recursive: true });
  // The server comes first so the build knows its origin (canonical URLs, feeds).
  // Served with the headers of _headers, as Netlify or Cloudflare Pages would: both policies apply.
  server = await startStaticServer({ root: outDir, base: BASE, headers: SECURITY_HEADERS });
  await writeCorpus(contentDir, corpus, 7);
  // Small search bundles, so that the page merges several, as it does for a real archive.
  const build = runBuild(contentDir, outDir, { SITE_BASE: BASE, SITE_URL: server.origin, SEARCH_BUNDLE_ARTICLES: '8' });
  if (build.code !== 0) throw new Error(`Browser-test build failed:\n${build.output}`);
});

afterAll(async () => {
  // Each step runs even if an earlier one failed, so nothing is left behind.
  const steps: (() => unknown)[] = [
    () => context?.close(),
    () => server?.close(),
    () => removeCache(contentDir),
    () => rmSync(work, { recursive: true, force: true }),
    () => rmSync(userDataDir, { recursive: true, force: true }),
  ];
  const errors: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, 'Browser-test cleanup failed');
});

describe('every page kind in Chromium', () => {
  const cases = PAGES.flatMap((sitePage) => WIDTHS.map((width) => ({ ...sitePage, width })));

  it.each(cases)(
    '$name at $width px: no errors, no foreign or failed requests, no CSP or axe violations',
    async (sitePage) => {
      const { page, watch } = await open(sitePage, sitePage.width);
      try {
        await screenshot(page, `${sitePage.name}-${sitePage.width}`);
        const problems = await audit(page, watch);
        expect(problems, `${urlOf(sitePage)} at ${sitePage.width}px:\n${problems.join('\n')}`).toEqual([]);

        // Only the search page runs code; JSON-LD is data. No inline script anywhere.
        const scripts = await page.evaluate(() => ({
          external: document.querySelectorAll('script[src]').length,
          inline: document.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length,
        }));
        expect(scripts.inline, 'inline scripts').toBe(0);
        if (sitePage.name.endsWith('search')) expect(scripts.external).toBeGreaterThan(0);
        else {
          expect(scripts.external, 'external scripts').toBe(0);
          expect(watch.scripts, 'scripts requested').toEqual([]);
        }
      } finally {
        await page.close();
      }
    },
    30_000,
  );

  it.each([
    'home',
    'article',
    'search',
    'countries-list',
    'countries-term',
    'agreements',
    'relations',
    'relation',
    'ja-home',
    'ko-article',
  ])(
    '%s in dark mode has no axe violations (contrast)',
    async (name) => {
      const sitePage = PAGES.find((p) => p.name === name)!;
      for (const width of WIDTHS) {
        const { page, watch } = await open(sitePage, width, 'dark');
        try {
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(luminance(background), `body background in dark mode: ${background}`).toBeLessThan(0.1);
          await screenshot(page, `${name}-dark-${width}`);
          const problems = await audit(page, watch);
          expect(problems, `${urlOf(sitePage)} dark at ${width}px:\n${problems.join('\n')}`).toEqual([]);
        } finally {
          await page.close();
        }
      }
    },
    40_000,
  );

  it('serves the deliberate 404 with the site’s page, and the article’s picture loads', async () => {
    const { page } = await open(PAGES.find((p) => p.name === 'article')!);
    try {
      const image = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('figure.article__figure img');
        return img ? { complete: img.complete, width: img.naturalWidth, alt: img.alt } : null;
      });
      expect(image).toMatchObject({ complete: true, alt: 'A generated test pattern' });
      expect(image!.width).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
    const { page: missing } = await open(PAGES.find((p) => p.name === 'not-found')!);
    try {
      expect(await missing.locator('h1').textContent()).toBeTruthy();
      expect(await missing.locator(`main a[href="${BASE}"]`).count()).toBeGreaterThan(0);
    } finally {
      await missing.close();
    }
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, shows it, and moves focus to main', async () => {
    const { page } = await open(PAGES[0]!);
    try {
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe(`a.skip-link[href="#main"]`);
      const box = await page.locator('.skip-link').boundingBox();
      expect(box, 'skip link has a box when focused').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      expect(box!.width * box!.height).toBeGreaterThan(100);
      expect((await focusIndicator(page)).visible, 'skip link focus indicator').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab lands on the first control inside main, not back in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('walks the header in DOM order after the skip link, each control visibly focused', async () => {
    const { page } = await open(PAGES[0]!);
    try {
      const expected = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('header a[href], header input')]
          // A radio group is one tab stop: the checked radio.
          .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .map((el) => {
            const href = el.getAttribute('href');
            const cls =
              typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
            return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${href ? `[href="${href}"]` : ''}`;
          }),
      );
      expect(expected.length).toBeGreaterThan(5);
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe(`a.skip-link[href="#main"]`);
      const visited: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        visited.push(await describeFocus(page));
        const indicator = await focusIndicator(page);
        expect(
          indicator.visible,
          `no visible focus on ${indicator.element}: outline ${indicator.outline}, shadow ${indicator.boxShadow}`,
        ).toBe(true);
      }
      expect(visited).toEqual(expected);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each([
    { what: 'a nav link', page: 'home', selector: '.site-nav a' },
    { what: 'an article link', page: 'home', selector: '.article-card__title a' },
    { what: 'a pagination link', page: 'home', selector: '.pagination a' },
    { what: 'a scheme radio', page: 'home', selector: 'input[name="scheme"]' },
    { what: 'a topic link', page: 'article', selector: '.article__topics a' },
    { what: 'the search box', page: 'search', selector: '#search-q' },
    { what: 'a filter select', page: 'search', selector: '#search-country' },
  ])('shows a visible focus indicator on $what', async ({ page: name, selector }) => {
    const { page } = await open(PAGES.find((p) => p.name === name)!);
    try {
      expect(await tabTo(page, selector), `Tab never reached ${selector}`).toBe(true);
      const indicator = await focusIndicator(page);
      expect(
        indicator.visible,
        `no visible focus on ${indicator.element}: outline ${indicator.outline}, shadow ${indicator.boxShadow}`,
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each(['home', 'article', 'agreements', 'search', 'not-found', 'countries-list', 'countries-term', 'relations'])(
    'gives every focusable element on %s a visible focus indicator',
    async (name) => {
      const { page } = await open(PAGES.find((p) => p.name === name)!);
      try {
        const missing: string[] = [];
        const seen = new Set<string>();
        for (let i = 0; i < 120; i++) {
          await page.keyboard.press('Tab');
          const focus = await describeFocus(page);
          if (focus === 'body' || seen.has(focus)) break;
          seen.add(focus);
          const indicator = await focusIndicator(page);
          if (!indicator.visible) missing.push(`${focus}: outline ${indicator.outline}, shadow ${indicator.boxShadow}`);
        }
        expect(seen.size).toBeGreaterThan(8);
        expect(missing, missing.join('\n')).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe('search with the keyboard', () => {
  const results = (page: Page) => page.locator('[data-search-results] li a');
  const status = (page: Page) => page.locator('[data-search-status]');

  it('has its live status region rendered before the first search, so the first message is announced', async () => {
    const { page } = await open('search/');
    try {
      const region = await status(page).evaluate((el) => ({
        role: el.getAttribute('role'),
        live: el.getAttribute('aria-live'),
        display: getComputedStyle(el).display,
        visibility: getComputedStyle(el).visibility,
      }));
      expect(region).toEqual({ role: 'status', live: 'polite', display: 'block', visibility: 'visible' });
      expect(
        await page.locator('[data-search-fallback]').isVisible(),
        'no-JavaScript fallback hidden when the script runs',
      ).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('finds reports for a word in the corpus and announces the count', async () => {
    const { page, watch } = await open('search/');
    try {
      expect(await tabTo(page, '#search-q'), 'Tab reaches the search box').toBe(true);
      await page.keyboard.type('relay');
      await page.keyboard.press('Enter');
      await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const hrefs = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^\/archive\/articles\/\d{4}\/synthetic-report-\d{4}\/$/);
      expect(await status(page).getAttribute('role')).toBe('status');
      expect(await status(page).getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results? for “relay”/);
      const count = Number((await status(page).textContent())!.match(/^\d+/)![0]);
      expect(count).toBeGreaterThanOrEqual(hrefs.length);
      expect(hrefs.length).toBe(Math.min(count, 10));
      expect(page.url()).toBe(`${server.url}search/?q=relay`);
      // A result is a working link, followed with the keyboard.
      await results(page).first().focus();
      await Promise.all([page.waitForURL(/\/archive\/articles\//), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent()).toMatch(/^Synthetic report \d+ on /);
      const problems = await watch.problems();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says so when nothing matches', async () => {
    const { page, watch } = await open('search/');
    try {
      await page.locator('#search-q').focus();
      await page.keyboard.type('zqxjvorbelnok');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => status(page).textContent(), { timeout: 10_000 })
        .toBe('No articles match “zqxjvorbelnok”.');
      expect(await results(page).count()).toBe(0);
      const problems = await audit(page, watch);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lists a country’s reports newest first across every year when only a filter is chosen', async () => {
    // The country with the most reports, so that the list spans years and has a second batch.
    const country = corpus.countries
      .map((c) => ({ ...c, reports: published.filter((a) => a.countries.includes(c.id)) }))
      .sort((a, b) => b.reports.length - a.reports.length)[0]!;
    const expected = country.reports
      .map((a) => a.date)
      .sort()
      .reverse();
    expect(new Set(expected.map((date) => date.slice(0, 4))).size, 'reports in more than one year').toBeGreaterThan(1);
    expect(expected.length).toBeGreaterThan(10);
    const { page, watch } = await open('search/');
    try {
      await page.locator('#search-country').selectOption(country.name);
      await expect
        .poll(() => status(page).textContent(), { timeout: 10_000 })
        .toBe(`${expected.length} articles match ${country.name}.`);
      const shownDates = () =>
        page
          .locator('[data-search-results] li time')
          .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
      expect(await shownDates()).toEqual(expected.slice(0, 10));
      await page.locator('[data-search-more]').click();
      await expect.poll(() => results(page).count()).toBe(Math.min(expected.length, 20));
      expect(await shownDates()).toEqual(expected.slice(0, 20));
      const problems = await watch.problems();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs the query in the URL on load (?q=relay), with results passing axe', async () => {
    const { page, watch } = await open('search/?q=relay');
    try {
      await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.locator('#search-q').inputValue()).toBe('relay');
      expect(await status(page).textContent()).toMatch(/^\d+ results? for “relay”/);
      expect(await page.locator('[data-search-fallback]').isVisible()).toBe(false);
      await screenshot(page, 'search-results-1280');
      const problems = await audit(page, watch);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the Japanese and Korean editions', () => {
  const switcherLink = (page: Page, lang: string) => page.locator(`.language-switch a[hreflang="${lang}"]`);

  it('switches language from the header with the keyboard, to the same report and back', async () => {
    const { page, watch } = await open(`articles/${inBoth}/`);
    try {
      expect(await tabTo(page, '.language-switch a[hreflang="ja"]'), 'Tab reaches 日本語').toBe(true);
      expect((await focusIndicator(page)).visible).toBe(true);
      await Promise.all([page.waitForURL(`${server.url}ja/articles/${inBoth}/`), page.keyboard.press('Enter')]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      expect(await page.locator('h1').textContent()).toBe(translationsInto('ja').find((t) => t.id === inBoth)!.title);
      expect(await page.locator('.language-switch [aria-current]').textContent()).toBe('日本語');
      expect(await tabTo(page, '.language-switch a[hreflang="ko"]'), 'Tab reaches 한국어').toBe(true);
      await Promise.all([page.waitForURL(`${server.url}ko/articles/${inBoth}/`), page.keyboard.press('Enter')]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
      expect(await tabTo(page, '.language-switch a[hreflang="en-GB"]'), 'Tab reaches English').toBe(true);
      await Promise.all([page.waitForURL(`${server.url}articles/${inBoth}/`), page.keyboard.press('Enter')]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      const problems = await watch.problems();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sends a reader of a report not translated to the language’s home, saying so', async () => {
    const { page } = await open(`articles/${inNeither}/`);
    try {
      const link = switcherLink(page, 'ko');
      expect(await link.textContent()).toBe(`한국어${uiFor('ko').languageSwitch.missing}`);
      expect(await tabTo(page, '.language-switch a[hreflang="ko"]')).toBe(true);
      await Promise.all([page.waitForURL(`${server.url}ko/`), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent()).toBe(uiFor('ko').latestHeading);
    } finally {
      await page.close();
    }
  });

  it('wraps Korean by word and downloads no font', async () => {
    const { page, watch } = await open(`ko/articles/${inBoth}/`, 375);
    try {
      const wordBreak = await page.evaluate(
        () => getComputedStyle(document.querySelector('.article__body p')!).wordBreak,
      );
      expect(wordBreak).toBe('keep-all');
      const fonts = await page.evaluate(() =>
        performance.getEntriesByType('resource').filter((entry) => /\.(woff2?|ttf|otf)(\?|$)/.test(entry.name)),
      );
      expect(fonts).toEqual([]);
      const problems = await watch.problems();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
    const { page: japanese } = await open(`ja/articles/${inBoth}/`, 375);
    try {
      expect(
        await japanese.evaluate(() => getComputedStyle(document.querySelector('.article__body p')!).wordBreak),
      ).toBe('normal');
    } finally {
      await japanese.close();
    }
  });

  it('searches the Japanese reports in Japanese from /ja/search/, by word and by filter', async () => {
    const results = (page: Page) => page.locator('[data-search-results] li a');
    const status = (page: Page) => page.locator('[data-search-status]');
    // The Japanese name of a program the translations mention: a word of their text.
    const word = translationsInto('ja')[0]!.mentions.program;
    const { page, watch } = await open('ja/search/');
    try {
      expect(await tabTo(page, '#search-q'), 'Tab reaches the search box').toBe(true);
      await page.keyboard.type(word);
      await page.keyboard.press('Enter');
      await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const hrefs = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^\/archive\/ja\/articles\/\d{4}\/synthetic-report-\d{4}\/$/);
      await expect.poll(() => status(page).textContent()).toContain(`「${word}」`);
      await screenshot(page, 'ja-search-results-1280');

      // The country filter lists names as the edition gives them, and narrows to its reports.
      const country = corpus.countries.find(
        (c) =>
          c.names?.ja &&
          translationsInto('ja').some((t) => published.find((a) => a.id === t.id)!.countries.includes(c.id)),
      )!;
      const expected = translationsInto('ja').filter((t) =>
        published.find((a) => a.id === t.id)!.countries.includes(country.id),
      ).length;
      await page.locator('#search-q').fill('');
      await page.locator('#search-country').selectOption(country.names!.ja!);
      await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(new RegExp(`${expected}件`));
      const problems = await audit(page, watch);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('colour-scheme switch (no JavaScript)', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('switches between light and dark by mouse while the system is light', async () => {
    const { page } = await open(PAGES[0]!, 1280, 'light');
    try {
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
      await page.locator('label[for="scheme-dark"]').click();
      expect(await page.locator('#scheme-dark').isChecked()).toBe(true);
      expect(luminance(await background(page)), await background(page)).toBeLessThan(0.1);
      await screenshot(page, 'home-chosen-dark-1280');
      await page.locator('label[for="scheme-light"]').click();
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
    } finally {
      await page.close();
    }
  });

  it('switches with the keyboard: Tab to the group, arrow keys move the choice', async () => {
    const { page, watch } = await open(PAGES[0]!, 1280, 'light');
    try {
      // auto → light → dark → light
      expect(await tabTo(page, 'input[name="scheme"]')).toBe(true);
      expect(await describeFocus(page)).toBe('input#scheme-auto');
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#scheme-light').isChecked()).toBe(true);
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#scheme-dark').isChecked()).toBe(true);
      expect(luminance(await background(page)), await background(page)).toBeLessThan(0.1);
      const problems = await audit(page, watch);
      expect(problems, `chosen dark scheme:\n${problems.join('\n')}`).toEqual([]);
      await page.keyboard.press('ArrowLeft');
      expect(await page.locator('#scheme-light').isChecked()).toBe(true);
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
    } finally {
      await page.close();
    }
  });

  it('lets a reader whose system is dark choose light, and Auto follows the system', async () => {
    const { page } = await open(
      PAGES.find((p) => p.name === 'article')!,
      1280,
      'dark',
    );
    try {
      expect(luminance(await background(page))).toBeLessThan(0.1);
      await page.locator('label[for="scheme-light"]').click();
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
      await page.locator('label[for="scheme-auto"]').click();
      expect(luminance(await background(page))).toBeLessThan(0.1);
    } finally {
      await page.close();
    }
  });
});

describe('layout', () => {
  it('has no horizontal overflow at 320 px on any page', async () => {
    const overflowing: string[] = [];
    for (const sitePage of PAGES) {
      const { page } = await open(sitePage, 320);
      try {
        const { scrollWidth, culprits } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`,
            );
          return { scrollWidth: document.documentElement.scrollWidth, culprits };
        });
        if (scrollWidth > 320)
          overflowing.push(`${sitePage.name}: scrollWidth ${scrollWidth} (${culprits.join(', ')})`);
      } finally {
        await page.close();
      }
    }
    expect(overflowing, overflowing.join('\n')).toEqual([]);
  }, 60_000);

  it('prints an article without navigation or skip link, keeping its text', async () => {
    const { page } = await open(PAGES.find((p) => p.name === 'article')!);
    try {
      await page.emulateMedia({ media: 'print' });
      // Neither the sections nor the language switcher.
      const navs = await page.locator('header nav').all();
      expect(navs).toHaveLength(2);
      for (const nav of navs) expect(await nav.isVisible()).toBe(false);
      expect(await page.locator('.skip-link').isVisible()).toBe(false);
      expect(await page.locator('.scheme-switch').isVisible()).toBe(false);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      expect(await page.locator('main h1').textContent()).toBe(withImage.title);
      expect(await page.locator('.prose p').first().isVisible()).toBe(true);
      expect((await page.locator('.prose').innerText()).length).toBeGreaterThan(200);
      // Print is black on white whatever scheme the reader chose.
      const colours = () =>
        page.evaluate(() => ({
          text: getComputedStyle(document.body).color,
          background: getComputedStyle(document.body).backgroundColor,
        }));
      // The switch is hidden in print, so choose Dark the way its label would.
      await page.evaluate(() => document.querySelector<HTMLInputElement>('#scheme-dark')!.click());
      expect(await page.locator('#scheme-dark').isChecked()).toBe(true);
      const printed = await colours();
      expect(luminance(printed.text), printed.text).toBeLessThan(0.05);
      expect(luminance(printed.background), printed.background).toBeGreaterThan(0.9);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await page.close();
    }
  });
});

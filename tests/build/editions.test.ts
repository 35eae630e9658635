/**
 * The Japanese and Korean editions, built from a synthetic corpus in which about a third of the
 * reports are translated into each language and about half the names have local forms, under a
 * base path: every page kind in each language, `hreflang` both ways, the language switcher, no
 * English interface text on a Japanese or Korean page, feeds, the sitemap and the search bundles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui as english, uiFor } from '../../src/i18n/ui.ts';
import { translationLanguages, type Language } from '../../src/i18n/languages.ts';
import { writeCorpus } from '../../src/tools/corpus-files.ts';
import { makeCorpus, type Corpus } from '../../src/tools/synthetic-corpus.ts';
import { brokenLinks, readSite, removeCache, runBuild, text, type Site } from '../support/site.ts';

const BASE = '/sda/';
const SITE_URL = 'https://example.org';
const corpus: Corpus = makeCorpus({ articles: 45, seed: 11, translations: 0.3 });
const work = mkdtempSync(path.join(tmpdir(), 'sda-editions-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
let site: Site;

const translated = (lang: Language) => new Set(corpus.translations.filter((t) => t.lang === lang).map((t) => t.id));
const published = corpus.articles.filter((article) => !article.draft);
/** A page's path in dist/ from its URL (with base) in a link. */
const local = (href: string) => new URL(href, `${SITE_URL}${BASE}`).pathname.slice(BASE.length - 1);

beforeAll(async () => {
  await writeCorpus(contentDir, corpus, 11);
  const build = runBuild(contentDir, outDir, { SITE_BASE: BASE, SITE_URL });
  if (build.code !== 0) throw new Error(`Build failed:\n${build.output}`);
  site = readSite(outDir);
});

afterAll(() => {
  removeCache(contentDir);
  rmSync(work, { recursive: true, force: true });
});

describe('the Japanese and Korean editions', () => {
  it('translate some reports and leave others, so that both cases are built', () => {
    for (const lang of translationLanguages) {
      expect(translated(lang).size).toBeGreaterThan(5);
      expect(translated(lang).size).toBeLessThan(published.length - 5);
    }
  });

  it.each(translationLanguages)('has every page kind under /%s/, in its language', (lang) => {
    const article = [...translated(lang)][0]!;
    const relation = site.page(`/${lang}/relations/`).querySelector('main table a')!.getAttribute('href')!;
    const agreement = site.page(`/${lang}/agreements/`).querySelector('main table a')!.getAttribute('href')!;
    const year = site.page(`/${lang}/archive/`).querySelector('.term-index a')!.getAttribute('href')!;
    const kinds = [
      `/${lang}/`,
      `/${lang}/articles/${article}/`,
      `/${lang}/countries/`,
      `/${lang}/countries/${corpus.countries[0]!.id}/`,
      `/${lang}/programs/`,
      `/${lang}/programs/${corpus.programs[0]!.id}/`,
      `/${lang}/leaders/`,
      `/${lang}/leaders/${corpus.leaders[0]!.id}/`,
      `/${lang}/summits/`,
      `/${lang}/summits/${corpus.summits[0]!.id}/`,
      `/${lang}/relations/`,
      local(relation),
      `/${lang}/agreements/`,
      local(agreement),
      `/${lang}/archive/`,
      local(year),
      `/${lang}/search/`,
      `/${lang}/404/`,
    ];
    for (const kind of kinds) {
      const page = site.page(kind);
      expect(page.querySelector('html')?.getAttribute('lang'), kind).toBe(lang);
      expect(text(page.querySelector('.site-title')), kind).toBe(uiFor(lang).siteTitle);
    }
    for (const feed of [`${lang}/rss.xml`, `${lang}/countries/${corpus.countries[0]!.id}/rss.xml`]) {
      expect(site.files.has(feed), feed).toBe(true);
    }
  });

  it('has an article page in a language exactly for the reports translated into it', () => {
    for (const lang of translationLanguages) {
      const pages = [...site.pages.keys()]
        .filter((urlPath) => urlPath.startsWith(`/${lang}/articles/`))
        .map((urlPath) => urlPath.slice(`/${lang}/articles/`.length, -1));
      expect(new Set(pages)).toEqual(translated(lang));
    }
  });

  it('has no broken internal link under the base path', () => {
    expect(brokenLinks(site, BASE)).toEqual([]);
  });

  it('links every page to its versions in the other languages both ways, with x-default', () => {
    let pairs = 0;
    const alternatesOf = (page: HTMLElement) =>
      new Map(
        page
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!] as const),
      );
    for (const [urlPath, page] of site.pages) {
      const alternates = alternatesOf(page);
      if (alternates.size === 0) continue;
      const self = `${SITE_URL}${BASE}${urlPath.slice(1)}`;
      expect([...alternates.values()], urlPath).toContain(self);
      expect(alternates.get('x-default'), urlPath).toBe(alternates.get('en-GB'));
      for (const [hreflang, href] of alternates) {
        if (hreflang === 'x-default') continue;
        const target = site.pages.get(new URL(href).pathname.slice(BASE.length - 1));
        expect(target, `${urlPath} -> ${href}`).toBeDefined();
        expect(alternatesOf(target!), `${href} lists the same versions as ${urlPath}`).toEqual(alternates);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(400);
  });

  it('switches to the same page in another language, or to its home with a note', () => {
    const untranslated = published.find((article) => !translated('ja').has(article.id))!;
    const both = [...translated('ja')].find((id) => translated('ko').has(id)) ?? [...translated('ja')][0]!;
    const switcher = (urlPath: string) =>
      new Map(
        site
          .page(urlPath)
          .querySelectorAll('.language-switch a')
          .map((a) => [a.getAttribute('hreflang')!, { href: a.getAttribute('href'), text: text(a) }] as const),
      );
    const fromUntranslated = switcher(`/articles/${untranslated.id}/`);
    expect(fromUntranslated.get('ja')).toEqual({
      href: `${BASE}ja/`,
      text: `日本語${uiFor('ja').languageSwitch.missing}`,
    });
    const fromTranslated = switcher(`/articles/${both}/`);
    expect(fromTranslated.get('ja')).toEqual({ href: `${BASE}ja/articles/${both}/`, text: '日本語' });
    expect(text(site.page(`/ja/articles/${both}/`).querySelector('.language-switch [aria-current]'))).toBe('日本語');
    expect(switcher(`/ja/articles/${both}/`).get('en-GB')?.href).toBe(`${BASE}articles/${both}/`);
  });

  it.each(translationLanguages)(
    'shows no English interface text on a page in %s, except where marked English',
    (lang) => {
      // Every plain string of the English table that the other language writes differently.
      const local = uiFor(lang);
      const strings = new Set<string>();
      const collect = (value: unknown, other: unknown) => {
        if (typeof value === 'string') {
          if (value !== other && value.length >= 4) strings.add(value);
        } else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) collect(inner, (other as Record<string, unknown>)[key]);
        }
      };
      collect(english, local);
      expect(strings.size).toBeGreaterThan(120);
      const englishText = (element: HTMLElement): string[] => {
        const found: string[] = [];
        const walk = (node: HTMLElement) => {
          const langAttr = node.getAttribute?.('lang');
          if (langAttr?.startsWith('en') || ['script', 'style'].includes(node.tagName?.toLowerCase())) return;
          for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
            const value = node.getAttribute?.(attr);
            if (value && strings.has(value.trim())) found.push(`${attr}="${value}"`);
          }
          for (const child of node.childNodes) {
            if (child.nodeType === 3) {
              const value = child.textContent.replace(/\s+/g, ' ').trim();
              for (const string of strings) if (value === string || value.includes(`${string} `)) found.push(value);
            } else walk(child as HTMLElement);
          }
        };
        walk(element);
        return found;
      };
      for (const [urlPath, page] of site.pages) {
        if (!urlPath.startsWith(`/${lang}/`)) continue;
        expect(englishText(page.querySelector('body')!), urlPath).toEqual([]);
      }
    },
  );

  it('marks a name without a local form as English, and shows local ones unmarked', () => {
    const japanese = corpus.countries.find((country) => country.names?.ja)!;
    const englishOnly = corpus.countries.find((country) => !country.names?.ja)!;
    const index = site.page('/ja/countries/');
    const linkTo = (id: string) => index.querySelector(`.term-index a[href="${BASE}ja/countries/${id}/"]`)!;
    expect(text(linkTo(japanese.id))).toBe(japanese.names!.ja);
    expect(linkTo(japanese.id).querySelector('[lang]')).toBeNull();
    expect(linkTo(englishOnly.id).querySelector('[lang="en"]')?.textContent).toBe(englishOnly.name);
  });

  it('marks an English name as English wherever an edition page shows it: lists, headings, tables, charts, map', () => {
    const englishOnly = corpus.countries.filter((country) => !country.names?.ja).map((country) => country.name);
    const named = englishOnly.map((name) => new RegExp(`(^|[^\\p{L}\\p{N}])${name}($|[^\\p{L}\\p{N}])`, 'u'));
    const unmarked: string[] = [];
    const walk = (urlPath: string, element: HTMLElement, lang: string) => {
      for (const child of element.childNodes) {
        if (child.nodeType === 3) {
          if (lang !== 'en' && named.some((name) => name.test(child.textContent)))
            unmarked.push(`${urlPath}: ${child.textContent.trim()}`);
        } else if (child.nodeType === 1) {
          const element = child as HTMLElement;
          const tag = element.tagName.toLowerCase();
          if (tag === 'script' || tag === 'style') continue;
          // An option holds text only: one naming a pair in two languages cannot mark its English half.
          if (tag === 'option' && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(element.textContent))
            continue;
          walk(urlPath, element, element.getAttribute('lang') ?? lang);
        }
      }
    };
    let pages = 0;
    for (const [urlPath, page] of site.pages) {
      if (!urlPath.startsWith('/ja/')) continue;
      pages++;
      walk(urlPath, page.querySelector('body')!, 'ja');
    }
    expect(englishOnly.length).toBeGreaterThan(0);
    expect(pages).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  });

  it('puts an office’s years in the parentheses of the page’s language', () => {
    const leader = corpus.leaders.find((entry) => entry.offices.some((office) => office.from))!;
    const office = (lang: string) =>
      text(site.page(`${lang}leaders/${leader.id}/`).querySelector('dd li:has(time)')!).replace(/\s+/g, ' ');
    expect(office('/ja/')).toMatch(/[^ ]（\d{4}年\d{1,2}月\d{1,2}日 – .*）$/u);
    expect(office('/ko/')).toMatch(/ \(\d{4}년 \d{1,2}월 \d{1,2}일 – .*\)$/u);
    expect(office('/')).toMatch(/ \(\d{1,2} \w+ \d{4} – .*\)$/u);
    // And in the timeline, where a summit gives the leader's office at the time.
    const asides = site
      .page(`/ja/leaders/${leader.id}/`)
      .querySelectorAll('.timeline__entry span span')
      .filter((span) => span.textContent.includes(uiFor('ja').asOffice('')));
    expect(asides.length).toBeGreaterThan(0);
    for (const aside of asides) {
      expect(aside.textContent).toMatch(/^（.*）$/u);
      // Only an English office title is marked English, not the Japanese words around it.
      expect(aside.getAttribute('lang')).toBeUndefined();
      expect(aside.querySelector('[lang="en"]')?.textContent).toBe(leader.offices[0]!.title);
    }
  });

  it('gives each edition its feed, in its language, of its translated reports', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const lang of translationLanguages) {
      const channel = parser.parse(readFileSync(path.join(outDir, lang, 'rss.xml'), 'utf8')).rss.channel;
      expect(channel.language).toBe(lang);
      expect(channel.title).toBe(uiFor(lang).siteTitle);
      const items = [channel.item].flat();
      expect(items.length).toBe(translated(lang).size);
      for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE_URL}${BASE}${lang}/articles/`));
    }
  });

  it('lists every page of the sitemap with the same alternates as its hreflang links', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const urls = [parser.parse(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).urlset.url].flat() as {
      loc: string;
      'xhtml:link'?: { hreflang: string; href: string } | { hreflang: string; href: string }[];
    }[];
    const translatedArticle = `${SITE_URL}${BASE}ja/articles/${[...translated('ja')][0]}/`;
    const entry = urls.find((url) => url.loc === translatedArticle)!;
    const sitemapAlternates = [entry['xhtml:link'] ?? []]
      .flat()
      .map((link) => link.href)
      .sort();
    const page = site.page(new URL(translatedArticle).pathname.slice(BASE.length - 1));
    const hreflangs = page
      .querySelectorAll('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')
      .map((link) => link.getAttribute('href')!)
      .sort();
    expect(sitemapAlternates).toEqual(hreflangs);
    expect(urls.some((url) => url.loc.includes('/404'))).toBe(false);
  });

  it('indexes each language apart, in bundles its search page loads', () => {
    for (const lang of translationLanguages) {
      const bundles = site
        .page(`/${lang}/search/`)
        .querySelector('[data-search-bundles]')!
        .getAttribute('data-search-bundles')!;
      expect(bundles.split(' ').every((name) => name.startsWith(`${lang}/`))).toBe(true);
      for (const bundle of bundles.split(' ')) {
        const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', bundle, 'pagefind-entry.json'), 'utf8'));
        expect(Object.keys(entry.languages)).toEqual([lang]);
        // Pagefind has no stemmer for Japanese or Korean: it loads its plain search module instead.
        const { wasm } = entry.languages[lang];
        expect(site.files.has(`pagefind/${bundle}/wasm.${wasm ?? 'unknown'}.pagefind`), bundle).toBe(true);
      }
    }
    const englishBundles = site
      .page('/search/')
      .querySelector('[data-search-bundles]')!
      .getAttribute('data-search-bundles')!;
    expect(englishBundles.split(' ').every((name) => /^\d{4}(-\d{4})?$/.test(name))).toBe(true);
  });

  it('gives a report in translation its translator and a link to the original', () => {
    const id = [...translated('ko')][0]!;
    const note = site.page(`/ko/articles/${id}/`).querySelector('.article__translation')!;
    expect(text(note)).toContain(uiFor('ko').translation.by('Synthetic Translator'));
    expect(note.querySelector('a')?.getAttribute('href')).toBe(`${BASE}articles/${id}/`);
  });
});

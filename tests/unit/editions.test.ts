/**
 * The Japanese and Korean editions as plain data: the same facts as the English archive, local
 * names where the data gives them (the English ones marked otherwise), the translated reports only,
 * and the addresses of every page in every language.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord } from '../../src/domain/archive.ts';
import { buildEdition, type TranslationRecord } from '../../src/domain/edition.ts';
import type { languageCodes } from '../../src/i18n/languages.ts';
import { pageLanguage } from '../../src/output/page-language.ts';
import { pageLanguages } from '../../src/output/routes.ts';
import { sitemapAlternates } from '../../src/output/sitemap.ts';
import { agreementCard, termCard } from '../../src/output/page-cards.ts';
import { searchBundles } from '../../src/output/search.ts';
import { alternatePaths, createUrls } from '../../src/output/urls.ts';
import { agreementMention, archiveInput, articleRecord, countries, leaders, summits } from './_fixtures.ts';

const tokyo = articleRecord('2022/tokyo', {
  date: '2022-05-23',
  countries: ['japan', 'united-states'],
  summit: 'tokyo-2022',
  agreements: [
    agreementMention('gateway', { status: 'announced', date: '2022-05-23' }),
    agreementMention('statement', { status: 'announced' }),
  ],
});
const later = articleRecord('2022/later', {
  date: '2022-09-01',
  countries: ['japan', 'united-states'],
  agreements: [agreementMention('gateway', { status: 'signed', date: '2022-09-01' })],
});
const seoul = articleRecord('2022/seoul', { date: '2022-05-21', countries: ['south-korea', 'united-states'] });
/** The only tie of Japan and South Korea: a report, never translated. */
const neighbours = articleRecord('2022/neighbours', { date: '2022-06-01', countries: ['japan', 'south-korea'] });

const archive = buildArchive(
  archiveInput([tokyo, later, seoul, neighbours], {
    countries: countries.map((country) =>
      country.id === 'japan'
        ? { ...country, names: { ja: '日本', ko: '일본' }, officialNames: { ja: '日本国' } }
        : country,
    ),
    leaders: leaders.map((leader) =>
      leader.id === 'fumio-kishida'
        ? {
            ...leader,
            names: { ja: '岸田文雄' },
            offices: leader.offices.map((o) => ({ ...o, titles: { ja: '首相' } })),
          }
        : leader,
    ),
    summits: summits.map((summit) =>
      summit.id === 'tokyo-2022' ? { ...summit, names: { ja: '東京首脳会談' }, cityNames: { ja: '東京' } } : summit,
    ),
  }),
);

const translation = (article: ArticleRecord, overrides: Partial<TranslationRecord> = {}): TranslationRecord => ({
  id: article.id,
  lang: 'ja',
  title: `訳：${article.id}`,
  description: `要旨：${article.id}`,
  readingMinutes: 4,
  translator: 'Space Diplomacy Archive',
  file: article.file.replace(/\.md$/, '.ja.md'),
  ...overrides,
});

const ja = buildEdition(archive, 'ja', [
  translation(tokyo, { agreementTitles: { gateway: 'ゲートウェイ合意', statement: '共同声明' } }),
  translation(later, { agreementTitles: { gateway: '後の報道による別の題' } }),
]);

describe('a language edition', () => {
  it('is the archive itself in the archive’s own language', () => {
    expect(buildEdition(archive, 'en', [])).toBe(archive);
    expect(archive.lang).toBe('en');
    expect(archive.nameLang('countries', 'japan')).toBe('en');
  });

  it('lists only the translated reports, newest first, with the translated headline, dek and reading time', () => {
    expect(ja.lang).toBe('ja');
    expect(ja.articles.map((a) => a.id)).toEqual(['2022/later', '2022/tokyo']);
    expect(ja.article('2022/tokyo')).toMatchObject({
      title: '訳：2022/tokyo',
      description: '要旨：2022/tokyo',
      readingMinutes: 4,
      translation: { lang: 'ja', translator: 'Space Diplomacy Archive', file: 'content/articles/2022/tokyo.ja.md' },
    });
    expect(ja.article('2022/seoul')).toBeUndefined();
    expect(ja.neighbours(ja.article('2022/tokyo')!)).toEqual({ newer: ja.article('2022/later'), older: undefined });
  });

  it('keeps every fact of the original: dates, tags, summit, source, agreement ids and statuses', () => {
    const {
      title: _t,
      description: _d,
      readingMinutes: _r,
      translation: _tr,
      agreements,
      ...facts
    } = ja.article('2022/tokyo')!;
    const { title: _ot, description: _od, readingMinutes: _or, agreements: originalAgreements, ...original } = tokyo;
    expect(facts).toEqual(original);
    expect(agreements.map(({ title: _title, ...mention }) => mention)).toEqual(
      originalAgreements.map(({ title: _title, ...mention }) => mention),
    );
  });

  it('has the English archive’s agreements and statuses, even those reported only in untranslated reports', () => {
    const facts = (edition: typeof archive) => edition.agreements.map((a) => [a.id, a.latest.status, a.history.length]);
    expect(facts(ja)).toEqual(facts(archive));
    const seoulOnly = buildEdition(archive, 'ko', []);
    expect(seoulOnly.agreements.map((a) => a.id)).toEqual(archive.agreements.map((a) => a.id));
    // Pairs with an agreement or a summit stay; a pair tied by untranslated reports alone has nothing to show.
    const withFacts = archive.relations.filter((r) => r.agreements.length + r.summits.length > 0);
    expect(withFacts.length).toBeLessThan(archive.relations.length);
    expect(seoulOnly.relations.map((r) => [r.a, r.b, r.agreements.length, r.summits.length])).toEqual(
      withFacts.map((r) => [r.a, r.b, r.agreements.length, r.summits.length]),
    );
    expect(seoulOnly.relations.every((relation) => relation.articles.length === 0)).toBe(true);
    expect(seoulOnly.relation('japan', 'south-korea')).toBeUndefined();
    expect(archive.relation('japan', 'south-korea')?.articles).toEqual([neighbours]);
    expect(ja.relation('japan', 'united-states')?.articles.map((a) => a.id)).toEqual(['2022/later', '2022/tokyo']);
  });

  it('titles an agreement as its oldest translated report does, and marks the others English', () => {
    expect(ja.agreement('gateway')?.title).toBe('ゲートウェイ合意');
    expect(ja.nameLang('agreements', 'gateway')).toBe('ja');
    const untitled = buildEdition(archive, 'ja', [translation(later)]);
    expect(untitled.agreement('gateway')?.title).toBe('Title of gateway');
    expect(untitled.nameLang('agreements', 'gateway')).toBe('en');
    // A translated report's own mentions take the edition's titles too.
    expect(ja.article('2022/later')?.agreements[0]?.title).toBe('ゲートウェイ合意');
  });

  it('links an agreement’s reports in the edition where translated, else in English', () => {
    const history = ja.agreement('gateway')!.history;
    expect(history.map((event) => [event.articleId, event.articleTitle, event.articleLang])).toEqual([
      ['2022/tokyo', '訳：2022/tokyo', 'ja'],
      ['2022/later', '訳：2022/later', 'ja'],
    ]);
    const ko = buildEdition(archive, 'ko', []);
    expect(ko.agreement('gateway')!.history.map((event) => [event.articleTitle, event.articleLang])).toEqual([
      ['Title of 2022/tokyo', 'en'],
      ['Title of 2022/later', 'en'],
    ]);
  });

  it('names terms in the language where the data does, and in English marked as such otherwise', () => {
    expect(ja.termName('countries', 'japan')).toBe('日本');
    expect(ja.nameLang('countries', 'japan')).toBe('ja');
    expect(ja.countries.get('japan')?.officialName).toBe('日本国');
    expect(ja.termName('countries', 'south-korea')).toBe('South Korea');
    expect(ja.nameLang('countries', 'south-korea')).toBe('en');
    expect(ja.countries.get('south-korea')?.officialName).toBe('Republic of Korea');
    expect(ja.termName('leaders', 'fumio-kishida')).toBe('岸田文雄');
    expect(ja.leaders.get('fumio-kishida')?.offices[0]?.title).toBe('首相');
    expect(ja.summits.get('tokyo-2022')).toMatchObject({ name: '東京首脳会談', city: '東京' });
    // Korean has no form for Japan's official name: the English one stays.
    const ko = buildEdition(archive, 'ko', []);
    expect(ko.termName('countries', 'japan')).toBe('일본');
    expect(ko.countries.get('japan')?.officialName).toBe('Japan');
  });

  it('lists every term, with the translated reports under each, by name as the language sorts it', () => {
    expect(ja.terms.countries.map((term) => term.id)).toEqual(
      archive.terms.countries
        .map((t) => t.id)
        .sort((a, b) => new Intl.Collator('ja').compare(ja.termName('countries', a), ja.termName('countries', b))),
    );
    expect(ja.term('countries', 'south-korea')?.articles).toEqual([]);
    expect(ja.term('countries', 'japan')?.articles.map((a) => a.id)).toEqual(['2022/later', '2022/tokyo']);
    expect(ja.years.map(({ year, articles }) => [year, articles.length])).toEqual([['2022', 2]]);
  });
});

describe('addresses in every language', () => {
  it('puts English at the root and the other languages under /<lang>/, with the base', () => {
    const en = createUrls('/sub/', 'en');
    const jaUrls = createUrls('/sub/', 'ja');
    expect([en.home(), jaUrls.home(), jaUrls.home(2)]).toEqual(['/sub/', '/sub/ja/', '/sub/ja/page/2/']);
    expect(jaUrls.article('2022/tokyo')).toBe('/sub/ja/articles/2022/tokyo/');
    expect(jaUrls.term('countries', 'japan', 3)).toBe('/sub/ja/countries/japan/3/');
    expect(jaUrls.relation('united-states', 'japan')).toBe('/sub/ja/relations/japan/united-states/');
    expect([jaUrls.feed(), jaUrls.termFeed('countries', 'japan')]).toEqual([
      '/sub/ja/rss.xml',
      '/sub/ja/countries/japan/rss.xml',
    ]);
    expect(jaUrls.search('月')).toBe('/sub/ja/search/?q=%E6%9C%88');
    // Files every language shares keep one address.
    expect([jaUrls.card('abc'), jaUrls.logo(), jaUrls.data('articles.json'), jaUrls.asset('favicon.svg')]).toEqual([
      '/sub/og/abc.png',
      '/sub/logo.png',
      '/sub/data/articles.json',
      '/sub/favicon.svg',
    ]);
  });

  it('gives the same page in every language from any of them', () => {
    const expected = { en: '/sub/countries/japan/', ja: '/sub/ja/countries/japan/', ko: '/sub/ko/countries/japan/' };
    expect(alternatePaths('/sub/countries/japan/', 'en', '/sub/')).toEqual(expected);
    expect(alternatePaths('/sub/ja/countries/japan/', 'ja', '/sub/')).toEqual(expected);
    expect(alternatePaths('/ko/', 'ko', '/')).toEqual({ en: '/', ja: '/ja/', ko: '/ko/' });
  });

  it('tells a page’s language from its address, never from a term id that looks like a route', () => {
    const at = (path: string, base = '/') => pageLanguage(new URL(`https://example.org${path}`), base).lang;
    expect(at('/')).toBe('en');
    expect(at('/ja/')).toBe('ja');
    expect(at('/ko/articles/2022/x/')).toBe('ko');
    // `[...lang]/[kind]/[term]/[...page]` fits this path with lang "programs" as well.
    expect(at('/programs/lunar-relay/2/')).toBe('en');
    // A language code later in the path is an id, not the language.
    expect(at('/countries/ja/')).toBe('en');
    expect(at('/sub/ja/search/', '/sub/')).toBe('ja');
    expect(at('/ja/sub/', '/sub/')).toBe('en');
    expect(at('/en/')).toBe('en');
    expect(pageLanguage(new URL('https://example.org/ja/')).ui.siteTitle).toBe('宇宙外交アーカイブ');
  });

  it('knows which languages a page of a list exists in', () => {
    const lengths = { en: 45, ja: 21, ko: 0 } as const;
    const lengthIn = (lang: (typeof languageCodes)[number]) => lengths[lang];
    expect(pageLanguages(lengthIn, 20, 1)).toEqual(['en', 'ja', 'ko']);
    expect(pageLanguages(lengthIn, 20, 2)).toEqual(['en', 'ja']);
    expect(pageLanguages(lengthIn, 20, 3)).toEqual(['en']);
    // A year's list exists only with reports in it.
    expect(pageLanguages(lengthIn, 20, 1, false)).toEqual(['en', 'ja']);
  });

  it('keeps each language’s search bundles in a folder of its own', () => {
    const articles = [
      { id: 'a', date: '2021-01-01' },
      { id: 'b', date: '2022-01-01' },
    ];
    expect(searchBundles(articles, 1).map((bundle) => bundle.name)).toEqual(['2022', '2021']);
    expect(searchBundles(articles, 1, 'ja').map((bundle) => bundle.name)).toEqual(['ja/2022', 'ja/2021']);
  });
});

describe('the sitemap’s alternates', () => {
  it('lists each page’s versions that exist, and leaves the editions’ not-found pages out', () => {
    const { filter, serialize } = sitemapAlternates('/sub/');
    const site = 'https://example.org/sub/';
    const pages = ['', 'ja/', 'ko/', 'articles/x/', 'ja/articles/x/', 'articles/y/', 'countries/ja/', 'ja/404/']
      .map((page) => `${site}${page}`)
      .filter(filter);
    expect(pages).not.toContain(`${site}ja/404/`);
    const linksOf = (page: string) => serialize({ url: `${site}${page}` }).links?.map((link) => [link.lang, link.url]);
    expect(linksOf('articles/x/')).toEqual([
      ['en-GB', `${site}articles/x/`],
      ['ja', `${site}ja/articles/x/`],
    ]);
    expect(linksOf('ja/articles/x/')).toEqual(linksOf('articles/x/'));
    expect(linksOf('ko/')).toEqual([
      ['en-GB', site],
      ['ja', `${site}ja/`],
      ['ko', `${site}ko/`],
    ]);
    // A page in one language alone has no alternates; an id that is a language code is an id.
    expect(linksOf('articles/y/')).toBeUndefined();
    expect(linksOf('countries/ja/')).toBeUndefined();
  });
});

describe('an edition’s link-preview cards', () => {
  it('are in its language where it names the subject, and the English card where it names it in English', () => {
    const japan = termCard(ja, 'countries', 'japan');
    expect(japan).toMatchObject({ title: '日本', kicker: '国・地域', lang: 'ja', siteName: '宇宙外交アーカイブ' });
    expect(termCard(ja, 'countries', 'south-korea')).toEqual(termCard(archive, 'countries', 'south-korea'));
    expect(agreementCard(ja, ja.agreement('gateway')!)).toMatchObject({ title: 'ゲートウェイ合意', lang: 'ja' });
    const untitled = buildEdition(archive, 'ja', [translation(later)]);
    expect(agreementCard(untitled, untitled.agreement('gateway')!)).toEqual(
      agreementCard(archive, archive.agreement('gateway')!),
    );
  });
});

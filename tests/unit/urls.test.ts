import { describe, expect, it } from 'vitest';
import { normaliseBase, numberFromEnv } from '../../src/config.ts';
import { taxonomyKinds } from '../../src/domain/taxonomy.ts';
import { absoluteUrl, createUrls, withBase } from '../../src/output/urls.ts';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['   ', '/'],
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['archive/', '/archive/'],
    ['/archive/', '/archive/'],
    [' /a/b/ ', '/a/b/'],
    ['//a/b//', '/a/b/'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });
});

describe('withBase', () => {
  it('gives the root for an empty path', () => {
    expect(withBase('', '/')).toBe('/');
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('', '/archive/')).toBe('/archive/');
    expect(withBase('/', '/archive/')).toBe('/archive/');
  });

  it('adds a trailing slash to directories, once', () => {
    expect(withBase('countries', '/')).toBe('/countries/');
    expect(withBase('/countries', '/')).toBe('/countries/');
    expect(withBase('countries/', '/')).toBe('/countries/');
    expect(withBase('countries/japan', '/archive/')).toBe('/archive/countries/japan/');
    expect(withBase('//countries/japan/', '/archive/')).toBe('/archive/countries/japan/');
  });

  it('leaves file names without a trailing slash', () => {
    expect(withBase('rss.xml', '/')).toBe('/rss.xml');
    expect(withBase('/rss.xml', '/archive/')).toBe('/archive/rss.xml');
    expect(withBase('countries/japan/rss.xml', '/archive/')).toBe('/archive/countries/japan/rss.xml');
    expect(withBase('data/articles.json', '/')).toBe('/data/articles.json');
    expect(withBase('favicon.SVG', '/')).toBe('/favicon.SVG');
  });

  it('never doubles the slash between base and path', () => {
    for (const base of ['/', '/archive/', '/a/b/']) {
      for (const target of ['', 'x', '/x', 'x/', 'rss.xml']) {
        expect(withBase(target, base)).not.toMatch(/\/\//);
        expect(withBase(target, base).startsWith(base)).toBe(true);
      }
    }
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and a base-relative path', () => {
    expect(absoluteUrl('/articles/2022/x/', 'https://example.org')).toBe('https://example.org/articles/2022/x/');
    expect(absoluteUrl('/archive/rss.xml', 'https://example.org')).toBe('https://example.org/archive/rss.xml');
    expect(absoluteUrl('/', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/');
  });

  it('accepts a path already built by the URL helpers', () => {
    const urls = createUrls('/archive/');
    expect(absoluteUrl(urls.term('countries', 'japan', 2), 'https://example.org')).toBe(
      'https://example.org/archive/countries/japan/2/',
    );
  });
});

describe('createUrls at the root', () => {
  const urls = createUrls('/');

  it('builds the home page and its later pages', () => {
    expect(urls.home()).toBe('/');
    expect(urls.home(1)).toBe('/');
    expect(urls.home(2)).toBe('/page/2/');
    expect(urls.home(12)).toBe('/page/12/');
  });

  it('builds article URLs from ids with folders', () => {
    expect(urls.article('2022/biden-kishida-tokyo-summit')).toBe('/articles/2022/biden-kishida-tokyo-summit/');
  });

  it('builds term lists and term pages for every kind', () => {
    for (const kind of taxonomyKinds) {
      expect(urls.termList(kind)).toBe(`/${kind}/`);
    }
    expect(urls.term('countries', 'japan')).toBe('/countries/japan/');
    expect(urls.term('countries', 'japan', 1)).toBe('/countries/japan/');
    expect(urls.term('countries', 'japan', 2)).toBe('/countries/japan/2/');
    expect(urls.term('programs', 'lunar-gateway', 3)).toBe('/programs/lunar-gateway/3/');
    expect(urls.term('leaders', 'joe-biden')).toBe('/leaders/joe-biden/');
    expect(urls.term('summits', 'tokyo-2022')).toBe('/summits/tokyo-2022/');
  });

  it('builds the agreements tracker and each agreement', () => {
    expect(urls.agreements()).toBe('/agreements/');
    expect(urls.agreement('us-japan-joint-statement-2022')).toBe('/agreements/us-japan-joint-statement-2022/');
  });

  it('builds the archive and its year pages', () => {
    expect(urls.archive()).toBe('/archive/');
    expect(urls.archiveYear('2022')).toBe('/archive/2022/');
    expect(urls.archiveYear('2022', 1)).toBe('/archive/2022/');
    expect(urls.archiveYear('2022', 2)).toBe('/archive/2022/2/');
  });

  it('builds asset URLs for files', () => {
    expect(urls.asset('rss.xml')).toBe('/rss.xml');
    expect(urls.asset('countries/japan/rss.xml')).toBe('/countries/japan/rss.xml');
    expect(urls.asset('data/agreements.json')).toBe('/data/agreements.json');
  });
});

describe('createUrls under a sub-path', () => {
  const urls = createUrls('/archive/');

  it('prefixes every URL with the base', () => {
    const all = [
      urls.home(),
      urls.home(2),
      urls.article('2022/x'),
      urls.termList('countries'),
      urls.term('countries', 'japan'),
      urls.term('countries', 'japan', 2),
      urls.agreements(),
      urls.agreement('a'),
      urls.archive(),
      urls.archiveYear('2022'),
      urls.archiveYear('2022', 2),
      urls.asset('rss.xml'),
    ];
    expect(all).toEqual([
      '/archive/',
      '/archive/page/2/',
      '/archive/articles/2022/x/',
      '/archive/countries/',
      '/archive/countries/japan/',
      '/archive/countries/japan/2/',
      '/archive/agreements/',
      '/archive/agreements/a/',
      '/archive/archive/',
      '/archive/archive/2022/',
      '/archive/archive/2022/2/',
      '/archive/rss.xml',
    ]);
  });

  it('ends every page URL in a slash', () => {
    const pages = [
      urls.home(3),
      urls.article('a/b'),
      urls.term('leaders', 'joe-biden', 4),
      urls.archiveYear('2016', 2),
    ];
    for (const url of pages) expect(url).toMatch(/^\/archive\/.*\/$/);
  });
});

describe('numberFromEnv', () => {
  it('reads a number, and nothing when the variable is unset or empty', () => {
    expect(numberFromEnv('X', 1, { X: '300' })).toBe(300);
    expect(numberFromEnv('X', 0, { X: ' 0 ' })).toBe(0);
    expect(numberFromEnv('X', 1, {})).toBeUndefined();
    expect(numberFromEnv('X', 1, { X: '' })).toBeUndefined();
  });

  it('refuses what is not a number, or too small, naming the variable and what to give', () => {
    expect(() => numberFromEnv('SEARCH_TIMEOUT_SECONDS', 1, { SEARCH_TIMEOUT_SECONDS: '2m' })).toThrow(
      'SEARCH_TIMEOUT_SECONDS="2m": give a number of at least 1',
    );
    expect(() => numberFromEnv('X', 1, { X: '0' })).toThrow('X="0": give a number of at least 1');
    expect(() => numberFromEnv('X', 1, { X: 'Infinity' })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { taxonomyKinds } from '../../src/domain/taxonomy.ts';
import { createUrls } from '../../src/output/urls.ts';

describe('createUrls: search, feeds and data at the root', () => {
  const urls = createUrls('/');

  it('builds the search page without a query', () => {
    expect(urls.search()).toBe('/search/');
    expect(urls.search('')).toBe('/search/');
  });

  it('builds the search page with an encoded query', () => {
    expect(urls.search('gateway japan')).toBe('/search/?q=gateway%20japan');
    expect(urls.search('Artemis')).toBe('/search/?q=Artemis');
    expect(urls.search('US & Japan #1?')).toBe('/search/?q=US%20%26%20Japan%20%231%3F');
    expect(urls.search('岸田')).toBe('/search/?q=%E5%B2%B8%E7%94%B0');
  });

  it('gives a query that decodes back to what was searched', () => {
    const query = 'a/b=c&d "e"';
    expect(new URL(urls.search(query), 'https://example.org').searchParams.get('q')).toBe(query);
  });

  it('builds the site feed', () => {
    expect(urls.feed()).toBe('/rss.xml');
  });

  it('builds a feed for a term of every kind', () => {
    expect(urls.termFeed('countries', 'japan')).toBe('/countries/japan/rss.xml');
    for (const kind of taxonomyKinds) {
      expect(urls.termFeed(kind, 'x')).toBe(`/${kind}/x/rss.xml`);
    }
  });

  it('builds data file URLs without a trailing slash', () => {
    expect(urls.data('articles.json')).toBe('/data/articles.json');
    expect(urls.data('agreements.json')).toBe('/data/agreements.json');
    expect(urls.data('agreements.csv')).toBe('/data/agreements.csv');
  });
});

describe('createUrls: search, feeds and data under a sub-path', () => {
  const urls = createUrls('/archive/');

  it('prefixes each with the base', () => {
    expect([
      urls.search(),
      urls.search('gateway japan'),
      urls.feed(),
      urls.termFeed('programs', 'lunar-gateway'),
      urls.data('agreements.csv'),
    ]).toEqual([
      '/archive/search/',
      '/archive/search/?q=gateway%20japan',
      '/archive/rss.xml',
      '/archive/programs/lunar-gateway/rss.xml',
      '/archive/data/agreements.csv',
    ]);
  });
});

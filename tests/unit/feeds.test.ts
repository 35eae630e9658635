import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { FEED_SIZE, feedItems } from '../../src/lib/feeds.ts';
import { absoluteUrl, urls } from '../../src/lib/urls.ts';
import { articleRecord, day } from './_fixtures.ts';

const noCategories = () => [];

describe('feedItems', () => {
  // 60 articles, deliberately oldest first: the feed keeps the order it is given.
  const articles = Array.from({ length: 60 }, (_, n) => articleRecord(`2022/day-${n}`, { date: day(n) }));

  it('carries at most FEED_SIZE (50) items, the first ones of the list, in the given order', () => {
    const items = feedItems(articles, noCategories);
    expect(FEED_SIZE).toBe(50);
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.title)).toEqual(articles.slice(0, 50).map((a) => a.title));
    expect(items[0]?.title).toBe('Title of 2022/day-0');
    expect(items[49]?.title).toBe('Title of 2022/day-49');
  });

  it('carries every article of a shorter list, and honours a smaller limit', () => {
    expect(feedItems(articles.slice(0, 3), noCategories)).toHaveLength(3);
    expect(feedItems(articles, noCategories, 2).map((item) => item.title)).toEqual([
      'Title of 2022/day-0',
      'Title of 2022/day-1',
    ]);
    expect(feedItems([], noCategories)).toEqual([]);
  });

  it('dates each item at midnight UTC of its calendar date', () => {
    const [item] = feedItems([articleRecord('2022/tokyo', { date: '2022-05-23' })], noCategories);
    expect(item?.pubDate.getUTCHours()).toBe(0);
    expect(item?.pubDate.getUTCMinutes()).toBe(0);
    expect(item?.pubDate.getUTCFullYear()).toBe(2022);
    expect(item?.pubDate.getUTCMonth()).toBe(4);
    expect(item?.pubDate.getUTCDate()).toBe(23);
    expect(item?.pubDate.toISOString()).toBe('2022-05-23T00:00:00.000Z');
  });

  it('keeps the calendar date at the turn of a year', () => {
    const [item] = feedItems([articleRecord('2021/eve', { date: '2021-12-31' })], noCategories);
    expect(item?.pubDate.toISOString()).toBe('2021-12-31T00:00:00.000Z');
  });

  it('gives title, description and an absolute link with the base', () => {
    const article = articleRecord('2022/seoul', { title: 'Seoul summit', description: 'Leaders meet in Seoul.' });
    const [item] = feedItems([article], noCategories);
    expect(item).toEqual({
      title: 'Seoul summit',
      description: 'Leaders meet in Seoul.',
      link: absoluteUrl(urls.article('2022/seoul')),
      pubDate: new Date(Date.UTC(2022, 4, 23)),
      categories: [],
    });
    expect(item?.link).toMatch(/^https?:\/\/[^/]+\/(.+\/)?articles\/2022\/seoul\/$/);
  });

  it('takes each item’s categories from the callback, called with that article', () => {
    const seen: string[] = [];
    const categoriesOf = (article: ArticleRecord) => {
      seen.push(article.id);
      return article.countries.map((id) => id.toUpperCase());
    };
    const items = feedItems(
      [
        articleRecord('a', { countries: ['japan', 'united-states'] }),
        articleRecord('b', { countries: [] }),
      ],
      categoriesOf,
    );
    expect(items.map((item) => item.categories)).toEqual([['JAPAN', 'UNITED-STATES'], []]);
    expect(seen).toEqual(['a', 'b']);
  });
});

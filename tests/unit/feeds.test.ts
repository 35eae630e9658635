import { fc, test } from '@fast-check/vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArticleRecord } from '../../src/domain/archive.ts';
import { feedResponse, lastChange } from '../../src/output/feed-response.ts';
import { FEED_SIZE, feedItems } from '../../src/output/feeds.ts';
import { xmlText } from '../../src/output/safe-text.ts';
import { absoluteUrl, urls } from '../../src/output/urls.ts';
import { languageOf } from '../../src/output/page-language.ts';
import { archiveInput, articleRecord, countries, day, programs } from './_fixtures.ts';

const noCategories = () => [];
const englishPage = (article: ArticleRecord) => urls.article(article.id);
const english = languageOf('en');

describe('feedItems', () => {
  // 60 articles, deliberately oldest first: the feed keeps the order it is given.
  const articles = Array.from({ length: 60 }, (_, n) => articleRecord(`2022/day-${n}`, { date: day(n) }));

  it('carries at most FEED_SIZE (50) items, the first ones of the list, in the given order', () => {
    const items = feedItems(articles, noCategories, englishPage);
    expect(FEED_SIZE).toBe(50);
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.title)).toEqual(articles.slice(0, 50).map((a) => a.title));
    expect(items[0]?.title).toBe('Title of 2022/day-0');
    expect(items[49]?.title).toBe('Title of 2022/day-49');
  });

  it('carries every article of a shorter list, and honours a smaller limit', () => {
    expect(feedItems(articles.slice(0, 3), noCategories, englishPage)).toHaveLength(3);
    expect(feedItems(articles, noCategories, englishPage, 2).map((item) => item.title)).toEqual([
      'Title of 2022/day-0',
      'Title of 2022/day-1',
    ]);
    expect(feedItems([], noCategories, englishPage)).toEqual([]);
  });

  it('dates each item at midnight UTC of its calendar date', () => {
    const [item] = feedItems([articleRecord('2022/tokyo', { date: '2022-05-23' })], noCategories, englishPage);
    expect(item?.pubDate.getUTCHours()).toBe(0);
    expect(item?.pubDate.getUTCMinutes()).toBe(0);
    expect(item?.pubDate.getUTCFullYear()).toBe(2022);
    expect(item?.pubDate.getUTCMonth()).toBe(4);
    expect(item?.pubDate.getUTCDate()).toBe(23);
    expect(item?.pubDate.toISOString()).toBe('2022-05-23T00:00:00.000Z');
  });

  it('keeps the calendar date at the turn of a year', () => {
    const [item] = feedItems([articleRecord('2021/eve', { date: '2021-12-31' })], noCategories, englishPage);
    expect(item?.pubDate.toISOString()).toBe('2021-12-31T00:00:00.000Z');
  });

  it('gives title, description and an absolute link with the base', () => {
    const article = articleRecord('2022/seoul', { title: 'Seoul summit', description: 'Leaders meet in Seoul.' });
    const [item] = feedItems([article], noCategories, englishPage);
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
      [articleRecord('a', { countries: ['japan', 'united-states'] }), articleRecord('b', { countries: [] })],
      categoriesOf,
      englishPage,
    );
    expect(items.map((item) => item.categories)).toEqual([['JAPAN', 'UNITED-STATES'], []]);
    expect(seen).toEqual(['a', 'b']);
  });
});

/** XML 1.0 §2.2 `Char`, written out apart from the code under test. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);
/** Iterating a string by code points yields a lone surrogate as itself, so it fails isXmlChar. */
const badChars = (text: string) => [...text].filter((char) => !isXmlChar(char.codePointAt(0)!));
const withoutBadChars = (text: string) => [...text].filter((char) => isXmlChar(char.codePointAt(0)!)).join('');

/** One of each class XML 1.0 forbids. */
const FORBIDDEN = {
  NUL: '\u0000',
  'C0 control U+0001': '\u0001',
  backspace: '\u0008',
  'vertical tab': '\u000B',
  'form feed': '\u000C',
  'C0 control U+001F': '\u001F',
  'U+FFFE': '\uFFFE',
  'U+FFFF': '\uFFFF',
  'lone high surrogate': '\uD800',
  'lone low surrogate': '\uDFFF',
};

describe('xmlText', () => {
  it.each(Object.entries(FORBIDDEN))('removes a %s', (_, char) => {
    expect(xmlText(`a${char}b${char}`)).toBe('ab');
  });

  it('keeps tab, line ends, surrogate pairs and everything else XML allows', () => {
    const allowed = 'tab\t LF\n CR\r DEL\u007F NEL\u0085 \uD7FF \uE000 \uFFFD 🚀 \u{10FFFF} <&>"\' end';
    expect(xmlText(allowed)).toBe(allowed);
  });

  it('removes a surrogate pair written the wrong way round, half by half', () => {
    expect(xmlText('a\uDE80\uD83Db')).toBe('ab');
  });

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 200 })(
    'leaves only XML characters, and all of them',
    (text) => {
      expect(badChars(xmlText(text))).toEqual([]);
      expect(xmlText(text)).toBe(withoutBadChars(text));
    },
  );
});

describe('feedResponse for any text', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'item' || name === 'category',
  });
  /** An XML parser reads CR and CRLF as LF (§2.11). */
  const lineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

  interface Texts {
    title: string;
    description: string;
    country: string;
    program: string;
    channel: string;
  }

  async function feed({ title, description, country, program, channel }: Texts) {
    const article = articleRecord('2022/x', { title, description, countries: ['japan'], programs: ['artemis'] });
    const archive = buildArchive(
      archiveInput([article], {
        countries: countries.map((c) => (c.id === 'japan' ? { ...c, name: country } : c)),
        programs: programs.map((p) => (p.id === 'artemis' ? { ...p, name: program } : p)),
      }),
    );
    const response = await feedResponse(archive, {
      title: channel,
      description: channel,
      articles: [article],
      page: urls.home(),
      self: urls.feed(),
      language: english,
    });
    return response.text();
  }

  /** Well-formed, only XML characters, and every text in it the input minus those characters. */
  async function expectValidFeed(texts: Texts) {
    const xml = await feed(texts);
    expect(badChars(xml)).toEqual([]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { channel } = parser.parse(xml).rss;
    const [item] = channel.item;
    const read = (value: string | undefined) => lineEnds(value ?? '');
    const expected = (value: string) => lineEnds(withoutBadChars(value));
    expect(read(channel.title)).toBe(expected(texts.channel));
    expect(read(channel.description)).toBe(expected(texts.channel));
    expect(read(item.title)).toBe(expected(texts.title));
    expect(read(item.description)).toBe(expected(texts.description));
    expect((item.category ?? []).map(read)).toEqual([expected(texts.country), expected(texts.program)]);
  }

  it.each(Object.entries(FORBIDDEN))('keeps a %s out of every title, description and category', async (_, char) => {
    const texts = (label: string) => `${char}${label} with a ${char} inside${char}`;
    await expectValidFeed({
      title: texts('Title'),
      description: texts('Dek'),
      country: texts('Japan'),
      program: texts('Artemis'),
      channel: texts('Channel'),
    });
  });

  it('escapes markup and keeps line ends, quotes and ampersands', async () => {
    await expectValidFeed({
      title: '</title><script>alert(1)</script> & "more" \'less\' ]]>',
      description: 'Two\nlines\r\nand a <![CDATA[ section ]]>',
      country: 'Côte d’Ivoire & <Friends>',
      program: '=HYPERLINK("x")',
      channel: 'Channel\twith tab',
    });
  });

  const text = fc.string({ unit: 'binary', minLength: 1 });
  test.prop({ title: text, description: text, country: text, program: text, channel: text }, { numRuns: 200 })(
    'is a well-formed XML 1.0 document whatever the titles, descriptions and names',
    expectValidFeed,
  );
});

describe('feedResponse channel data', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const channelOf = async (articles: ArticleRecord[], self = urls.termFeed('countries', 'japan')) => {
    const archive = buildArchive(archiveInput(articles));
    const response = await feedResponse(archive, {
      title: 'Japan',
      description: 'Reports on Japan',
      articles: archive.articles,
      page: urls.term('countries', 'japan'),
      self,
      language: english,
    });
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    return { xml, channel: parser.parse(xml).rss.channel };
  };

  it('links itself with atom:link rel="self", an absolute URL with the base, in the Atom namespace', async () => {
    const { xml, channel } = await channelOf([articleRecord('2022/a')]);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(channel['atom:link']).toEqual({
      href: absoluteUrl(urls.termFeed('countries', 'japan')),
      rel: 'self',
      type: 'application/rss+xml',
    });
  });

  it('escapes the self address for an attribute', async () => {
    const { channel } = await channelOf([articleRecord('2022/a')], '/feed.xml?a=1&b="2"');
    expect(channel['atom:link'].href).toBe(absoluteUrl('/feed.xml?a=1&b="2"'));
  });

  it('gives lastBuildDate as the newest publication or update among its articles, not the clock', async () => {
    const { channel } = await channelOf([
      articleRecord('2022/a', { date: '2022-05-21' }),
      articleRecord('2022/b', { date: '2022-05-23' }),
      articleRecord('2022/c', { date: '2022-05-01', updated: '2022-06-02' }),
    ]);
    expect(channel.lastBuildDate).toBe('Thu, 02 Jun 2022 00:00:00 GMT');
    expect(lastChange([])).toBeUndefined();
  });

  it('leaves lastBuildDate out of a feed without articles', async () => {
    const { channel } = await channelOf([]);
    expect(channel.lastBuildDate).toBeUndefined();
    expect(channel['atom:link'].rel).toBe('self');
  });
});

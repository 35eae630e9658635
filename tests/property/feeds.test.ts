/**
 * Every RSS feed is well-formed XML 1.0 whatever text the content holds: only characters of the
 * `Char` production (§2.2), as bytes and as character references, and a document a strict parser
 * reads to the end with every item. Seeds and reruns: see arbitraries.ts.
 */
import { test } from '@fast-check/vitest';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/domain/archive.ts';
import { feedResponse } from '../../src/output/feed-response.ts';
import { FEED_SIZE } from '../../src/output/feeds.ts';
import { urls } from '../../src/output/urls.ts';
import { languageOf } from '../../src/output/page-language.ts';
import { anyString, anyText, archiveInput, runs, uncheckedArchiveInput } from './arbitraries.ts';

/** What XML 1.0 forbids anywhere in a document; with the `u` flag a lone surrogate is one match. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CHARACTER_REFERENCE = /&#(x[0-9a-f]+|[0-9]+);/gi;

interface ReadFeed {
  channelTitle: string;
  items: { title: string; categories: string[] }[];
}

/** Reads a feed the strict way: throws on the first character or construct XML 1.0 does not allow. */
function readFeed(bytes: Uint8Array): ReadFeed {
  // Lone surrogates and broken sequences are errors here, not silent U+FFFDs.
  const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad)
    throw new Error(`U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${bad.index}`);
  for (const [reference, number] of xml.matchAll(CHARACTER_REFERENCE)) {
    const code = number!.startsWith('x') || number!.startsWith('X') ? parseInt(number!.slice(1), 16) : Number(number);
    if (code > 0x10ffff || NOT_XML_CHAR.test(String.fromCodePoint(code)))
      throw new Error(`${reference} refers to a character XML 1.0 forbids`);
  }
  const feed: ReadFeed = { channelTitle: '', items: [] };
  const path: string[] = [];
  let text = '';
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    path.push(tag.name);
    text = '';
    if (path.join('/') === 'rss/channel/item') feed.items.push({ title: '', categories: [] });
  };
  parser.ontext = (value) => (text += value);
  parser.oncdata = (value) => (text += value);
  parser.onclosetag = () => {
    const at = path.join('/');
    if (at === 'rss/channel/title') feed.channelTitle = text;
    if (at === 'rss/channel/item/title') feed.items.at(-1)!.title = text;
    if (at === 'rss/channel/item/category') feed.items.at(-1)!.categories.push(text);
    path.pop();
  };
  parser.write(xml).close();
  if (path.length > 0) throw new Error(`unclosed <${path.join('><')}>`);
  return feed;
}

/**
 * A text as a feed may carry it: the writers may drop what XML cannot hold, and the bytes turn a
 * lone surrogate into U+FFFD; compared without either.
 */
const comparable = (value: string) => value.replace(new RegExp(NOT_XML_CHAR, 'gu'), '').replaceAll('\ufffd', '');

describe('RSS feeds', () => {
  test.prop([archiveInput, anyText, anyText], { numRuns: runs(150) })(
    'are well-formed XML 1.0 with every item, its title and its categories',
    async (input, title, description) => {
      const archive = buildArchive(input);
      const response = await feedResponse(archive, {
        title,
        description,
        articles: archive.articles,
        page: urls.home(),
        self: urls.feed(),
        language: languageOf('en'),
      });
      const feed = readFeed(new Uint8Array(await response.arrayBuffer()));
      expect(comparable(feed.channelTitle)).toBe(comparable(title));
      const expected = archive.articles.slice(0, FEED_SIZE);
      expect(feed.items.map((item) => comparable(item.title))).toEqual(
        expected.map((article) => comparable(article.title)),
      );
      expect(feed.items.map((item) => item.categories.map(comparable))).toEqual(
        expected.map((article) => [
          ...article.countries.map((id) => comparable(archive.termName('countries', id))),
          ...article.programs.map((id) => comparable(archive.termName('programs', id))),
        ]),
      );
    },
  );

  test.prop([uncheckedArchiveInput, anyString, anyString], { numRuns: runs(100) })(
    'stay well-formed with text no check has seen (a new field, another source)',
    async (input, title, description) => {
      const archive = buildArchive(input);
      const response = await feedResponse(archive, {
        title,
        description,
        articles: archive.articles,
        page: urls.home(),
        self: urls.feed(),
        language: languageOf('en'),
      });
      const feed = readFeed(new Uint8Array(await response.arrayBuffer()));
      expect(feed.items).toHaveLength(Math.min(archive.articles.length, FEED_SIZE));
    },
  );
});

describe('the strict reader of the properties', () => {
  const bytes = (xml: string) => new TextEncoder().encode(xml);
  it('refuses what XML 1.0 forbids, and reads a plain feed', () => {
    for (const xml of [
      '<rss><channel><title>a\u0001</title></channel></rss>',
      '<rss><channel><title>a&#1;</title></channel></rss>',
      '<rss><channel><title>\uffff</title></channel></rss>',
      '<rss><channel><title>a & b</title></channel></rss>',
      '<rss><channel><title>a</channel></rss>',
    ]) {
      expect(() => readFeed(bytes(xml)), xml).toThrow();
    }
    // An encoded lone surrogate (ED A0 80) is not UTF-8.
    expect(() => readFeed(new Uint8Array([0x3c, 0x72, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x72, 0x3e]))).toThrow();
    expect(
      readFeed(bytes('<rss><channel><title>A &amp; B</title><item><title>x</title></item></channel></rss>')),
    ).toEqual({
      channelTitle: 'A & B',
      items: [{ title: 'x', categories: [] }],
    });
  });
});

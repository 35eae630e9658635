import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { buildArchive } from '../../src/domain/archive.ts';
import { breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd } from '../../src/output/structured-data.ts';
import { absoluteUrl, urls } from '../../src/output/urls.ts';
import { archiveInput, articleRecord, countries } from './_fixtures.ts';

const tokyo = articleRecord('2022/tokyo', {
  title: 'Biden and Kishida meet in Tokyo',
  description: 'Leaders agree to work together on the Gateway.',
  date: '2022-05-23',
  updated: '2022-05-25',
  summit: 'tokyo-2022',
  leaders: ['joe-biden', 'fumio-kishida'],
  countries: ['japan', 'united-states'],
  programs: ['lunar-gateway', 'artemis'],
  source: { publication: 'SpaceNews', author: 'Jeff Foust', url: 'https://spacenews.com/tokyo/' },
});
const plain = articleRecord('2022/plain', { date: '2022-05-21', source: { publication: 'Yonhap' } });
const archive = buildArchive(archiveInput([tokyo, plain]));

const organisation = {
  '@type': 'Organization',
  name: siteConfig.title,
  url: absoluteUrl(urls.home()),
  logo: { '@type': 'ImageObject', url: absoluteUrl(urls.logo()), width: 512, height: 512 },
};
const card = absoluteUrl(urls.card('abc'));

describe('newsArticleJsonLd', () => {
  it('describes the article as a NewsArticle written and published by the site', () => {
    const url = absoluteUrl(urls.article('2022/tokyo'));
    expect(newsArticleJsonLd(archive, tokyo, card)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Biden and Kishida meet in Tokyo',
      description: 'Leaders agree to work together on the Gateway.',
      url,
      mainEntityOfPage: url,
      inLanguage: siteConfig.locale,
      datePublished: '2022-05-23',
      dateModified: '2022-05-25',
      author: organisation,
      publisher: organisation,
      isBasedOn: {
        '@type': 'NewsArticle',
        publisher: { '@type': 'Organization', name: 'SpaceNews' },
        author: { '@type': 'Person', name: 'Jeff Foust' },
        url: 'https://spacenews.com/tokyo/',
      },
      about: [
        { '@type': 'Country', name: 'Japan', url: absoluteUrl(urls.term('countries', 'japan')) },
        { '@type': 'Country', name: 'United States', url: absoluteUrl(urls.term('countries', 'united-states')) },
        { '@type': 'Thing', name: 'Lunar Gateway', url: absoluteUrl(urls.term('programs', 'lunar-gateway')) },
        { '@type': 'Thing', name: 'Artemis', url: absoluteUrl(urls.term('programs', 'artemis')) },
      ],
      mentions: [
        { '@type': 'Person', name: 'Joe Biden', url: absoluteUrl(urls.term('leaders', 'joe-biden')) },
        { '@type': 'Person', name: 'Fumio Kishida', url: absoluteUrl(urls.term('leaders', 'fumio-kishida')) },
      ],
      image: [card],
    });
  });

  it('uses the publication date as dateModified when the article was never updated', () => {
    const data = newsArticleJsonLd(archive, plain, card);
    expect(data['datePublished']).toBe('2022-05-21');
    expect(data['dateModified']).toBe('2022-05-21');
  });

  it('names the source publication without an author or url key when the source gives none', () => {
    const isBasedOn = newsArticleJsonLd(archive, plain, card)['isBasedOn'];
    expect(isBasedOn).toEqual({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Yonhap' } });
    expect(isBasedOn).not.toHaveProperty('author');
    expect(isBasedOn).not.toHaveProperty('url');
  });

  it('credits the site, not the source’s reporter, as author', () => {
    expect(newsArticleJsonLd(archive, tokyo, card)['author']).toEqual(organisation);
  });

  it('has empty about and mentions for an untagged article', () => {
    const data = newsArticleJsonLd(archive, plain, card);
    expect(data['about']).toEqual([]);
    expect(data['mentions']).toEqual([]);
  });

  it('falls back to the id as the name of a term the archive does not know', () => {
    const foreign = articleRecord('2023/paris', { countries: ['france'] });
    const data = newsArticleJsonLd(buildArchive(archiveInput([foreign])), foreign, card);
    expect(data['about']).toEqual([
      { '@type': 'Country', name: 'france', url: absoluteUrl(urls.term('countries', 'france')) },
    ]);
  });

  it('lists the picture it is given: the article image or its card', () => {
    const imageUrl = absoluteUrl(urls.asset('images/tokyo.jpg'));
    expect(newsArticleJsonLd(archive, tokyo, imageUrl)['image']).toEqual([imageUrl]);
  });

  it('gives the publisher a logo, an absolute URL with its size', () => {
    expect(newsArticleJsonLd(archive, tokyo, card)['publisher']).toMatchObject({
      logo: { '@type': 'ImageObject', url: absoluteUrl(urls.logo()), width: 512, height: 512 },
    });
  });

  it('survives JSON serialisation unchanged', () => {
    const data = newsArticleJsonLd(archive, tokyo, card);
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
  });
});

describe('breadcrumbJsonLd', () => {
  it('lists the trail from the home page with positions and absolute URLs, the page itself last', () => {
    const page = urls.relation('united-states', 'japan');
    expect(
      breadcrumbJsonLd(
        [
          { name: 'Latest', href: urls.home() },
          { name: 'Relations', href: urls.relations() },
          { name: 'Japan and United States' },
        ],
        page,
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Latest', item: absoluteUrl(urls.home()) },
        { '@type': 'ListItem', position: 2, name: 'Relations', item: absoluteUrl(urls.relations()) },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Japan and United States',
          item: absoluteUrl('/relations/japan/united-states/'),
        },
      ],
    });
  });
});

describe('jsonLdScript: the text of the <script type="application/ld+json">', () => {
  const withTitle = (title: string) => newsArticleJsonLd(archive, { ...tokyo, title }, card);

  it.each(['</script><script>alert(1)</script>', '</SCRIPT >', '<!--', '<!-- <script>', 'a<b'])(
    'cannot be closed or turned into a comment by %j in a headline',
    (title) => {
      const script = jsonLdScript(withTitle(title));
      // Script data ends at `</script` and changes state at `<!--`: both need a literal `<`.
      expect(script).not.toContain('<');
      expect(script).toContain('\\u003c');
      expect(JSON.parse(script)).toStrictEqual(withTitle(title));
    },
  );

  it('escapes a lone surrogate instead of writing it', () => {
    const script = jsonLdScript(withTitle('half \uD800 a pair'));
    expect(script).toContain('"headline":"half \\ud800 a pair"');
    expect(script.isWellFormed()).toBe(true);
  });

  const text = fc.string({ unit: 'binary' });
  test.prop({ title: text, description: text, publication: text, author: text, country: text }, { numRuns: 200 })(
    'is JSON that reads back as the data, with no `<` and no lone surrogate, whatever the text',
    ({ title, description, publication, author, country }) => {
      const article = articleRecord('2022/x', {
        title,
        description,
        countries: ['japan'],
        source: { publication, author },
      });
      const named = buildArchive(
        archiveInput([article], { countries: countries.map((c) => (c.id === 'japan' ? { ...c, name: country } : c)) }),
      );
      const data = newsArticleJsonLd(named, article, card);
      const script = jsonLdScript(data);
      expect(script).not.toContain('<');
      expect(script.isWellFormed()).toBe(true);
      expect(JSON.parse(script)).toStrictEqual(data);
    },
  );
});

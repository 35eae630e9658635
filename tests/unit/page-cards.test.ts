import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { buildArchive } from '../../src/domain/archive.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardKey } from '../../src/output/cards.ts';
import {
  agreementCard,
  allCards,
  articleCard,
  cardPreview,
  sectionCard,
  termCard,
} from '../../src/output/page-cards.ts';
import { absoluteUrl, urls } from '../../src/output/urls.ts';
import { agreementMention, archiveInput, articleRecord } from './_fixtures.ts';

const tokyo = articleRecord('2022/tokyo', {
  summit: 'tokyo-2022',
  countries: ['japan', 'united-states'],
  agreements: [agreementMention('gateway', { status: 'signed', date: '2022-05-23' })],
});
const untagged = articleRecord('2022/untagged');
const seoulTalks = articleRecord('2022/seoul-talks', { countries: ['south-korea', 'united-states'] });
const archive = buildArchive(archiveInput([tokyo, untagged, seoulTalks]));

describe('the cards pages get', () => {
  it('gives a summit its name, date and the countries it brought together', () => {
    expect(termCard(archive, 'summits', 'tokyo-2022')).toEqual({
      title: 'Tokyo summit',
      kicker: 'Summit',
      date: '23 May 2022',
      countries: ['Japan', 'United States'],
      lang: 'en',
      siteName: 'Space Diplomacy Archive',
    });
  });

  it('gives a leader the native-script name beside the Latin one, and their country', () => {
    expect(termCard(archive, 'leaders', 'fumio-kishida')).toEqual({
      title: 'Fumio Kishida (岸田文雄)',
      kicker: 'Leader',
      countries: ['Japan'],
      lang: 'en',
      siteName: 'Space Diplomacy Archive',
    });
  });

  it('gives an agreement its kind, latest status and date, and its parties', () => {
    expect(agreementCard(archive, archive.agreement('gateway')!)).toEqual({
      title: 'Title of gateway',
      kicker: 'Joint statement · Signed',
      date: '23 May 2022',
      countries: ['Japan', 'United States'],
      lang: 'en',
      siteName: 'Space Diplomacy Archive',
    });
  });

  it('gives an article without an image the card of its summit, else its first country, else the site', () => {
    expect(articleCard(archive, tokyo)).toEqual(termCard(archive, 'summits', 'tokyo-2022'));
    expect(articleCard(archive, seoulTalks)).toEqual(termCard(archive, 'countries', 'south-korea'));
    expect(articleCard(archive, untagged)).toEqual(sectionCard(siteConfig.title, 'en'));
  });

  it('describes a card as a 1200×630 PNG at an absolute URL named by its key, with alt text', () => {
    const card = termCard(archive, 'countries', 'japan');
    expect(cardPreview(card)).toEqual({
      src: absoluteUrl(urls.card(cardKey(card))),
      alt: 'Preview card of the Space Diplomacy Archive: Country, Japan',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: 'image/png',
    });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });
});

describe('allCards', () => {
  const cards = allCards([archive]);

  it('lists every card a page can ask for, once each, by its key', () => {
    const asked = [
      sectionCard(siteConfig.title, 'en'),
      sectionCard('Countries', 'en'),
      sectionCard('Relations', 'en'),
      sectionCard('Reports from 2022', 'en'),
      sectionCard('Search', 'en'),
      ...archive.articles.map((article) => articleCard(archive, article)),
      ...archive.terms.countries.map((term) => termCard(archive, 'countries', term.id)),
      ...archive.terms.leaders.map((term) => termCard(archive, 'leaders', term.id)),
      ...archive.agreements.map((agreement) => agreementCard(archive, agreement)),
    ];
    for (const card of asked) expect(cards.get(cardKey(card)), card.title).toEqual(card);
    for (const [key, card] of cards) expect(cardKey(card)).toBe(key);
  });

  it('has one card per term, agreement and section, not one per article or relation', () => {
    const terms = Object.values(archive.terms).flat().length;
    expect(cards.size).toBeLessThanOrEqual(terms + archive.agreements.length + 10 + archive.years.length);
    // Exactly these: the sections, every term, every agreement; no card of an article or a relation.
    const sections = [siteConfig.title, 'Countries', 'Programs', 'Leaders', 'Summits', 'Agreements', 'Relations']
      .concat(['Archive', 'Search', ...archive.years.map(({ year }) => `Reports from ${year}`)])
      .map((title) => sectionCard(title, 'en'));
    const kinds = ['countries', 'programs', 'leaders', 'summits'] as const;
    const expected = [
      ...sections,
      ...kinds.flatMap((kind) => archive.terms[kind].map((term) => termCard(archive, kind, term.id))),
      ...archive.agreements.map((agreement) => agreementCard(archive, agreement)),
    ];
    expect(new Set(cards.keys())).toEqual(new Set(expected.map((card) => cardKey(card))));
  });
});

import { describe, expect, it } from 'vitest';
import { buildArchive, type Archive, type ArticleRecord } from '../../src/domain/archive.ts';
import { relatedArticles, type RelatedIndex } from '../../src/domain/related.ts';
import { archiveInput, articleRecord, day } from './_fixtures.ts';

/** The index the article page gives `relatedArticles`, built from the archive as `readOn()` does. */
function indexOf(archive: Archive): RelatedIndex {
  return {
    articlesOf: (kind, id) => archive.term(kind, id)?.articles ?? [],
    rankOf: archive.rankOf,
  };
}

function related(articles: ArticleRecord[], target: ArticleRecord, limit?: number): string[] {
  const archive = buildArchive(archiveInput(articles));
  return relatedArticles(target, indexOf(archive), limit).map((article) => article.id);
}

describe('relatedArticles: scoring', () => {
  const target = articleRecord('target', {
    date: '2022-05-23',
    summit: 'tokyo-2022',
    programs: ['artemis'],
    countries: ['japan'],
  });

  it('ranks a shared summit above a shared program above a shared country, even against closeness in time', () => {
    // The nearest in time shares the least, so only the score can put them in this order.
    const country = articleRecord('shares-country', { date: '2022-05-22', countries: ['japan'] });
    const program = articleRecord('shares-program', { date: '2022-05-21', programs: ['artemis'] });
    const summit = articleRecord('shares-summit', { date: '2022-05-20', summit: 'tokyo-2022' });
    expect(related([target, country, program, summit], target)).toEqual([
      'shares-summit',
      'shares-program',
      'shares-country',
    ]);
  });

  it('adds up what an article shares: a program and a country beat a program alone', () => {
    const programOnly = articleRecord('program-only', { date: '2022-05-22', programs: ['artemis'] });
    const programAndCountry = articleRecord('program-and-country', {
      date: '2022-05-01',
      programs: ['artemis'],
      countries: ['japan'],
    });
    expect(related([target, programOnly, programAndCountry], target)).toEqual(['program-and-country', 'program-only']);
  });

  it('leaves out articles that share nothing, and leaders do not count', () => {
    const unrelated = articleRecord('unrelated', {
      date: '2022-05-22',
      countries: ['south-korea'],
      leaders: ['fumio-kishida'],
    });
    const country = articleRecord('shares-country', { date: '2022-05-01', countries: ['japan'] });
    const withLeader = articleRecord('target-with-leader', {
      date: '2022-05-23',
      countries: ['japan'],
      leaders: ['fumio-kishida'],
    });
    expect(related([withLeader, unrelated, country], withLeader)).toEqual(['shares-country']);
  });
  it('counts a tag written twice in the frontmatter once, as the term pages do', () => {
    // The validator reports `countries: [japan, japan]`; should one get through, it must not weigh Japan like a program.
    const repeated = articleRecord('target-repeated', {
      date: '2022-05-23',
      programs: ['artemis'],
      countries: ['japan', 'japan'],
    });
    const country = articleRecord('shares-country', { date: '2022-05-22', countries: ['japan'] });
    const program = articleRecord('shares-program', { date: '2022-05-01', programs: ['artemis'] });
    expect(related([repeated, country, program], repeated)).toEqual(['shares-program', 'shares-country']);
  });
});

describe('relatedArticles: what is never offered', () => {
  it('never offers the article itself', () => {
    const target = articleRecord('target', { summit: 'tokyo-2022', programs: ['artemis'], countries: ['japan'] });
    const other = articleRecord('other', { date: '2022-05-01', countries: ['japan'] });
    expect(related([target, other], target)).toEqual(['other']);
    expect(related([target], target)).toEqual([]);
  });

  it('never offers a draft, however much it shares', () => {
    const target = articleRecord('target', { summit: 'tokyo-2022', programs: ['artemis'], countries: ['japan'] });
    const draft = articleRecord('draft', {
      date: '2022-05-23',
      summit: 'tokyo-2022',
      programs: ['artemis'],
      countries: ['japan'],
      draft: true,
    });
    const published = articleRecord('published', { date: '2021-01-01', countries: ['japan'] });
    expect(related([target, draft, published], target)).toEqual(['published']);
  });

  it('gives nothing for an article with no summit, program or country', () => {
    const untagged = articleRecord('untagged', { leaders: ['joe-biden'] });
    const others = [
      articleRecord('a', { countries: ['japan'], leaders: ['joe-biden'] }),
      articleRecord('b', { summit: 'tokyo-2022', programs: ['artemis'] }),
    ];
    expect(related([untagged, ...others], untagged)).toEqual([]);
  });
});

describe('relatedArticles: limit and ties', () => {
  const target = articleRecord('target', { date: day(10), countries: ['japan'] });
  const others = [1, 2, 3, 4, 5, 6].map((n) =>
    articleRecord(`other-${n}`, { date: day(10 - n), countries: ['japan'] }),
  );

  it('offers three articles by default', () => {
    expect(related([target, ...others], target)).toEqual(['other-1', 'other-2', 'other-3']);
  });

  it('offers at most `limit` articles, and all of them when there are fewer', () => {
    expect(related([target, ...others], target, 5)).toEqual(['other-1', 'other-2', 'other-3', 'other-4', 'other-5']);
    expect(related([target, ...others], target, 1)).toEqual(['other-1']);
    expect(related([target, ...others], target, 10)).toHaveLength(6);
  });

  it('breaks a tie in score by closeness in time on either side, then by id', () => {
    // Newest first: mike-2-newer, zulu-1-newer, target, alpha-1-older, bravo-2-older, charlie-3-older.
    const middle = articleRecord('target', { date: '2022-05-23', countries: ['japan'] });
    const candidates = [
      articleRecord('mike-2-newer', { date: '2022-05-25', countries: ['japan'] }),
      articleRecord('zulu-1-newer', { date: '2022-05-24', countries: ['japan'] }),
      articleRecord('alpha-1-older', { date: '2022-05-22', countries: ['japan'] }),
      articleRecord('bravo-2-older', { date: '2022-05-21', countries: ['japan'] }),
      articleRecord('charlie-3-older', { date: '2022-05-20', countries: ['japan'] }),
    ];
    expect(related([middle, ...candidates], middle, 5)).toEqual([
      'alpha-1-older',
      'zulu-1-newer',
      'bravo-2-older',
      'mike-2-newer',
      'charlie-3-older',
    ]);
  });

  it('counts closeness in archive order, so a same-day article is nearest', () => {
    const middle = articleRecord('b-target', { date: '2022-05-23', countries: ['japan'] });
    const sameDay = articleRecord('c-same-day', { date: '2022-05-23', countries: ['japan'] });
    const dayBefore = articleRecord('a-day-before', { date: '2022-05-22', countries: ['japan'] });
    expect(related([dayBefore, middle, sameDay], middle, 1)).toEqual(['c-same-day']);
  });
});

describe('relatedArticles: window of neighbours', () => {
  // 61 articles on consecutive days, all about one country: far longer than 2 × 25 + 1.
  const series = Array.from({ length: 61 }, (_, n) =>
    articleRecord(`day-${String(n).padStart(2, '0')}`, { date: day(n), countries: ['united-states'] }),
  );
  const idsByRank = [...series].reverse().map((article) => article.id); // newest first
  const middle = series[30]!; // rank 30

  it('only looks at the 25 neighbours on each side in a long term list', () => {
    const found = related(series, middle, 100);
    expect(found).toHaveLength(50);
    expect(new Set(found)).toEqual(new Set([...idsByRank.slice(5, 30), ...idsByRank.slice(31, 56)]));
  });

  it('picks a near article sharing one country but not a far-away one', () => {
    const found = related(series, middle, 100);
    expect(found).toContain('day-29');
    expect(found).toContain('day-31');
    expect(found).toContain('day-55'); // 25 newer
    expect(found).toContain('day-05'); // 25 older
    expect(found).not.toContain('day-60'); // 30 newer: the newest
    expect(found).not.toContain('day-00'); // 30 older: the oldest
    expect(found).not.toContain('day-56');
    expect(found).not.toContain('day-04');
  });

  it('takes a window of one side only at the end of the list', () => {
    const newest = series[60]!;
    expect(related(series, newest, 100)).toEqual(idsByRank.slice(1, 26));
  });

  it('still finds a far-away article through a term with a short list', () => {
    const far = articleRecord('far-program', {
      date: '2021-01-01',
      countries: ['united-states'],
      programs: ['artemis'],
    });
    const target = articleRecord('target', { date: day(61), countries: ['united-states'], programs: ['artemis'] });
    const found = related([...series, far, target], target, 100);
    expect(found[0]).toBe('far-program');
    expect(found).toHaveLength(26);
  });
});

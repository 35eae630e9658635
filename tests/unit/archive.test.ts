import { describe, expect, it } from 'vitest';
import { buildArchive, compareArticles, termIdsOf } from '../../src/domain/archive.ts';
import { taxonomyKinds } from '../../src/domain/taxonomy.ts';
import { agreementMention, archiveInput, articleRecord, countries } from './_fixtures.ts';

const tokyo = articleRecord('2022/tokyo', {
  date: '2022-05-23',
  summit: 'tokyo-2022',
  leaders: ['joe-biden', 'fumio-kishida'],
  countries: ['united-states', 'japan'],
  programs: ['artemis', 'lunar-gateway'],
  agreements: [agreementMention('us-japan-statement', { date: '2022-05-23' })],
});
const roadmap = articleRecord('2022/roadmap', {
  date: '2022-05-23',
  summit: 'tokyo-2022',
  leaders: ['fumio-kishida'],
  countries: ['japan'],
  programs: ['artemis'],
  agreements: [agreementMention('us-japan-statement', { status: 'signed', date: '2022-06' })],
});
const seoul = articleRecord('2022/seoul', {
  date: '2022-05-21',
  summit: 'seoul-2022',
  leaders: ['joe-biden', 'yoon-suk-yeol'],
  countries: ['united-states', 'south-korea'],
  agreements: [
    agreementMention('us-rok-dialogue', {
      kind: 'dialogue',
      parties: ['south-korea', 'united-states'],
      date: '2016-04',
    }),
  ],
});
const older = articleRecord('2021/gateway', {
  date: '2021-11-30',
  countries: ['united-states'],
  programs: ['lunar-gateway'],
});

const archive = buildArchive(archiveInput([older, seoul, tokyo, roadmap]));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('buildArchive: articles', () => {
  it('lists articles newest first, ties broken by id', () => {
    expect(ids(archive.articles)).toEqual(['2022/roadmap', '2022/tokyo', '2022/seoul', '2021/gateway']);
  });

  it('gives the same order whatever the input order', () => {
    const shuffled = buildArchive(archiveInput([roadmap, older, tokyo, seoul]));
    expect(ids(shuffled.articles)).toEqual(ids(archive.articles));
  });

  it('compareArticles sorts newer before older', () => {
    expect(compareArticles(tokyo, older)).toBeLessThan(0);
    expect(compareArticles(older, tokyo)).toBeGreaterThan(0);
    expect(compareArticles(roadmap, tokyo)).toBeLessThan(0);
  });

  it('looks an article up by id', () => {
    expect(archive.article('2022/seoul')).toBe(seoul);
    expect(archive.article('2022/nowhere')).toBeUndefined();
  });
});

describe('buildArchive: terms', () => {
  it('builds terms for every kind', () => {
    expect(Object.keys(archive.terms).sort()).toEqual([...taxonomyKinds].sort());
  });

  it('includes every defined term, with or without articles, sorted by name', () => {
    expect(archive.terms.countries.map((t) => t.name)).toEqual(['Japan', 'South Korea', 'United States']);
    expect(archive.terms.leaders.map((t) => t.name)).toEqual(['Fumio Kishida', 'Joe Biden', 'Yoon Suk-yeol']);
    expect(archive.terms.programs.map((t) => t.name)).toEqual(['Artemis', 'Lunar Gateway']);
  });

  it('lists summits newest first', () => {
    expect(ids(archive.terms.summits)).toEqual(['tokyo-2022', 'seoul-2022']);
  });

  it('tags articles with their summit', () => {
    expect(ids(archive.term('summits', 'tokyo-2022')?.articles ?? [])).toEqual(['2022/roadmap', '2022/tokyo']);
    expect(ids(archive.term('summits', 'seoul-2022')?.articles ?? [])).toEqual(['2022/seoul']);
    expect(termIdsOf(older, 'summits')).toEqual([]);
    expect(termIdsOf(tokyo, 'summits')).toEqual(['tokyo-2022']);
  });

  it('counts the articles of each term, newest first', () => {
    const counts = Object.fromEntries(archive.terms.countries.map((t) => [t.id, t.articles.length]));
    expect(counts).toEqual({ japan: 2, 'south-korea': 1, 'united-states': 3 });
    expect(ids(archive.term('countries', 'united-states')?.articles ?? [])).toEqual([
      '2022/tokyo',
      '2022/seoul',
      '2021/gateway',
    ]);
    expect(ids(archive.term('programs', 'lunar-gateway')?.articles ?? [])).toEqual(['2022/tokyo', '2021/gateway']);
  });

  it('keeps a term that no article carries', () => {
    const none = buildArchive(archiveInput([]));
    expect(none.terms.countries).toHaveLength(countries.length);
    expect(none.term('countries', 'japan')?.articles).toEqual([]);
  });

  it('looks a term up by kind and id, and only under its own kind', () => {
    expect(archive.term('leaders', 'joe-biden')?.name).toBe('Joe Biden');
    expect(archive.term('countries', 'joe-biden')).toBeUndefined();
    expect(archive.term('countries', 'brazil')).toBeUndefined();
  });

  it('names a term, or falls back to its id', () => {
    expect(archive.termName('countries', 'south-korea')).toBe('South Korea');
    expect(archive.termName('summits', 'tokyo-2022')).toBe('Tokyo summit');
    expect(archive.termName('countries', 'brazil')).toBe('brazil');
  });

  it('indexes the data by id', () => {
    expect(archive.countries.get('japan')?.iso2).toBe('JP');
    expect(archive.leaders.get('fumio-kishida')?.nativeName).toBe('岸田文雄');
    expect(archive.programs.get('artemis')?.name).toBe('Artemis');
    expect(archive.summits.get('seoul-2022')?.city).toBe('Seoul');
  });
});

describe('buildArchive: agreements and years', () => {
  it('collects agreements across articles', () => {
    expect(ids(archive.agreements)).toEqual(['us-japan-statement', 'us-rok-dialogue']);
    const statement = archive.agreement('us-japan-statement');
    expect(statement?.history.map((e) => e.articleId)).toEqual(['2022/tokyo', '2022/roadmap']);
    expect(statement?.latest.status).toBe('signed');
    expect(archive.agreement('unknown')).toBeUndefined();
  });

  it('groups articles by year, newest year first, newest article first', () => {
    expect(archive.years.map((y) => y.year)).toEqual(['2022', '2021']);
    expect(ids(archive.years[0]?.articles ?? [])).toEqual(['2022/roadmap', '2022/tokyo', '2022/seoul']);
    expect(ids(archive.years[1]?.articles ?? [])).toEqual(['2021/gateway']);
  });

  it('has no year without articles', () => {
    expect(buildArchive(archiveInput([])).years).toEqual([]);
  });
});

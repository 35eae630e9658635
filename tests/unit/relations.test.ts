import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/domain/archive.ts';
import {
  buildRelations,
  isMultilateral,
  pairsOf,
  partnerOf,
  relationCounts,
  relationKey,
  relationPair,
  summitCountries,
} from '../../src/domain/relations.ts';
import { agreementMention, archiveInput, articleRecord, countries, leaders, summits } from './_fixtures.ts';

const extraCountries = [
  ...countries,
  { id: 'australia', name: 'Australia', officialName: 'Commonwealth of Australia', iso2: 'AU', aliases: [] },
  { id: 'india', name: 'India', officialName: 'Republic of India', iso2: 'IN', aliases: [] },
];
const leaderMap = new Map(leaders.map((leader) => [leader.id, leader]));
const pairs = (archive: ReturnType<typeof buildArchive>) => archive.relations.map((r) => `${r.a}/${r.b}`);

describe('pairs and keys', () => {
  it('orders the two ids alphabetically, whatever order they are given in', () => {
    expect(relationPair('united-states', 'japan')).toEqual(['japan', 'united-states']);
    expect(relationPair('japan', 'united-states')).toEqual(['japan', 'united-states']);
    expect(relationKey('united-states', 'japan')).toBe('japan/united-states');
  });

  it('makes every unordered pair of distinct ids once, ignoring repeats', () => {
    expect(pairsOf(['c', 'a', 'b', 'a'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(pairsOf(['a'])).toEqual([]);
    expect(pairsOf([])).toEqual([]);
  });

  it('gives the partner from either side', () => {
    expect(partnerOf({ a: 'japan', b: 'united-states' }, 'japan')).toBe('united-states');
    expect(partnerOf({ a: 'japan', b: 'united-states' }, 'united-states')).toBe('japan');
  });
});

describe('buildRelations', () => {
  it('makes a pair from an agreement’s parties, with the agreement on it', () => {
    const article = articleRecord('2022/a', {
      agreements: [agreementMention('gateway', { parties: ['united-states', 'japan'] })],
    });
    const archive = buildArchive(archiveInput([article], { summits: [] }));
    expect(pairs(archive)).toEqual(['japan/united-states']);
    expect(archive.relation('united-states', 'japan')?.agreements.map((a) => a.id)).toEqual(['gateway']);
    // Untagged article: the pair is known from the agreement only.
    expect(archive.relation('japan', 'united-states')?.articles).toEqual([]);
  });

  it('puts a multilateral agreement on every pair it covers, marked as such', () => {
    const article = articleRecord('2022/quad', {
      agreements: [agreementMention('quad', { parties: ['united-states', 'japan', 'australia', 'india'] })],
    });
    const archive = buildArchive(archiveInput([article], { countries: extraCountries, summits: [] }));
    expect(pairs(archive)).toEqual([
      'australia/india',
      'australia/japan',
      'australia/united-states',
      'india/japan',
      'india/united-states',
      'japan/united-states',
    ]);
    for (const relation of archive.relations) {
      expect(relation.agreements.map((a) => a.id)).toEqual(['quad']);
      expect(isMultilateral(relation.agreements[0]!)).toBe(true);
    }
    expect(isMultilateral({ parties: ['japan', 'united-states'] })).toBe(false);
  });

  it('makes no pair from an agreement with one party', () => {
    const article = articleRecord('2022/pledge', { agreements: [agreementMention('pledge', { parties: ['japan'] })] });
    expect(buildArchive(archiveInput([article], { summits: [] })).relations).toEqual([]);
  });

  it('knows a pair from an article alone, when both countries are tagged', () => {
    const article = articleRecord('2022/talks', { countries: ['south-korea', 'japan'] });
    const archive = buildArchive(archiveInput([article], { summits: [] }));
    expect(pairs(archive)).toEqual(['japan/south-korea']);
    const relation = archive.relation('south-korea', 'japan')!;
    expect(relation.articles.map((a) => a.id)).toEqual(['2022/talks']);
    expect(relation.agreements).toEqual([]);
    expect(relation.summits).toEqual([]);
  });

  it('brings together a summit’s host and the countries of its leaders, newest summit first', () => {
    expect(summitCountries(summits[0]!, leaderMap)).toEqual(['south-korea', 'united-states']);
    const archive = buildArchive(archiveInput([]));
    expect(pairs(archive)).toEqual(['japan/united-states', 'south-korea/united-states']);
    expect(archive.relation('japan', 'united-states')?.summits.map((s) => s.id)).toEqual(['tokyo-2022']);
    const both = buildRelations({
      articles: [],
      agreements: [],
      summits: [
        summits[0]!,
        { ...summits[1]!, id: 'seoul-2023', startDate: '2023-01-01', country: 'south-korea', leaders: ['joe-biden'] },
      ],
      leaders: leaderMap,
    });
    expect(both.find((r) => r.a === 'south-korea')?.summits.map((s) => s.id)).toEqual(['seoul-2023', 'seoul-2022']);
  });

  it('keeps the archive’s order of articles (newest first) and lists a country’s relations', () => {
    const older = articleRecord('2022/older', { date: '2022-05-01', countries: ['japan', 'united-states'] });
    const newer = articleRecord('2022/newer', { date: '2022-06-01', countries: ['united-states', 'japan'] });
    const archive = buildArchive(archiveInput([older, newer]));
    expect(archive.relation('japan', 'united-states')?.articles.map((a) => a.id)).toEqual(['2022/newer', '2022/older']);
    expect(archive.relationsOf('united-states').map((r) => `${r.a}/${r.b}`)).toEqual([
      'japan/united-states',
      'south-korea/united-states',
    ]);
    expect(archive.relationsOf('australia')).toEqual([]);
    expect(relationCounts(archive.relation('japan', 'united-states')!)).toEqual({
      a: 'japan',
      b: 'united-states',
      agreements: 0,
      summits: 1,
      reports: 2,
    });
  });

  it('counts an article or agreement once per pair, however often a country is listed', () => {
    const article = articleRecord('2022/twice', {
      countries: ['japan', 'japan', 'united-states'],
      agreements: [agreementMention('dup', { parties: ['japan', 'united-states', 'japan'] })],
    });
    const relation = buildArchive(archiveInput([article], { summits: [] })).relation('japan', 'united-states')!;
    expect(relation.articles).toHaveLength(1);
    expect(relation.agreements).toHaveLength(1);
    expect(isMultilateral(relation.agreements[0]!)).toBe(false);
  });
});

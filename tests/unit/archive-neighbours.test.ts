import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/domain/archive.ts';
import { archiveInput, articleRecord } from './_fixtures.ts';

const oldest = articleRecord('2021/gateway', { date: '2021-11-30' });
const seoul = articleRecord('2022/seoul', { date: '2022-05-21' });
const roadmap = articleRecord('2022/roadmap', { date: '2022-05-23' });
const tokyo = articleRecord('2022/tokyo', { date: '2022-05-23' });
const newest = articleRecord('2023/camp-david', { date: '2023-08-18' });

// Input order is shuffled on purpose: rank and neighbours follow the archive's order, newest first.
const archive = buildArchive(archiveInput([tokyo, oldest, newest, seoul, roadmap]));

describe('Archive.rankOf', () => {
  it('gives each article its position newest first, same-day articles by id', () => {
    expect([newest, roadmap, tokyo, seoul, oldest].map(archive.rankOf)).toEqual([0, 1, 2, 3, 4]);
  });

  it('agrees with the order of `articles`', () => {
    archive.articles.forEach((article, index) => expect(archive.rankOf(article)).toBe(index));
  });

  it('finds an article by its id, not by object identity', () => {
    expect(archive.rankOf({ ...seoul })).toBe(3);
  });

  it('gives -1 for an article that is not in the archive', () => {
    expect(archive.rankOf(articleRecord('2022/elsewhere'))).toBe(-1);
  });
});

describe('Archive.neighbours', () => {
  it('gives the newest article an older one and no newer one', () => {
    expect(archive.neighbours(newest)).toEqual({ newer: undefined, older: roadmap });
  });

  it('gives the oldest article a newer one and no older one', () => {
    expect(archive.neighbours(oldest)).toEqual({ newer: seoul, older: undefined });
  });

  it('gives an article in the middle both, the next one on each side', () => {
    expect(archive.neighbours(tokyo)).toEqual({ newer: roadmap, older: seoul });
    expect(archive.neighbours(seoul)).toEqual({ newer: tokyo, older: oldest });
  });

  it('orders articles of the same day by id', () => {
    expect(archive.neighbours(roadmap).older).toBe(tokyo);
    expect(archive.neighbours(tokyo).newer).toBe(roadmap);
  });

  it('gives neither to the only article of an archive', () => {
    const alone = buildArchive(archiveInput([seoul]));
    expect(alone.neighbours(seoul)).toEqual({ newer: undefined, older: undefined });
  });

  it('gives neither to an article that is not in the archive', () => {
    expect(archive.neighbours(articleRecord('2022/elsewhere'))).toEqual({ newer: undefined, older: undefined });
  });
});

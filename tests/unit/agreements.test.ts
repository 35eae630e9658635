import { describe, expect, it } from 'vitest';
import { collectAgreements, type ReportingArticle } from '../../src/domain/agreements.ts';
import type { AgreementMention } from '../../src/schemas/article.ts';

function mention(id: string, overrides: Partial<AgreementMention> = {}): AgreementMention {
  return {
    id,
    title: `Title of ${id}`,
    kind: 'dialogue',
    status: 'announced',
    parties: ['south-korea', 'united-states'],
    programs: [],
    ...overrides,
  };
}

function article(id: string, date: string, agreements: AgreementMention[]): ReportingArticle {
  return { id, title: `Article ${id}`, date, agreements };
}

describe('collectAgreements', () => {
  it('returns nothing when no article mentions an agreement', () => {
    expect(collectAgreements([article('a', '2022-05-21', [])])).toEqual([]);
    expect(collectAgreements([])).toEqual([]);
  });

  it('merges the same id across articles into one agreement', () => {
    const agreements = collectAgreements([
      article('seoul', '2022-05-21', [mention('civil-dialogue')]),
      article('security', '2022-05-22', [mention('civil-dialogue', { status: 'dormant', date: '2016-04' })]),
    ]);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]?.id).toBe('civil-dialogue');
    expect(agreements[0]?.history.map((e) => e.articleId)).toEqual(['security', 'seoul']);
  });

  it('orders the history by the date of each mention, not of the article', () => {
    const [agreement] = collectAgreements([
      article('later-article', '2022-06-01', [mention('x', { status: 'signed', date: '2021-03-01' })]),
      article('earlier-article', '2022-05-01', [mention('x', { status: 'in-force', date: '2022-04-30' })]),
    ]);
    expect(agreement?.history.map((e) => e.status)).toEqual(['signed', 'in-force']);
    expect(agreement?.history.map((e) => e.date)).toEqual(['2021-03-01', '2022-04-30']);
  });

  it('falls back to the article date, and says so in `dated`', () => {
    const [agreement] = collectAgreements([
      article('undated', '2022-05-23', [mention('x', { status: 'in-negotiation' })]),
      article('dated', '2022-05-24', [mention('x', { status: 'announced', date: '2022-05-20' })]),
    ]);
    expect(agreement?.history).toEqual([
      expect.objectContaining({ articleId: 'dated', date: '2022-05-20', dated: true, articleDate: '2022-05-24' }),
      expect.objectContaining({ articleId: 'undated', date: '2022-05-23', dated: false, articleDate: '2022-05-23' }),
    ]);
  });

  it('orders a partial date before full dates in later years, and after earlier ones', () => {
    const [agreement] = collectAgreements([
      article('c', '2022-05-21', [mention('x', { status: 'announced', date: '2022-05-21' })]),
      article('b', '2022-05-21', [mention('x', { status: 'dormant', date: '2016-04' })]),
      article('a', '2022-05-21', [mention('x', { status: 'signed', date: '2014-07-15' })]),
      article('d', '2022-05-21', [mention('x', { status: 'in-negotiation', date: '2016' })]),
    ]);
    expect(agreement?.history.map((e) => e.date)).toEqual(['2014-07-15', '2016', '2016-04', '2022-05-21']);
    expect(agreement?.latest.status).toBe('announced');
  });

  it('breaks a tie on the event date by article date, then article id', () => {
    const [agreement] = collectAgreements([
      article('zeta', '2022-05-01', [mention('x', { date: '2022-04-01', status: 'signed' })]),
      article('beta', '2022-06-01', [mention('x', { date: '2022-04-01', status: 'in-force' })]),
      article('alpha', '2022-05-01', [mention('x', { date: '2022-04-01', status: 'announced' })]),
    ]);
    expect(agreement?.history.map((e) => e.articleId)).toEqual(['alpha', 'zeta', 'beta']);
  });

  it('takes latest from the last event of the history', () => {
    const [agreement] = collectAgreements([
      article('b', '2022-05-21', [mention('x', { status: 'in-force', date: '2023-01' })]),
      article('a', '2022-05-21', [mention('x', { status: 'signed', date: '2022-12-01' })]),
    ]);
    expect(agreement?.latest).toBe(agreement?.history.at(-1));
    expect(agreement?.latest.status).toBe('in-force');
    expect(agreement?.latest.articleTitle).toBe('Article b');
  });

  it('takes title, kind and parties from the earliest mention', () => {
    const [agreement] = collectAgreements([
      article('late', '2022-05-21', [mention('x', { title: 'Late title', kind: 'agreement', parties: ['japan'] })]),
      article('early', '2020-01-01', [
        mention('x', { title: 'Early title', kind: 'pledge', parties: ['united-states'] }),
      ]),
    ]);
    expect(agreement?.title).toBe('Early title');
    expect(agreement?.kind).toBe('pledge');
    expect(agreement?.parties).toEqual(['united-states']);
  });

  it('collects the union of programs from every mention, sorted and without repeats', () => {
    const [agreement] = collectAgreements([
      article('a', '2022-05-21', [mention('x', { programs: ['lunar-gateway', 'artemis'] })]),
      article('b', '2022-05-22', [mention('x', { programs: ['korean-positioning-system', 'artemis'] })]),
      article('c', '2022-05-23', [mention('x', { programs: [] })]),
    ]);
    expect(agreement?.programs).toEqual(['artemis', 'korean-positioning-system', 'lunar-gateway']);
  });

  it('keeps the note of each mention', () => {
    const [agreement] = collectAgreements([
      article('a', '2022-05-21', [mention('x', { note: 'First round held in Washington.' })]),
      article('b', '2022-05-22', [mention('x')]),
    ]);
    expect(agreement?.history.map((e) => e.note)).toEqual(['First round held in Washington.', undefined]);
  });

  it('does not share the parties array with the input', () => {
    const parties = ['japan'];
    const [agreement] = collectAgreements([article('a', '2022-05-21', [mention('x', { parties })])]);
    agreement?.parties.push('united-states');
    expect(parties).toEqual(['japan']);
  });

  it('lists the most recently active agreement first', () => {
    const agreements = collectAgreements([
      article('a', '2022-05-21', [
        mention('old', { date: '2016-04' }),
        mention('new', { date: '2022-05-21' }),
        mention('middle', { date: '2019' }),
      ]),
    ]);
    expect(agreements.map((a) => a.id)).toEqual(['new', 'middle', 'old']);
  });

  it('sorts by the latest event, not the first one', () => {
    const agreements = collectAgreements([
      article('a', '2022-01-01', [mention('revived', { date: '2014' }), mention('steady', { date: '2021-06-01' })]),
      article('b', '2022-05-21', [mention('revived', { date: '2022-05-21' })]),
    ]);
    expect(agreements.map((a) => a.id)).toEqual(['revived', 'steady']);
  });

  it('sorts agreements last active in the same article by title', () => {
    const agreements = collectAgreements([
      article('a', '2022-05-21', [
        mention('z-id', { title: 'Alpha pledge' }),
        mention('a-id', { title: 'Charlie dialogue' }),
        mention('m-id', { title: 'Bravo statement' }),
      ]),
    ]);
    expect(agreements.map((a) => a.title)).toEqual(['Alpha pledge', 'Bravo statement', 'Charlie dialogue']);
  });

  it('keeps two different ids in one article apart', () => {
    const agreements = collectAgreements([article('a', '2022-05-21', [mention('one'), mention('two')])]);
    expect(agreements).toHaveLength(2);
    expect(agreements.every((a) => a.history.length === 1)).toBe(true);
  });
});

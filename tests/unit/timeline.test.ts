import { describe, expect, it } from 'vitest';
import { collectAgreements, type Agreement } from '../../src/domain/agreements.ts';
import { buildArchive } from '../../src/domain/archive.ts';
import {
  agreementTimelineSources,
  buildTimeline,
  latestEntries,
  sortTimeline,
  timelineSources,
  type TimelineEntry,
} from '../../src/domain/timeline.ts';
import type { Summit } from '../../src/schemas/summit.ts';
import { agreementMention, archiveInput, articleRecord } from './_fixtures.ts';

function summit(id: string, startDate: string, country: string, leaders: string[]): Summit {
  return { id, name: `Summit ${id}`, startDate, city: 'City', country, leaders };
}

/** A compact, readable form of an entry: `type:id@date`. */
function describeEntry(entry: TimelineEntry): string {
  const id =
    entry.type === 'summit'
      ? entry.summit.id
      : entry.type === 'agreement'
        ? `${entry.agreement.id}/${entry.event.articleId}/${entry.event.status}`
        : entry.article.id;
  return `${entry.type}:${id}@${entry.date}`;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const ids = (list: readonly { id: string }[]) => sorted(list.map((item) => item.id));

describe('sortTimeline', () => {
  const [agreement] = collectAgreements([
    { id: 'report-b', title: 'B', date: '2022-05-23', agreements: [agreementMention('x', { status: 'signed' })] },
    { id: 'report-a', title: 'A', date: '2022-05-23', agreements: [agreementMention('x', { status: 'announced' })] },
  ]);
  const [eventA, eventB] = agreement!.history;
  const tokyo = summit('tokyo-2022', '2022-05-23', 'japan', []);
  const quad = summit('quad-2022', '2022-05-23', 'japan', []);

  it('puts older dates first, a partial date before the full dates inside it', () => {
    const entries: TimelineEntry[] = [
      { type: 'article', date: '2022-05-23', article: articleRecord('late') },
      { type: 'article', date: '2016', article: articleRecord('year') },
      { type: 'article', date: '2016-04', article: articleRecord('month') },
      { type: 'article', date: '2014-07-15', article: articleRecord('early') },
    ];
    expect(sortTimeline(entries).map(describeEntry)).toEqual([
      'article:early@2014-07-15',
      'article:year@2016',
      'article:month@2016-04',
      'article:late@2022-05-23',
    ]);
  });

  it('on the same date puts summits, then agreements, then articles, each by id', () => {
    const entries: TimelineEntry[] = [
      { type: 'article', date: '2022-05-23', article: articleRecord('b-article') },
      { type: 'agreement', date: '2022-05-23', agreement: agreement!, event: eventB! },
      { type: 'summit', date: '2022-05-23', summit: tokyo },
      { type: 'article', date: '2022-05-23', article: articleRecord('a-article') },
      { type: 'agreement', date: '2022-05-23', agreement: agreement!, event: eventA! },
      { type: 'summit', date: '2022-05-23', summit: quad },
      { type: 'article', date: '2022-05-22', article: articleRecord('z-day-before') },
    ];
    expect(sortTimeline(entries).map(describeEntry)).toEqual([
      'article:z-day-before@2022-05-22',
      'summit:quad-2022@2022-05-23',
      'summit:tokyo-2022@2022-05-23',
      'agreement:x/report-a/announced@2022-05-23',
      'agreement:x/report-b/signed@2022-05-23',
      'article:a-article@2022-05-23',
      'article:b-article@2022-05-23',
    ]);
  });

  it('sorts an empty list to an empty list', () => {
    expect(sortTimeline([])).toEqual([]);
  });
});

describe('buildTimeline', () => {
  // Reports of one agreement: announced twice, then signed with a date of its own.
  const [agreement] = collectAgreements([
    { id: 'first', title: 'First', date: '2022-05-21', agreements: [agreementMention('x')] },
    { id: 'repeat', title: 'Repeat', date: '2022-05-22', agreements: [agreementMention('x')] },
    {
      id: 'signing',
      title: 'Signing',
      date: '2022-07-01',
      agreements: [agreementMention('x', { status: 'signed', date: '2022-06' })],
    },
  ]);
  const tokyo = summit('tokyo-2022', '2022-05-23', 'japan', []);
  const article = articleRecord('2022/tokyo', { date: '2022-05-23' });

  it('shows only the changes of status by default, dated by the event', () => {
    expect(
      buildTimeline({ summits: [tokyo], agreements: [agreement!], articles: [article] }).map(describeEntry),
    ).toEqual([
      'agreement:x/first/announced@2022-05-21',
      'summit:tokyo-2022@2022-05-23',
      'article:2022/tokyo@2022-05-23',
      'agreement:x/signing/signed@2022-06',
    ]);
  });

  it('shows every report with everyReport', () => {
    expect(
      buildTimeline({ summits: [], agreements: [agreement!], articles: [], everyReport: true }).map(describeEntry),
    ).toEqual([
      'agreement:x/first/announced@2022-05-21',
      'agreement:x/repeat/announced@2022-05-22',
      'agreement:x/signing/signed@2022-06',
    ]);
  });

  it('dates a summit by its first day and keeps the objects it was given', () => {
    const long = { ...summit('g7-2023', '2023-05-19', 'japan', []), endDate: '2023-05-21' };
    const [entry] = buildTimeline({ summits: [long], agreements: [], articles: [] });
    expect(entry).toEqual({ type: 'summit', date: '2023-05-19', summit: long });
    expect(entry?.type === 'summit' && entry.summit).toBe(long);
  });

  it('links each agreement entry to its agreement and event', () => {
    const entries = buildTimeline({ summits: [], agreements: [agreement!], articles: [] });
    expect(entries.map((e) => (e.type === 'agreement' ? e.event : undefined))).toEqual([
      agreement!.history[0],
      agreement!.history[2],
    ]);
    expect(entries.every((e) => e.type === 'agreement' && e.agreement === agreement)).toBe(true);
  });

  it('is empty when there is nothing to show', () => {
    expect(buildTimeline({ summits: [], agreements: [], articles: [] })).toEqual([]);
  });
});

describe('timelineSources', () => {
  const summits: Summit[] = [
    summit('osaka-2019', '2019-06-28', 'japan', ['yoon-suk-yeol']), // hosted by Japan, no Japanese leader
    summit('seoul-2022', '2022-05-21', 'south-korea', ['joe-biden', 'yoon-suk-yeol']),
    summit('tokyo-2022', '2022-05-23', 'japan', ['joe-biden', 'fumio-kishida']),
    summit('paris-2023', '2023-06-01', 'france', ['fumio-kishida']), // abroad, a Japanese leader attends
  ];
  const tokyo = articleRecord('2022/tokyo', {
    date: '2022-05-23',
    summit: 'tokyo-2022',
    leaders: ['fumio-kishida'],
    countries: ['japan'],
    programs: ['artemis'],
    agreements: [agreementMention('us-japan', { parties: ['japan', 'united-states'], programs: ['lunar-gateway'] })],
  });
  const seoul = articleRecord('2022/seoul', {
    date: '2022-05-21',
    summit: 'seoul-2022',
    leaders: ['joe-biden', 'yoon-suk-yeol'],
    countries: ['south-korea', 'united-states'],
    agreements: [agreementMention('us-rok', { parties: ['south-korea', 'united-states'], programs: ['artemis'] })],
  });
  const korea = articleRecord('2023/japan-korea', {
    date: '2023-03-16',
    leaders: ['yoon-suk-yeol'],
    countries: ['south-korea'],
    agreements: [agreementMention('japan-korea', { parties: ['japan', 'south-korea'] })],
  });
  const gateway = articleRecord('2021/gateway', {
    date: '2021-11-30',
    programs: ['lunar-gateway'],
    countries: ['japan'],
  });
  const archive = buildArchive(archiveInput([tokyo, seoul, korea, gateway], { summits }));

  describe('for a country', () => {
    it('takes summits it hosted or that one of its leaders attended', () => {
      expect(ids(timelineSources(archive, 'countries', 'japan').summits)).toEqual([
        'osaka-2019',
        'paris-2023',
        'tokyo-2022',
      ]);
      expect(ids(timelineSources(archive, 'countries', 'south-korea').summits)).toEqual(['osaka-2019', 'seoul-2022']);
      expect(ids(timelineSources(archive, 'countries', 'united-states').summits)).toEqual(['seoul-2022', 'tokyo-2022']);
    });

    it('takes the agreements it is a party to', () => {
      expect(ids(timelineSources(archive, 'countries', 'japan').agreements)).toEqual(['japan-korea', 'us-japan']);
      expect(ids(timelineSources(archive, 'countries', 'united-states').agreements)).toEqual(['us-japan', 'us-rok']);
    });

    it('takes its articles newest first, and shows agreement changes only', () => {
      const sources = timelineSources(archive, 'countries', 'japan');
      expect(sources.articles.map((a) => a.id)).toEqual(['2022/tokyo', '2021/gateway']);
      expect(sources.everyReport ?? false).toBe(false);
    });
  });

  describe('for a leader', () => {
    it('takes the summits the leader attended', () => {
      expect(ids(timelineSources(archive, 'leaders', 'fumio-kishida').summits)).toEqual(['paris-2023', 'tokyo-2022']);
      expect(ids(timelineSources(archive, 'leaders', 'yoon-suk-yeol').summits)).toEqual(['osaka-2019', 'seoul-2022']);
    });

    it('takes the agreements reported in articles tagging the leader, not every agreement of the country', () => {
      // Japan is a party to japan-korea, but no article tagging Kishida reports it.
      expect(ids(timelineSources(archive, 'leaders', 'fumio-kishida').agreements)).toEqual(['us-japan']);
      expect(ids(timelineSources(archive, 'leaders', 'yoon-suk-yeol').agreements)).toEqual(['japan-korea', 'us-rok']);
      expect(ids(timelineSources(archive, 'leaders', 'joe-biden').agreements)).toEqual(['us-rok']);
    });

    it('takes the articles tagging the leader', () => {
      expect(timelineSources(archive, 'leaders', 'yoon-suk-yeol').articles.map((a) => a.id)).toEqual([
        '2023/japan-korea',
        '2022/seoul',
      ]);
    });
  });

  describe('for a program', () => {
    it('takes the summits of the articles tagged with the program', () => {
      expect(ids(timelineSources(archive, 'programs', 'artemis').summits)).toEqual(['tokyo-2022']);
      expect(ids(timelineSources(archive, 'programs', 'lunar-gateway').summits)).toEqual([]);
    });

    it('takes the agreements concerning the program, wherever they are reported', () => {
      // us-rok concerns Artemis though its article is not tagged with it; us-japan is reported in an
      // Artemis article but concerns the Gateway.
      expect(ids(timelineSources(archive, 'programs', 'artemis').agreements)).toEqual(['us-rok']);
      expect(ids(timelineSources(archive, 'programs', 'lunar-gateway').agreements)).toEqual(['us-japan']);
    });

    it('takes the articles tagged with the program', () => {
      expect(timelineSources(archive, 'programs', 'lunar-gateway').articles.map((a) => a.id)).toEqual(['2021/gateway']);
    });
  });

  it('gives empty lists for a term nothing concerns', () => {
    const empty = buildArchive(archiveInput([], { summits }));
    expect(timelineSources(empty, 'programs', 'artemis')).toEqual({ summits: [], agreements: [], articles: [] });
  });

  it('builds a country timeline oldest first from its sources', () => {
    expect(buildTimeline(timelineSources(archive, 'countries', 'japan')).map(describeEntry)).toEqual([
      'summit:osaka-2019@2019-06-28',
      'article:2021/gateway@2021-11-30',
      'summit:tokyo-2022@2022-05-23',
      'agreement:us-japan/2022/tokyo/announced@2022-05-23',
      'article:2022/tokyo@2022-05-23',
      'agreement:japan-korea/2023/japan-korea/announced@2023-03-16',
      'summit:paris-2023@2023-06-01',
    ]);
  });
});

describe('agreementTimelineSources', () => {
  const summits: Summit[] = [
    summit('seoul-2022', '2022-05-21', 'south-korea', ['joe-biden', 'yoon-suk-yeol']),
    summit('tokyo-2022', '2022-05-23', 'japan', ['joe-biden', 'fumio-kishida']),
  ];
  const articles = [
    articleRecord('2022/tokyo', { date: '2022-05-23', summit: 'tokyo-2022', agreements: [agreementMention('x')] }),
    articleRecord('2022/follow-up', { date: '2022-06-10', agreements: [agreementMention('x')] }),
    articleRecord('2022/signing', {
      date: '2022-09-01',
      summit: 'tokyo-2022',
      agreements: [agreementMention('x', { status: 'signed', date: '2022-08-30' })],
    }),
    articleRecord('2022/seoul', { date: '2022-05-21', summit: 'seoul-2022', agreements: [agreementMention('y')] }),
  ];
  const archive = buildArchive(archiveInput(articles, { summits }));
  const agreement = archive.agreement('x') as Agreement;

  it('takes the summits its reports came from, once each, and only those', () => {
    const sources = agreementTimelineSources(archive, agreement);
    expect(sources.summits.map((s) => s.id)).toEqual(['tokyo-2022']);
  });

  it('shows every report of the agreement itself, and no articles', () => {
    const sources = agreementTimelineSources(archive, agreement);
    expect(sources.agreements).toEqual([agreement]);
    expect(sources.articles).toEqual([]);
    expect(sources.everyReport).toBe(true);
    expect(buildTimeline(sources).map(describeEntry)).toEqual([
      'summit:tokyo-2022@2022-05-23',
      'agreement:x/2022/tokyo/announced@2022-05-23',
      'agreement:x/2022/follow-up/announced@2022-06-10',
      'agreement:x/2022/signing/signed@2022-08-30',
    ]);
  });

  it('has no summits when no report came from one', () => {
    const plain = buildArchive(
      archiveInput([articleRecord('a', { agreements: [agreementMention('z')] })], { summits }),
    );
    expect(agreementTimelineSources(plain, plain.agreement('z') as Agreement).summits).toEqual([]);
  });
});

describe('latestEntries', () => {
  const entries = Array.from({ length: 5 }, (_, index): TimelineEntry => ({
    type: 'article',
    date: `2022-05-0${index + 1}`,
    article: articleRecord(`report-${index + 1}`),
  }));

  it('keeps the most recent entries, oldest first, and counts them all', () => {
    const shown = latestEntries(entries, 2);
    expect(shown.entries.map((entry) => entry.date)).toEqual(['2022-05-04', '2022-05-05']);
    expect(shown.total).toBe(5);
  });

  it('keeps everything of a short timeline', () => {
    expect(latestEntries(entries, 30)).toEqual({ entries, total: 5 });
  });
});

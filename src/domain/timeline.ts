/**
 * Timelines for country, program, leader and agreement pages: the summits, agreement status changes
 * and reports that concern the subject, oldest first.
 */
import type { Summit } from '../schemas/summit.ts';
import { statusChanges, type Agreement, type AgreementEvent } from './agreements.ts';
import type { Archive, ArticleRecord } from './archive.ts';
import { compareDates, type PartialDate } from './dates.ts';
import { summitCountries } from './relations.ts';
import type { TaxonomyKind } from './taxonomy.ts';

export type TimelineEntry =
  | { type: 'summit'; date: PartialDate; summit: Summit }
  | { type: 'agreement'; date: PartialDate; agreement: Agreement; event: AgreementEvent }
  | { type: 'article'; date: PartialDate; article: ArticleRecord };

const ORDER: Record<TimelineEntry['type'], number> = { summit: 0, agreement: 1, article: 2 };

export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  const key = (entry: TimelineEntry) =>
    entry.type === 'summit' ? entry.summit.id : entry.type === 'agreement' ? entry.event.articleId : entry.article.id;
  return entries.sort(
    (a, b) => compareDates(a.date, b.date) || ORDER[a.type] - ORDER[b.type] || key(a).localeCompare(key(b)),
  );
}

/** The most recent entries a country, program or leader page shows; the rest are a link away. */
export const TERM_TIMELINE_LENGTH = 30;

/** The part of a timeline a page shows, and how long the whole is. */
export interface ShownTimeline {
  entries: TimelineEntry[];
  total: number;
}

/** The last `limit` entries of a timeline (oldest first, like the timeline). */
export function latestEntries(entries: readonly TimelineEntry[], limit: number): ShownTimeline {
  return { entries: entries.slice(-limit), total: entries.length };
}

/** What a subject's timeline is made of; every list may be empty. */
export interface TimelineSources {
  summits: readonly Summit[];
  agreements: readonly Agreement[];
  articles: readonly ArticleRecord[];
  /** Every report of each agreement (its own page), or only the changes of status (elsewhere). */
  everyReport?: boolean;
}

export function buildTimeline({
  summits,
  agreements,
  articles,
  everyReport = false,
}: TimelineSources): TimelineEntry[] {
  return sortTimeline([
    ...summits.map((summit): TimelineEntry => ({ type: 'summit', date: summit.startDate, summit })),
    ...agreements.flatMap((agreement) =>
      (everyReport ? agreement.history : statusChanges(agreement.history)).map((event): TimelineEntry => ({
        type: 'agreement',
        date: event.date,
        agreement,
        event,
      })),
    ),
    ...articles.map((article): TimelineEntry => ({ type: 'article', date: article.date, article })),
  ]);
}

/** The summits, agreements and articles that concern one term. */
export function timelineSources(archive: Archive, kind: Exclude<TaxonomyKind, 'summits'>, id: string): TimelineSources {
  const articles = archive.term(kind, id)?.articles ?? [];
  const summits = [...archive.summits.values()];
  if (kind === 'countries') {
    return {
      summits: summits.filter((summit) => summitCountries(summit, archive.leaders).includes(id)),
      agreements: archive.agreements.filter((a) => a.parties.includes(id)),
      articles,
    };
  }
  if (kind === 'leaders') {
    const reported = new Set(articles.flatMap((a) => a.agreements.map((mention) => mention.id)));
    return {
      summits: summits.filter((s) => s.leaders.includes(id)),
      agreements: archive.agreements.filter((a) => reported.has(a.id)),
      articles,
    };
  }
  const summitIds = new Set(articles.flatMap((a) => (a.summit ? [a.summit] : [])));
  return {
    summits: summits.filter((s) => summitIds.has(s.id)),
    agreements: archive.agreements.filter((a) => a.programs.includes(id)),
    articles,
  };
}

/** An agreement's timeline: its status changes and the summits its reports came from. */
export function agreementTimelineSources(archive: Archive, agreement: Agreement): TimelineSources {
  const summitIds = new Set(
    agreement.history.flatMap((event) => {
      const summit = archive.article(event.articleId)?.summit;
      return summit ? [summit] : [];
    }),
  );
  return {
    summits: [...archive.summits.values()].filter((s) => summitIds.has(s.id)),
    agreements: [agreement],
    articles: [],
    everyReport: true,
  };
}

/**
 * Agreements are not written in a file of their own: each article lists the agreements it reports
 * on. The same id across articles is one agreement, and its history is every mention, by date.
 */
import type { AgreementKind, AgreementMention, AgreementStatus } from '../schemas/article.ts';
import { compareDates, type PartialDate } from './dates.ts';

/** The part of an article the tracker needs. */
export interface ReportingArticle {
  id: string;
  title: string;
  date: string;
  agreements: readonly AgreementMention[];
}

/** One article's report on an agreement. */
export interface AgreementEvent {
  articleId: string;
  articleTitle: string;
  /** Set in a language edition: the language the report is read in there (edition.ts). */
  articleLang?: string | undefined;
  articleDate: string;
  status: AgreementStatus;
  /** When the status took effect: the mention's own date, or the article's where it gives none. */
  date: PartialDate;
  /** True when the article gives the date; false when the article date stands in for it. */
  dated: boolean;
  note?: string | undefined;
}

export interface Agreement {
  id: string;
  title: string;
  kind: AgreementKind;
  parties: string[];
  /** Every program any mention names, sorted. */
  programs: string[];
  /** Oldest first. */
  history: AgreementEvent[];
  latest: AgreementEvent;
}

function compareEvents(a: AgreementEvent, b: AgreementEvent): number {
  return (
    compareDates(a.date, b.date) || compareDates(a.articleDate, b.articleDate) || a.articleId.localeCompare(b.articleId)
  );
}

/** Every agreement, the most recently active first; title and parties from the earliest mention. */
export function collectAgreements(articles: readonly ReportingArticle[]): Agreement[] {
  const mentions = new Map<string, { mention: AgreementMention; event: AgreementEvent }[]>();
  for (const article of articles) {
    for (const mention of article.agreements) {
      const event: AgreementEvent = {
        articleId: article.id,
        articleTitle: article.title,
        articleDate: article.date,
        status: mention.status,
        date: mention.date ?? article.date,
        dated: mention.date !== undefined,
        note: mention.note,
      };
      const list = mentions.get(mention.id);
      if (list) list.push({ mention, event });
      else mentions.set(mention.id, [{ mention, event }]);
    }
  }
  const agreements = [...mentions].map(([id, list]): Agreement => {
    const ordered = [...list].sort((a, b) => compareEvents(a.event, b.event));
    const first = ordered[0]!.mention;
    const history = ordered.map(({ event }) => event);
    return {
      id,
      title: first.title,
      kind: first.kind,
      parties: [...first.parties],
      programs: [...new Set(ordered.flatMap(({ mention }) => mention.programs))].sort(),
      history,
      latest: history[history.length - 1]!,
    };
  });
  return agreements.sort((a, b) => compareEvents(b.latest, a.latest) || a.title.localeCompare(b.title));
}

/** The events of a history where the status changed: the first report, then each change. */
export function statusChanges(history: readonly AgreementEvent[]): AgreementEvent[] {
  return history.filter((event, index) => index === 0 || event.status !== history[index - 1]!.status);
}

/**
 * Machine-readable exports for researchers, built from the same archive object as the pages so the
 * two can never disagree. Their shape is documented in README.md ("Data exports").
 */
import type { Agreement } from '../domain/agreements.ts';
import type { Archive, ArticleRecord } from '../domain/archive.ts';
import { csvDocument } from './safe-text.ts';
import { absoluteUrl, urls } from './urls.ts';

export interface ArticleExport {
  id: string;
  url: string;
  title: string;
  description: string;
  date: string;
  updated: string | null;
  summit: string | null;
  leaders: string[];
  countries: string[];
  programs: string[];
  agreements: string[];
  source: { publication: string; author: string | null; url: string | null };
}

export interface AgreementExport {
  id: string;
  url: string;
  title: string;
  kind: string;
  parties: string[];
  programs: string[];
  latestStatus: string;
  latestDate: string;
  history: {
    date: string;
    /** False when the report gave no date and the article's publication date stands in. */
    dated: boolean;
    status: string;
    note: string | null;
    article: { id: string; url: string; title: string; date: string };
  }[];
}

export function exportArticle(article: ArticleRecord): ArticleExport {
  return {
    id: article.id,
    url: absoluteUrl(urls.article(article.id)),
    title: article.title,
    description: article.description,
    date: article.date,
    updated: article.updated ?? null,
    summit: article.summit ?? null,
    leaders: [...article.leaders],
    countries: [...article.countries],
    programs: [...article.programs],
    agreements: article.agreements.map((agreement) => agreement.id),
    source: {
      publication: article.source.publication,
      author: article.source.author ?? null,
      url: article.source.url ?? null,
    },
  };
}

export function exportAgreement(agreement: Agreement): AgreementExport {
  return {
    id: agreement.id,
    url: absoluteUrl(urls.agreement(agreement.id)),
    title: agreement.title,
    kind: agreement.kind,
    parties: [...agreement.parties],
    programs: [...agreement.programs],
    latestStatus: agreement.latest.status,
    latestDate: agreement.latest.date,
    history: agreement.history.map((event) => ({
      date: event.date,
      dated: event.dated,
      status: event.status,
      note: event.note ?? null,
      article: {
        id: event.articleId,
        url: absoluteUrl(urls.article(event.articleId)),
        title: event.articleTitle,
        date: event.articleDate,
      },
    })),
  };
}

export function articlesJson(archive: Archive): string {
  return `${JSON.stringify({ articles: archive.articles.map(exportArticle) }, null, 2)}\n`;
}

export function agreementsJson(archive: Archive): string {
  return `${JSON.stringify({ agreements: archive.agreements.map(exportAgreement) }, null, 2)}\n`;
}

export const AGREEMENT_CSV_COLUMNS = [
  'id',
  'title',
  'kind',
  'parties',
  'programs',
  'latest_status',
  'latest_date',
  'reports',
  'url',
] as const;

/** One row per agreement; lists are joined with `;`. Written by csvDocument, which neutralises formulas. */
export function agreementsCsv(archive: Archive): string {
  const rows = archive.agreements.map((agreement) => [
    agreement.id,
    agreement.title,
    agreement.kind,
    agreement.parties.join(';'),
    agreement.programs.join(';'),
    agreement.latest.status,
    agreement.latest.date,
    String(new Set(agreement.history.map((event) => event.articleId)).size),
    absoluteUrl(urls.agreement(agreement.id)),
  ]);
  return csvDocument([AGREEMENT_CSV_COLUMNS, ...rows]);
}

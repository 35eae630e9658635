/**
 * "Related reading" for an article: the articles that share the most with it (its summit counts
 * most, then programs, then countries), nearest in time first among equals. Candidates come from the
 * term indexes, a window of neighbours in each, so the cost per article stays flat as the archive grows.
 */
import type { Archive, ArticleRecord } from './archive.ts';

export interface RelatedIndex {
  /** Articles of a term, newest first. */
  articlesOf(kind: 'summits' | 'programs' | 'countries', id: string): readonly ArticleRecord[];
  /** Position of an article in its term lists' order (newest first over the whole archive). */
  rankOf(article: ArticleRecord): number;
}

const WEIGHT = { summits: 4, programs: 2, countries: 1 } as const;
/** How many neighbours on each side to consider in each term's list. */
const WINDOW = 25;

function neighbours(list: readonly ArticleRecord[], rank: number, index: RelatedIndex): readonly ArticleRecord[] {
  // Lists are sorted by rank: binary search for the article's place, then take a window around it.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.rankOf(list[middle]!) < rank) low = middle + 1;
    else high = middle;
  }
  return list.slice(Math.max(0, low - WINDOW), low + WINDOW + 1);
}

export function relatedArticles(article: ArticleRecord, index: RelatedIndex, limit = 3): ArticleRecord[] {
  const rank = index.rankOf(article);
  const scores = new Map<ArticleRecord, number>();
  const tags: [keyof typeof WEIGHT, readonly string[]][] = [
    ['summits', article.summit ? [article.summit] : []],
    ['programs', article.programs],
    ['countries', article.countries],
  ];
  for (const [kind, ids] of tags) {
    // Once per distinct term, as the term lists count it: a tag written twice must not weigh double.
    for (const id of new Set(ids)) {
      for (const other of neighbours(index.articlesOf(kind, id), rank, index)) {
        if (other.id === article.id || other.draft) continue;
        scores.set(other, (scores.get(other) ?? 0) + WEIGHT[kind]);
      }
    }
  }
  // Distances computed once per candidate, not once per comparison: this runs for every article.
  return [...scores]
    .map(([other, score]) => ({ other, score, distance: Math.abs(index.rankOf(other) - rank) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}

export interface ReadOn {
  related: ArticleRecord[];
  newer: ArticleRecord | undefined;
  older: ArticleRecord | undefined;
}

/** Everything an article page offers to read next: related reports, then the next newer and older. */
export function readOn(archive: Archive, article: ArticleRecord): ReadOn {
  const related = relatedArticles(article, {
    articlesOf: (kind, id) => archive.term(kind, id)?.articles ?? [],
    rankOf: archive.rankOf,
  });
  return { related, ...archive.neighbours(article) };
}

/**
 * Relations between two countries: every pair that shares an agreement (as parties), a summit (the
 * host and the countries of the leaders who met) or an article (both tagged). Computed in one pass
 * over each list, so the cost grows with the pairs each item makes, never with countries squared.
 */
import type { Leader } from '../schemas/leader.ts';
import type { Summit } from '../schemas/summit.ts';
import type { Agreement } from './agreements.ts';
import { compareDates } from './dates.ts';

/** The part of an article relations need. */
export interface TaggedArticle {
  countries: readonly string[];
}

export interface Relation<A extends TaggedArticle = TaggedArticle> {
  /** The two country ids, `a` before `b` in code-point order: the URL `/relations/<a>/<b>/`. */
  a: string;
  b: string;
  /** Agreements both are parties to, in the archive's order (most recently active first). */
  agreements: Agreement[];
  /** Summits that brought them together, newest first. */
  summits: Summit[];
  /** Articles tagged with both, in the order given (newest first in the archive). */
  articles: A[];
}

export interface RelationInput<A extends TaggedArticle> {
  articles: readonly A[];
  agreements: readonly Agreement[];
  summits: readonly Summit[];
  leaders: ReadonlyMap<string, Leader>;
}

/** The two ids in URL order. */
export function relationPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export function relationKey(x: string, y: string): string {
  return relationPair(x, y).join('/');
}

/** An agreement with more than two parties shows on every pair it covers, marked as such. */
export function isMultilateral(agreement: Pick<Agreement, 'parties'>): boolean {
  return new Set(agreement.parties).size > 2;
}

/** The countries a summit brings together: its host and the countries of the leaders who met. */
export function summitCountries(summit: Summit, leaders: ReadonlyMap<string, Leader>): string[] {
  const countries = [summit.country, ...summit.leaders.flatMap((id) => leaders.get(id)?.country ?? [])];
  return [...new Set(countries)];
}

/** Every unordered pair of distinct ids in a list, each once, in URL order. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const distinct = [...new Set(ids)].sort();
  return distinct.flatMap((x, index) => distinct.slice(index + 1).map((y): [string, string] => [x, y]));
}

export function buildRelations<A extends TaggedArticle>({
  articles,
  agreements,
  summits,
  leaders,
}: RelationInput<A>): Relation<A>[] {
  const relations = new Map<string, Relation<A>>();
  const relationOf = ([a, b]: [string, string]) => {
    const key = `${a}/${b}`;
    let relation = relations.get(key);
    if (!relation) {
      relation = { a, b, agreements: [], summits: [], articles: [] };
      relations.set(key, relation);
    }
    return relation;
  };
  for (const agreement of agreements) {
    for (const pair of pairsOf(agreement.parties)) relationOf(pair).agreements.push(agreement);
  }
  const newestFirst = [...summits].sort((x, y) => compareDates(y.startDate, x.startDate) || x.id.localeCompare(y.id));
  for (const summit of newestFirst) {
    for (const pair of pairsOf(summitCountries(summit, leaders))) relationOf(pair).summits.push(summit);
  }
  for (const article of articles) {
    for (const pair of pairsOf(article.countries)) relationOf(pair).articles.push(article);
  }
  return [...relations.values()].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

/** The other country of a relation, seen from `country`. */
export function partnerOf(relation: Pick<Relation, 'a' | 'b'>, country: string): string {
  return relation.a === country ? relation.b : relation.a;
}

/** What a relation amounts to, in numbers: what lists, charts and the map show. */
export interface RelationCounts {
  a: string;
  b: string;
  agreements: number;
  summits: number;
  reports: number;
}

export function relationCounts(relation: Relation): RelationCounts {
  return {
    a: relation.a,
    b: relation.b,
    agreements: relation.agreements.length,
    summits: relation.summits.length,
    reports: relation.articles.length,
  };
}

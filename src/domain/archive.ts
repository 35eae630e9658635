/**
 * The whole archive, indexed once: articles newest first, every term of every kind with its
 * articles, agreements and years. Built from plain data, so it is tested without Astro, and every
 * page looks things up in it instead of scanning collections.
 */
import type { ImageMetadata } from 'astro';
import type { ArticleData } from '../schemas/article.ts';
import type { Country } from '../schemas/country.ts';
import type { Leader } from '../schemas/leader.ts';
import type { Program } from '../schemas/program.ts';
import type { Summit } from '../schemas/summit.ts';
import { collectAgreements, type Agreement } from './agreements.ts';
import { compareDates } from './dates.ts';
import { buildRelations, relationKey, type Relation } from './relations.ts';
import { buildTerms, groupByTerm, taxonomyKinds, type TaxonomyKind, type Term } from './taxonomy.ts';

export interface ArticleImage {
  /** Astro's processed image in the site build; the path as written where Astro is not involved. */
  src: ImageMetadata | string;
  alt: string;
  credit: string;
  caption?: string | undefined;
}

/** Where an edition shows an article in translation: who translated it, and from which file. */
export interface ArticleTranslation {
  lang: string;
  translator?: string | undefined;
  translationNote?: string | undefined;
  /** Source file, for messages to editors. */
  file: string;
}

export interface ArticleRecord extends Omit<ArticleData, 'image'> {
  image?: ArticleImage | undefined;
  /** Path under `content/articles/` without `.md`: the URL slug. */
  id: string;
  /** Source file, for messages to editors. */
  file: string;
  readingMinutes: number;
  /** Set in a language edition (edition.ts): the headline and dek are the translation's. */
  translation?: ArticleTranslation | undefined;
}

export interface ArchiveInput {
  /** The language of the articles and names: the site's default language. */
  lang?: string;
  articles: readonly ArticleRecord[];
  countries: readonly Country[];
  leaders: readonly Leader[];
  programs: readonly Program[];
  summits: readonly Summit[];
}

export interface YearGroup {
  year: string;
  articles: ArticleRecord[];
}

/** What has a name that an edition translates: terms and agreements. */
export type NameKind = TaxonomyKind | 'agreements';

export interface Archive {
  /** The language the archive is written in: English, or a language edition's (edition.ts). */
  lang: string;
  /** Newest first; ties by id so the order never depends on file-system order. */
  articles: ArticleRecord[];
  countries: Map<string, Country>;
  leaders: Map<string, Leader>;
  programs: Map<string, Program>;
  summits: Map<string, Summit>;
  terms: Record<TaxonomyKind, Term<ArticleRecord>[]>;
  agreements: Agreement[];
  /** Every pair of countries that shares an agreement, a summit or an article, by ids. */
  relations: Relation<ArticleRecord>[];
  /** Newest year first. */
  years: YearGroup[];
  article(id: string): ArticleRecord | undefined;
  /** Position in `articles` (0 is the newest). */
  rankOf(article: ArticleRecord): number;
  /** The next newer and next older article, for reading on. */
  neighbours(article: ArticleRecord): { newer: ArticleRecord | undefined; older: ArticleRecord | undefined };
  term(kind: TaxonomyKind, id: string): Term<ArticleRecord> | undefined;
  agreement(id: string): Agreement | undefined;
  /** The relation of two countries, given in either order. */
  relation(x: string, y: string): Relation<ArticleRecord> | undefined;
  /** A country's relations, in the order of `relations`. */
  relationsOf(country: string): Relation<ArticleRecord>[];
  /** Display name of a term, or the id itself if it is unknown. */
  termName(kind: TaxonomyKind, id: string): string;
  /** The language a name is shown in: the archive's, or English where an edition has no local form. */
  nameLang(kind: NameKind, id: string): string;
  /** In a language edition, the English archive it is an edition of. */
  original?: Archive;
}

/**
 * What components may look up in the archive while a page renders: facts of the data files, which
 * every page key covers as a whole (src/output/page-keys.ts). Whatever they show about articles
 * reaches them through their props, which the keys digest. Each component takes the narrowest
 * `Pick` of this it needs, so one that reads more than its page's key covers does not compile.
 */
export type DataFacts = Pick<
  Archive,
  'lang' | 'countries' | 'leaders' | 'programs' | 'summits' | 'termName' | 'nameLang' | 'original'
>;

export function compareArticles(a: ArticleRecord, b: ArticleRecord): number {
  return compareDates(b.date, a.date) || a.id.localeCompare(b.id);
}

/** Ids an article is tagged with, per kind. */
export function termIdsOf(article: ArticleRecord, kind: TaxonomyKind): readonly string[] {
  if (kind === 'summits') return article.summit ? [article.summit] : [];
  return article[kind];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function buildArchive(input: ArchiveInput): Archive {
  const articles = [...input.articles].sort(compareArticles);
  const definitions: Record<TaxonomyKind, { id: string; name: string }[]> = {
    countries: [...input.countries].sort(byName),
    programs: [...input.programs].sort(byName),
    leaders: [...input.leaders].sort(byName),
    summits: [...input.summits].sort((a, b) => compareDates(b.startDate, a.startDate) || byName(a, b)),
  };
  const terms = Object.fromEntries(
    taxonomyKinds.map((kind) => [kind, buildTerms(kind, definitions[kind], articles, (a) => termIdsOf(a, kind))]),
  ) as Record<TaxonomyKind, Term<ArticleRecord>[]>;
  const agreements = collectAgreements(articles);
  const relations = buildRelations({ articles, agreements, summits: input.summits, leaders: byId(input.leaders) });
  const lang = input.lang ?? 'en';
  return indexArchive({
    lang,
    articles,
    countries: byId(input.countries),
    leaders: byId(input.leaders),
    programs: byId(input.programs),
    summits: byId(input.summits),
    terms,
    agreements,
    relations,
    nameLang: () => lang,
  });
}

/** What an archive is made of; `indexArchive` adds the lookups. Ordered as `Archive` says. */
export type ArchiveParts = Pick<
  Archive,
  | 'lang'
  | 'articles'
  | 'countries'
  | 'leaders'
  | 'programs'
  | 'summits'
  | 'terms'
  | 'agreements'
  | 'relations'
  | 'nameLang'
  | 'original'
>;

/**
 * An archive from its lists: the lookups by id, rank and pair, and the year groups. The English
 * archive (`buildArchive`) and every language edition (edition.ts) are indexed here.
 */
export function indexArchive(parts: ArchiveParts): Archive {
  const { articles, terms, agreements, relations } = parts;
  const termIndex = new Map(taxonomyKinds.flatMap((kind) => terms[kind].map((term) => [`${kind}/${term.id}`, term])));
  const articleIndex = byId(articles);
  const ranks = new Map(articles.map((article, rank) => [article.id, rank]));
  const rankOf = (article: ArticleRecord) => ranks.get(article.id) ?? -1;
  const agreementIndex = byId(agreements);
  const relationIndex = new Map(relations.map((relation) => [`${relation.a}/${relation.b}`, relation]));
  const relationsByCountry = groupByTerm(relations, (relation) => [relation.a, relation.b]);
  const years = [...groupByTerm(articles, (a) => [a.date.slice(0, 4)])].map(([year, list]) => ({
    year,
    articles: list,
  }));
  return {
    ...parts,
    years,
    article: (id) => articleIndex.get(id),
    rankOf,
    neighbours: (article) => {
      const rank = rankOf(article);
      return { newer: rank > 0 ? articles[rank - 1] : undefined, older: rank >= 0 ? articles[rank + 1] : undefined };
    },
    term: (kind, id) => termIndex.get(`${kind}/${id}`),
    agreement: (id) => agreementIndex.get(id),
    relation: (x, y) => relationIndex.get(relationKey(x, y)),
    relationsOf: (country) => relationsByCountry.get(country) ?? [],
    termName: (kind, id) => termIndex.get(`${kind}/${id}`)?.name ?? id,
  };
}

/**
 * One generic model for every kind of tag: countries, programs, leaders and summits. Routes, lists
 * and counts are written once against it.
 */

export const taxonomyKinds = ['countries', 'programs', 'leaders', 'summits'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

/** One tag and the articles carrying it, newest first. */
export interface Term<A> {
  kind: TaxonomyKind;
  id: string;
  name: string;
  articles: A[];
}

/**
 * Groups items under each id `termsOf` gives for them, in one pass over the items (no scan per
 * term). Items keep their input order inside every group.
 */
export function groupByTerm<A>(items: readonly A[], termsOf: (item: A) => readonly string[]): Map<string, A[]> {
  const groups = new Map<string, A[]>();
  for (const item of items) {
    for (const id of new Set(termsOf(item))) {
      const group = groups.get(id);
      if (group) group.push(item);
      else groups.set(id, [item]);
    }
  }
  return groups;
}

/** Builds the terms of one kind, every defined term included, even with no article yet. */
export function buildTerms<A>(
  kind: TaxonomyKind,
  definitions: readonly { id: string; name: string }[],
  items: readonly A[],
  termsOf: (item: A) => readonly string[],
): Term<A>[] {
  const groups = groupByTerm(items, termsOf);
  return definitions.map(({ id, name }) => ({ kind, id, name, articles: groups.get(id) ?? [] }));
}

import { describe, expect, it } from 'vitest';
import { buildTerms, groupByTerm } from '../../src/domain/taxonomy.ts';

interface Item {
  id: string;
  tags: string[];
}

const items: Item[] = [
  { id: 'c', tags: ['japan', 'united-states'] },
  { id: 'a', tags: ['south-korea', 'united-states'] },
  { id: 'b', tags: ['japan', 'japan'] },
  { id: 'd', tags: [] },
];
const tagsOf = (item: Item) => item.tags;

describe('groupByTerm', () => {
  it('groups items under each of their terms, keeping input order', () => {
    const groups = groupByTerm(items, tagsOf);
    expect(groups.get('japan')?.map((i) => i.id)).toEqual(['c', 'b']);
    expect(groups.get('united-states')?.map((i) => i.id)).toEqual(['c', 'a']);
    expect(groups.get('south-korea')?.map((i) => i.id)).toEqual(['a']);
  });

  it('counts an item once even when it carries the same term twice', () => {
    const groups = groupByTerm(items, tagsOf);
    expect(groups.get('japan')).toHaveLength(2);
  });

  it('has no group for a term nobody carries, and none for untagged items', () => {
    const groups = groupByTerm(items, tagsOf);
    expect(groups.has('brazil')).toBe(false);
    expect([...groups.keys()].sort()).toEqual(['japan', 'south-korea', 'united-states']);
  });

  it('keeps the same objects, not copies', () => {
    const groups = groupByTerm(items, tagsOf);
    expect(groups.get('south-korea')?.[0]).toBe(items[1]);
  });
});

describe('buildTerms', () => {
  const definitions = [
    { id: 'united-states', name: 'United States' },
    { id: 'brazil', name: 'Brazil' },
    { id: 'japan', name: 'Japan' },
  ];

  it('gives one term per definition, in the order of the definitions', () => {
    const terms = buildTerms('countries', definitions, items, tagsOf);
    expect(terms.map((t) => t.id)).toEqual(['united-states', 'brazil', 'japan']);
    expect(terms.every((t) => t.kind === 'countries')).toBe(true);
    expect(terms.map((t) => t.name)).toEqual(['United States', 'Brazil', 'Japan']);
  });

  it('includes a term with no articles yet, with an empty list', () => {
    const brazil = buildTerms('countries', definitions, items, tagsOf).find((t) => t.id === 'brazil');
    expect(brazil?.articles).toEqual([]);
  });

  it('attaches the articles of each term', () => {
    const terms = buildTerms('countries', definitions, items, tagsOf);
    expect(terms[0]?.articles.map((i) => i.id)).toEqual(['c', 'a']);
    expect(terms[2]?.articles.map((i) => i.id)).toEqual(['c', 'b']);
  });

  it('leaves out tags that have no definition', () => {
    const terms = buildTerms('countries', definitions, items, tagsOf);
    expect(terms.some((t) => t.id === 'south-korea')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pageLinks, paginate } from '../../src/output/pagination.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('gives one page when everything fits', () => {
    expect(paginate([1, 2, 3], 10)).toEqual([{ number: 1, total: 1, items: [1, 2, 3] }]);
  });

  it('splits an exact multiple into full pages, without an empty last page', () => {
    const pages = paginate(range(20), 10);
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.items)).toEqual([range(10), range(20).slice(10)]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('puts the remainder on a shorter last page', () => {
    const pages = paginate(range(23), 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[2]?.items).toEqual([21, 22, 23]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('keeps every item exactly once, in order', () => {
    const items = range(47);
    expect(paginate(items, 7).flatMap((p) => p.items)).toEqual(items);
  });

  it('allows a page size of one', () => {
    expect(paginate(['a', 'b'], 1).map((p) => p.items)).toEqual([['a'], ['b']]);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses page size %s', (size) => {
    expect(() => paginate([1, 2, 3], size)).toThrow(RangeError);
    expect(() => paginate([1, 2, 3], size)).toThrow(/Page size must be a positive whole number/);
  });

  it('does not change the input', () => {
    const items = Object.freeze([3, 1, 2]);
    paginate(items, 2);
    expect(items).toEqual([3, 1, 2]);
  });
});

describe('pageLinks', () => {
  const href = (page: number) => (page === 1 ? '/countries/japan/' : `/countries/japan/${page}/`);

  it('has no link at all on the only page', () => {
    expect(pageLinks(1, 1, href)).toEqual({ first: undefined, previous: undefined, next: undefined, last: undefined });
  });

  it('links forward only from the first page', () => {
    expect(pageLinks(1, 5, href)).toEqual({
      first: undefined,
      previous: undefined,
      next: '/countries/japan/2/',
      last: '/countries/japan/5/',
    });
  });

  it('links both ways from a middle page', () => {
    expect(pageLinks(3, 5, href)).toEqual({
      first: '/countries/japan/',
      previous: '/countries/japan/2/',
      next: '/countries/japan/4/',
      last: '/countries/japan/5/',
    });
  });

  it('links back only from the last page', () => {
    expect(pageLinks(5, 5, href)).toEqual({
      first: '/countries/japan/',
      previous: '/countries/japan/4/',
      next: undefined,
      last: undefined,
    });
  });

  it('points previous at page 1 from page 2', () => {
    const links = pageLinks(2, 2, href);
    expect(links.previous).toBe('/countries/japan/');
    expect(links.first).toBe('/countries/japan/');
    expect(links.next).toBeUndefined();
  });
});
